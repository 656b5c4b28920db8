package fr.crige.wfs.storedquery;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.wfs.Namespaces;
import fr.crige.wfs.WfsUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The ListStoredQueries and DescribeStoredQueries answers (WFS 2.0, 14.3 and 14.4) for
 * {@link StoredQueries#GET_FEATURE_BY_ID}, which may return any of the published feature types.
 */
public final class StoredQueryDocuments {

    private static final String TITLE = "Get feature by identifier";

    private final XMLOutputFactory factory = new WstxOutputFactory();

    /** @param returnTypes qualified names of the published types, with their prefix and namespace */
    public void writeList(List<QualifiedType> returnTypes, OutputStream out) throws IOException {
        write(out, "ListStoredQueriesResponse", returnTypes, xml -> {
            xml.writeStartElement("wfs", "StoredQuery", Namespaces.WFS_2_0);
            xml.writeAttribute("id", StoredQueries.GET_FEATURE_BY_ID);
            element(xml, "Title", TITLE);
            returnTypes(xml, returnTypes);
            xml.writeEndElement();
        });
    }

    public void writeDescription(List<QualifiedType> returnTypes, OutputStream out) throws IOException {
        write(out, "DescribeStoredQueriesResponse", returnTypes, xml -> {
            xml.writeStartElement("wfs", "StoredQueryDescription", Namespaces.WFS_2_0);
            xml.writeAttribute("id", StoredQueries.GET_FEATURE_BY_ID);
            element(xml, "Title", TITLE);
            element(xml, "Abstract", "Returns the feature whose identifier is given by ID, as a bare feature.");
            xml.writeEmptyElement("wfs", "Parameter", Namespaces.WFS_2_0);
            xml.writeAttribute("name", "ID");
            xml.writeAttribute("type", "xs:string");
            xml.writeStartElement("wfs", "QueryExpressionText", Namespaces.WFS_2_0);
            xml.writeAttribute("returnFeatureTypes", String.join(" ",
                    returnTypes.stream().map(QualifiedType::qualifiedName).toList()));
            xml.writeAttribute("language", "urn:ogc:def:queryLanguage:OGC-WFS::WFSQueryExpression");
            xml.writeAttribute("isPrivate", "true");
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** A feature type name with its namespace binding. */
    public record QualifiedType(String prefix, String namespaceUri, String name) {
        public String qualifiedName() {
            return prefix + ":" + name;
        }
    }

    @FunctionalInterface
    private interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private void write(OutputStream out, String root, List<QualifiedType> types, Content content) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("wfs", root, Namespaces.WFS_2_0);
            xml.writeNamespace("wfs", Namespaces.WFS_2_0);
            xml.writeNamespace("xs", Namespaces.XSD);
            xml.writeNamespace("xsi", Namespaces.XSI);
            for (List<String> binding : types.stream().map(t -> List.of(t.prefix(), t.namespaceUri())).distinct()
                    .toList()) {
                xml.writeNamespace(binding.get(0), binding.get(1));
            }
            xml.writeAttribute("xsi", Namespaces.XSI, "schemaLocation", Namespaces.WFS_2_0 + " "
                    + WfsUrls.WFS_2_0_SCHEMA);
            content.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the stored query document", e);
        }
    }

    private static void returnTypes(XMLStreamWriter xml, List<QualifiedType> types) throws XMLStreamException {
        for (QualifiedType t : types) {
            element(xml, "ReturnFeatureType", t.qualifiedName());
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("wfs", name, Namespaces.WFS_2_0);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
