package fr.crige.wfs.capabilities;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.core.catalog.BoundingBox;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.crs.Crs;
import fr.crige.core.crs.CrsService;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.XmlDocument;
import fr.crige.ows.catalogue.DatasetMetadata;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import fr.crige.wfs.Namespaces;
import fr.crige.wfs.WfsSettings;
import fr.crige.wfs.inspire.InspireExtendedCapabilities;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX shorthands and the blocks shared by the capabilities writers of both WFS versions: OWS Common 1.0
 * (WFS 1.1) and 1.1 (WFS 2.0) structure these the same way, in their own namespace.
 */
final class CapabilitiesXml {

    /** The spatial operators the filter parsers accept, named alike in Filter Encoding 1.1 and 2.0. */
    private static final List<String> SPATIAL_OPERATORS = List.of("BBOX", "Equals", "Disjoint", "Intersects", "Touches",
            "Crosses", "Within", "Contains", "Overlaps", "DWithin", "Beyond");

    /** Creates the document writers; a configured StAX factory is safe to share between threads. */
    private static final XMLOutputFactory FACTORY = new WstxOutputFactory();

    private CapabilitiesXml() {
    }

    /** Writes one part of a capabilities document. */
    @FunctionalInterface
    interface Part {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** A UTF-8 XML document whose root element {@code root} writes, whole. */
    static void document(OutputStream out, Part root) throws IOException {
        XmlDocument.write(FACTORY, out, "the capabilities", root::write);
    }

    /**
     * The sections a client asked for (the Sections parameter of OWS Common 1.0 and 1.1, 7.3.3), in the order
     * the WFS 1.1 and 2.0 schemas both fix; what each section holds is the version's own.
     */
    static void sections(XMLStreamWriter xml, Set<String> asked, Part serviceIdentification, Part serviceProvider,
            Part operationsMetadata, Part featureTypeList, Part filterCapabilities) throws XMLStreamException {
        section(xml, asked, "ServiceIdentification", serviceIdentification);
        section(xml, asked, "ServiceProvider", serviceProvider);
        section(xml, asked, "OperationsMetadata", operationsMetadata);
        section(xml, asked, "FeatureTypeList", featureTypeList);
        section(xml, asked, "Filter_Capabilities", filterCapabilities);
    }

    private static void section(XMLStreamWriter xml, Set<String> asked, String name, Part section)
            throws XMLStreamException {
        if (asked.contains(name)) {
            section.write(xml);
        }
    }

    /** An element holding only text. */
    static void text(XMLStreamWriter xml, String prefix, String name, String ns, String text)
            throws XMLStreamException {
        xml.writeStartElement(prefix, name, ns);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** {@code ows:Keywords} in the given OWS namespace, nothing when there are none. */
    static void keywords(XMLStreamWriter xml, String owsNamespace, List<String> keywords) throws XMLStreamException {
        if (keywords.isEmpty()) {
            return;
        }
        xml.writeStartElement("ows", "Keywords", owsNamespace);
        for (String k : keywords) {
            text(xml, "ows", "Keyword", owsNamespace, k);
        }
        xml.writeEndElement();
    }

    /**
     * {@code xsi:schemaLocation} of the root element: the WFS schema, and the INSPIRE extended capabilities
     * (with their namespaces) when the service is an INSPIRE download service.
     */
    static void schemaLocation(XMLStreamWriter xml, WfsSettings settings, String wfsSchemaLocation)
            throws XMLStreamException {
        String schemaLocation = wfsSchemaLocation;
        if (settings.inspire() != null) {
            InspireExtendedCapabilities.declareNamespaces(xml);
            schemaLocation += " " + InspireExtendedCapabilities.SCHEMA_LOCATION;
        }
        xml.writeAttribute("xsi", Namespaces.XSI, "schemaLocation", schemaLocation);
    }

    /**
     * The URL of the catalogue record of a feature type: the record the INSPIRE settings declare for it, else
     * the one the catalogue links.
     */
    static Optional<String> metadataUrl(WfsSettings settings, MetadataRecordLinks links, FeatureTypeInfo ft,
            OwsRequest request) {
        Optional<String> declared = settings.inspireSettings().flatMap(i -> i.dataset(ft.qualifiedName()))
                .map(DatasetMetadata::metadataUrl);
        return declared.isPresent() ? declared : links.recordUrl(ft, request);
    }

    /**
     * The INSPIRE extended capabilities of a download service, which end {@code ows:OperationsMetadata} in both
     * versions; nothing for a plain WFS.
     */
    static void inspireExtension(XMLStreamWriter xml, String ows, WfsSettings settings, List<FeatureTypeInfo> types,
            OwsRequest request, MetadataRecordLinks links) throws XMLStreamException {
        if (settings.inspire() != null) {
            InspireExtendedCapabilities.write(xml, ows, settings.inspire(), types,
                    request.parameters().get("LANGUAGE").orElse(null), request.baseUrl(),
                    ft -> links.dataset(ft, request));
        }
    }

    /** {@code ows:ServiceIdentification}: the service's title, abstract and keywords, with the given versions. */
    static void serviceIdentification(XMLStreamWriter xml, String ows, WfsSettings settings, List<String> versions)
            throws XMLStreamException {
        xml.writeStartElement("ows", "ServiceIdentification", ows);
        text(xml, "ows", "Title", ows, settings.title());
        if (!settings.abstractText().isEmpty()) {
            text(xml, "ows", "Abstract", ows, settings.abstractText());
        }
        keywords(xml, ows, settings.keywords());
        text(xml, "ows", "ServiceType", ows, "WFS");
        for (String v : versions) {
            text(xml, "ows", "ServiceTypeVersion", ows, v);
        }
        text(xml, "ows", "Fees", ows, "NONE");
        text(xml, "ows", "AccessConstraints", ows, "NONE");
        xml.writeEndElement();
    }

    /** {@code ows:ServiceProvider}: the provider's name and site. */
    static void serviceProvider(XMLStreamWriter xml, String ows, WfsSettings settings) throws XMLStreamException {
        xml.writeStartElement("ows", "ServiceProvider", ows);
        text(xml, "ows", "ProviderName", ows, settings.providerName());
        if (settings.providerSite() != null) {
            xml.writeEmptyElement("ows", "ProviderSite", ows);
            xml.writeAttribute("xlink", Namespaces.XLINK, "href", settings.providerSite());
        }
        xml.writeEmptyElement("ows", "ServiceContact", ows);
        xml.writeEndElement();
    }

    /** Opens an {@code ows:Operation} with its GET and POST endpoints; the caller adds parameters and closes it. */
    static void startOperation(XMLStreamWriter xml, String ows, String url, String name) throws XMLStreamException {
        xml.writeStartElement("ows", "Operation", ows);
        xml.writeAttribute("name", name);
        xml.writeStartElement("ows", "DCP", ows);
        xml.writeStartElement("ows", "HTTP", ows);
        xml.writeEmptyElement("ows", "Get", ows);
        xml.writeAttribute("xlink", Namespaces.XLINK, "href", url);
        xml.writeEmptyElement("ows", "Post", ows);
        xml.writeAttribute("xlink", Namespaces.XLINK, "href", url);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The name, title (the name when untitled), abstract and keywords of a feature type. */
    static void typeDescription(XMLStreamWriter xml, String wfs, String ows, FeatureTypeInfo ft)
            throws XMLStreamException {
        text(xml, "wfs", "Name", wfs, ft.qualifiedName());
        text(xml, "wfs", "Title", wfs, ft.title() != null ? ft.title() : ft.name());
        if (ft.abstractText() != null && !ft.abstractText().isBlank()) {
            text(xml, "wfs", "Abstract", wfs, ft.abstractText());
        }
        keywords(xml, ows, ft.keywords());
    }

    /**
     * The CRSs a feature type can be queried in: its declared one first, then every other the service
     * supports, or the "no CRS" element when it declares none. WFS 2.0 names them Default/Other/NoCRS, WFS 1.1
     * Default/Other/NoSRS: {@code term} is "CRS" or "SRS".
     */
    static void crsList(XMLStreamWriter xml, String wfs, String term, CrsService crsService, FeatureTypeInfo ft)
            throws XMLStreamException {
        Crs defaultCrs = ft.srs() != null ? crsService.decode(ft.srs()) : null;
        if (defaultCrs == null) {
            xml.writeEmptyElement("wfs", "No" + term, wfs);
            return;
        }
        text(xml, "wfs", "Default" + term, wfs, defaultCrs.urn());
        for (Crs other : crsService.supported()) {
            if (other.srid() != defaultCrs.srid()) {
                text(xml, "wfs", "Other" + term, wfs, other.urn());
            }
        }
    }

    /**
     * {@code SpatialOperators} of the filter capabilities, written alike in Filter Encoding 1.1 ({@code ogc})
     * and 2.0 ({@code fes}).
     */
    static void spatialOperators(XMLStreamWriter xml, String prefix, String ns) throws XMLStreamException {
        xml.writeStartElement(prefix, "SpatialOperators", ns);
        for (String op : SPATIAL_OPERATORS) {
            xml.writeEmptyElement(prefix, "SpatialOperator", ns);
            xml.writeAttribute("name", op);
        }
        xml.writeEndElement();
    }

    /** {@code wfs:OutputFormats} of a feature type. */
    static void outputFormats(XMLStreamWriter xml, String wfs, List<String> formats) throws XMLStreamException {
        xml.writeStartElement("wfs", "OutputFormats", wfs);
        for (String format : formats) {
            text(xml, "wfs", "Format", wfs, format);
        }
        xml.writeEndElement();
    }

    /** {@code ows:WGS84BoundingBox}, longitude first. */
    static void wgs84BoundingBox(XMLStreamWriter xml, String ows, BoundingBox box) throws XMLStreamException {
        xml.writeStartElement("ows", "WGS84BoundingBox", ows);
        text(xml, "ows", "LowerCorner", ows, box.minx() + " " + box.miny());
        text(xml, "ows", "UpperCorner", ows, box.maxx() + " " + box.maxy());
        xml.writeEndElement();
    }
}
