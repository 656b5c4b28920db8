package fr.crige.csw.publish;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.csw.CswNamespaces;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Attr;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Writes the recurring ISO 19139 constructs of generated records (character strings, code list values,
 * dates, responsible parties, bounding boxes, online resources) with StAX, so that the record writers read
 * as the ISO model they produce. One instance writes one document.
 *
 * <p>All namespaces of the record are declared on its root and bound, so that elements copied from another
 * record ({@link #copy}) only declare the namespaces the record does not already have.
 *
 * <p>Public for the generator of the catalogue's tests and benchmark, which writes its records with the
 * constructs generated records have; the methods it does not need stay package-private.
 */
public final class IsoXmlWriter {

    private static final XMLOutputFactory FACTORY = new WstxOutputFactory();
    private static final String CODE_LISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#";
    private static final Pattern EPSG = Pattern.compile("(?i)EPSG:(\\d+)");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter w;

    public IsoXmlWriter() {
        try {
            w = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML in memory", e);
        }
    }

    /** Opens {@code gmd:MD_Metadata} with the namespaces and schema location of a 19139 (and 19119) record. */
    public void startMetadata() throws XMLStreamException {
        w.writeStartElement("gmd", "MD_Metadata", CswNamespaces.GMD);
        declare("gmd", CswNamespaces.GMD);
        declare("gco", CswNamespaces.GCO);
        declare("gmx", CswNamespaces.GMX);
        declare("srv", CswNamespaces.SRV);
        declare("xlink", CswNamespaces.XLINK);
        declare("xsi", CswNamespaces.XSI);
        w.writeAttribute("xsi", CswNamespaces.XSI, "schemaLocation", CswNamespaces.GMD
                + " http://schemas.opengis.net/iso/19139/20060504/gmd/gmd.xsd " + CswNamespaces.SRV
                + " http://schemas.opengis.net/iso/19139/20060504/srv/srv.xsd");
    }

    private void declare(String prefix, String namespace) throws XMLStreamException {
        w.setPrefix(prefix, namespace);
        w.writeNamespace(prefix, namespace);
    }

    /** The finished document. */
    public byte[] finish() throws XMLStreamException {
        w.writeEndDocument();
        w.close();
        return bytes.toByteArray();
    }

    /** Opens a {@code gmd} element. */
    public void start(String local) throws XMLStreamException {
        w.writeStartElement("gmd", local, CswNamespaces.GMD);
    }

    /** Opens an {@code srv} element. */
    public void startSrv(String local) throws XMLStreamException {
        w.writeStartElement("srv", local, CswNamespaces.SRV);
    }

    /** Closes the innermost open element. */
    public void end() throws XMLStreamException {
        w.writeEndElement();
    }

    /** The underlying writer, for what has no construct here. */
    public XMLStreamWriter stax() {
        return w;
    }

    /** {@code <gmd:property><gco:CharacterString>text</gco:CharacterString></gmd:property>}. */
    public void string(String property, String text) throws XMLStreamException {
        start(property);
        gco("CharacterString", text);
        end();
    }

    /** The same in the {@code srv} namespace. */
    public void srvString(String property, String text) throws XMLStreamException {
        startSrv(property);
        gco("CharacterString", text);
        end();
    }

    /** {@code <gco:type>text</gco:type>}. */
    public void gco(String type, String text) throws XMLStreamException {
        w.writeStartElement("gco", type, CswNamespaces.GCO);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    /** {@code <gmd:property><gmx:Anchor xlink:href="uri">label</gmx:Anchor></gmd:property>}. */
    public void anchor(String property, Anchor anchor) throws XMLStreamException {
        start(property);
        w.writeStartElement("gmx", "Anchor", CswNamespaces.GMX);
        w.writeAttribute("xlink", CswNamespaces.XLINK, "href", anchor.href());
        w.writeCharacters(anchor.text());
        w.writeEndElement();
        end();
    }

    /** An empty property with {@code gco:nilReason}: the value exists but is not known, say. */
    void nil(String property, String reason) throws XMLStreamException {
        w.writeEmptyElement("gmd", property, CswNamespaces.GMD);
        w.writeAttribute("gco", CswNamespaces.GCO, "nilReason", reason);
    }

    /** {@code <gmd:property><gmd:Code codeList=".." codeListValue="value">value</gmd:Code></gmd:property>}. */
    public void code(String property, String codeList, String value) throws XMLStreamException {
        start(property);
        codeValue(CswNamespaces.GMD, "gmd", codeList, value);
        end();
    }

    /** A code list value, {@code <prefix:codeList codeList=".." codeListValue="value">value</..>}. */
    public void codeValue(String ns, String prefix, String codeList, String value) throws XMLStreamException {
        w.writeStartElement(prefix, codeList, ns);
        w.writeAttribute("codeList", CODE_LISTS + codeList);
        w.writeAttribute("codeListValue", value);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** A language as ISO 639-2/B, as INSPIRE requires ({@code fre}). */
    public void language(String property, String iso6392) throws XMLStreamException {
        start(property);
        start("LanguageCode");
        w.writeAttribute("codeList", "http://www.loc.gov/standards/iso639-2/");
        w.writeAttribute("codeListValue", iso6392);
        w.writeCharacters(iso6392);
        end();
        end();
    }

    /** A {@code CI_ResponsibleParty} with its organisation, e-mail address and role. */
    public void responsibleParty(String property, String organisation, String email, String role)
            throws XMLStreamException {
        start(property);
        start("CI_ResponsibleParty");
        string("organisationName", organisation);
        start("contactInfo");
        start("CI_Contact");
        start("address");
        start("CI_Address");
        string("electronicMailAddress", email);
        end();
        end();
        end();
        end();
        code("role", "CI_RoleCode", role);
        end();
        end();
    }

    /**
     * A {@code MD_LegalConstraints} stating either the limitations on public access
     * ({@code accessConstraints}) or the conditions for access and use ({@code useConstraints}), as
     * {@code otherRestrictions} detailed by an anchor: INSPIRE wants one instance for each.
     */
    void legalConstraints(String restriction, Anchor value) throws XMLStreamException {
        start("resourceConstraints");
        start("MD_LegalConstraints");
        code(restriction, "MD_RestrictionCode", "otherRestrictions");
        anchor("otherConstraints", value);
        end();
        end();
    }

    /** A {@code gmd:date/CI_Date} of a citation. */
    public void citationDate(String date, String dateType) throws XMLStreamException {
        start("date");
        start("CI_Date");
        start("date");
        gco("Date", date);
        end();
        code("dateType", "CI_DateTypeCode", dateType);
        end();
        end();
    }

    /** A citation's {@code gmd:identifier}: an {@code RS_Identifier} with its code and code space. */
    public void resourceIdentifier(String code, String codeSpace) throws XMLStreamException {
        start("identifier");
        start("RS_Identifier");
        string("code", code);
        string("codeSpace", codeSpace);
        end();
        end();
    }

    /** A reference system: EPSG codes become an anchor to their OGC definition URI. */
    public void referenceSystem(String crs) throws XMLStreamException {
        start("referenceSystemInfo");
        start("MD_ReferenceSystem");
        start("referenceSystemIdentifier");
        start("RS_Identifier");
        start("code");
        Matcher epsg = EPSG.matcher(crs.trim());
        if (epsg.matches()) {
            w.writeStartElement("gmx", "Anchor", CswNamespaces.GMX);
            w.writeAttribute("xlink", CswNamespaces.XLINK, "href",
                    "http://www.opengis.net/def/crs/EPSG/0/" + epsg.group(1));
            w.writeCharacters("EPSG:" + epsg.group(1));
            w.writeEndElement();
        } else {
            gco("CharacterString", crs.trim());
        }
        end();
        end();
        end();
        end();
        end();
    }

    /** {@code <property><gmd:EX_Extent>} with one geographic bounding box, in WGS 84 longitude/latitude. */
    public void extent(String ns, String prefix, Envelope e) throws XMLStreamException {
        w.writeStartElement(prefix, "extent", ns);
        start("EX_Extent");
        start("geographicElement");
        start("EX_GeographicBoundingBox");
        decimal("westBoundLongitude", e.getMinX());
        decimal("eastBoundLongitude", e.getMaxX());
        decimal("southBoundLatitude", e.getMinY());
        decimal("northBoundLatitude", e.getMaxY());
        end();
        end();
        end();
        end();
    }

    private void decimal(String property, double value) throws XMLStreamException {
        start(property);
        gco("Decimal", String.format(Locale.ROOT, "%.6f", value));
        end();
    }

    /** A {@code CI_OnlineResource}: where and how to reach a resource. */
    public void onlineResource(String property, OnlineResource resource) throws XMLStreamException {
        onlineResourceIn(CswNamespaces.GMD, "gmd", property, resource);
    }

    /** The same under a property of another namespace, such as {@code srv:connectPoint}. */
    public void onlineResourceIn(String ns, String prefix, String property, OnlineResource resource)
            throws XMLStreamException {
        w.writeStartElement(prefix, property, ns);
        start("CI_OnlineResource");
        start("linkage");
        start("URL");
        w.writeCharacters(resource.url());
        end();
        end();
        string("protocol", resource.protocol());
        if (resource.name() != null) {
            string("name", resource.name());
        }
        if (resource.description() != null) {
            string("description", resource.description());
        }
        code("function", "CI_OnLineFunctionCode", resource.function());
        end();
        end();
    }

    /**
     * Copies an element of another document, with its attributes, text and descendants, declaring the
     * namespaces it uses that are not bound here. No StAX or JAXP API writes a DOM subtree into a document
     * being written, hence this walk.
     */
    void copy(Element element) throws XMLStreamException {
        String prefix = element.getPrefix() == null ? "" : element.getPrefix();
        String namespace = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        w.writeStartElement(prefix, element.getLocalName(), namespace);
        bind(prefix, namespace);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (a.getNamespaceURI() == null) {
                w.writeAttribute(a.getLocalName(), a.getValue());
            } else if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                bind(a.getPrefix(), a.getNamespaceURI());
                w.writeAttribute(a.getPrefix(), a.getNamespaceURI(), a.getLocalName(), a.getValue());
            }
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                copy(child);
            } else if (n instanceof Text text) {
                w.writeCharacters(text.getData());
            } else if (n instanceof Comment comment) {
                w.writeComment(comment.getData());
            }
        }
        w.writeEndElement();
    }

    private void bind(String prefix, String namespace) throws XMLStreamException {
        String bound = w.getNamespaceContext().getNamespaceURI(prefix);
        if (!namespace.equals(bound)) {
            w.setPrefix(prefix, namespace);
            if (prefix.isEmpty()) {
                w.writeDefaultNamespace(namespace);
            } else {
                w.writeNamespace(prefix, namespace);
            }
        }
    }

    /**
     * An online resource of a record.
     *
     * @param function the CI_OnLineFunctionCode: {@code download}, {@code information}...
     */
    public record OnlineResource(String url, String protocol, String name, String description, String function) {
    }
}
