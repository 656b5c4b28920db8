package fr.crige.wfs.capabilities;

import static fr.crige.wfs.capabilities.CapabilitiesXml.keywords;
import static fr.crige.wfs.capabilities.CapabilitiesXml.text;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.core.catalog.BoundingBox;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import fr.crige.core.crs.Crs;
import fr.crige.core.crs.CrsService;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.Namespaces;
import fr.crige.wfs.WfsSettings;
import fr.crige.wfs.WfsUrls;
import fr.crige.wfs.WfsVersion;
import fr.crige.wfs.inspire.InspireExtendedCapabilities;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the WFS 1.1.0 capabilities document (OGC 04-094, 13), for clients that do not speak WFS 2.0: OWS
 * Common 1.0 service metadata, the GetCapabilities, DescribeFeatureType and GetFeature operations (KVP and XML
 * POST), the feature types with their SRSs and WGS 84 bounding boxes, and Filter Encoding 1.1 filter
 * capabilities matching what the filter parser accepts.
 */
public final class Wfs11CapabilitiesWriter {

    private static final String OWS = Namespaces.OWS_1_0;
    private static final String WFS = Namespaces.WFS_1_1;
    private static final String OGC = Namespaces.OGC;
    private static final List<String> COMPARISON_OPERATORS = List.of("LessThan", "GreaterThan", "LessThanEqualTo",
            "GreaterThanEqualTo", "EqualTo", "NotEqualTo", "Like", "Between", "NullCheck");
    /** The operands Filter Encoding 1.1 lets a service list (its schema enumerates them; no multi-geometries). */
    private static final List<String> GEOMETRY_OPERANDS = List.of("gml:Envelope", "gml:Point", "gml:LineString",
            "gml:Polygon");
    private static final List<String> SPATIAL_OPERATORS = List.of("BBOX", "Equals", "Disjoint", "Intersects",
            "Touches", "Crosses", "Within", "Contains", "Overlaps", "DWithin", "Beyond");

    private final XMLOutputFactory factory = new WstxOutputFactory();
    private final CrsService crsService;
    private final WfsSettings settings;

    public Wfs11CapabilitiesWriter(CrsService crsService, WfsSettings settings) {
        this.crsService = crsService;
        this.settings = settings;
    }

    /**
     * @param types         the published feature types of the endpoint
     * @param workspaces    the workspace of each type
     * @param outputFormats the GetFeature output formats, GML 3.1.1 first
     * @param sections      the sections to write
     */
    public void write(OwsRequest request, List<FeatureTypeInfo> types,
            Function<FeatureTypeInfo, WorkspaceInfo> workspaces, List<String> outputFormats, Set<String> sections,
            OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("wfs", "WFS_Capabilities", WFS);
            xml.writeNamespace("wfs", WFS);
            xml.writeNamespace("ows", OWS);
            xml.writeNamespace("ogc", OGC);
            xml.writeNamespace("gml", Namespaces.GML_3_1);
            xml.writeNamespace("xlink", Namespaces.XLINK);
            xml.writeNamespace("xsi", Namespaces.XSI);
            xml.writeAttribute("version", "1.1.0");
            String schemaLocation = WFS + " " + WfsVersion.WFS_1_1_0.schemaLocation();
            if (settings.inspire() != null) {
                InspireExtendedCapabilities.declareNamespaces(xml);
                schemaLocation += " " + InspireExtendedCapabilities.SCHEMA_LOCATION;
            }
            xml.writeAttribute("xsi", Namespaces.XSI, "schemaLocation", schemaLocation);
            if (sections.contains("ServiceIdentification")) {
                serviceIdentification(xml);
            }
            if (sections.contains("ServiceProvider")) {
                serviceProvider(xml);
            }
            if (sections.contains("OperationsMetadata")) {
                operationsMetadata(xml, request, outputFormats, types);
            }
            if (sections.contains("FeatureTypeList")) {
                featureTypeList(xml, types, workspaces, outputFormats);
            }
            if (sections.contains("Filter_Capabilities")) {
                filterCapabilities(xml);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the capabilities", e);
        }
    }

    private void serviceIdentification(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("ows", "ServiceIdentification", OWS);
        text(xml, "ows", "Title", OWS, settings.title());
        if (!settings.abstractText().isEmpty()) {
            text(xml, "ows", "Abstract", OWS, settings.abstractText());
        }
        keywords(xml, OWS, settings.keywords());
        text(xml, "ows", "ServiceType", OWS, "WFS");
        text(xml, "ows", "ServiceTypeVersion", OWS, "1.1.0");
        text(xml, "ows", "Fees", OWS, "NONE");
        text(xml, "ows", "AccessConstraints", OWS, "NONE");
        xml.writeEndElement();
    }

    private void serviceProvider(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("ows", "ServiceProvider", OWS);
        text(xml, "ows", "ProviderName", OWS, settings.providerName());
        if (settings.providerSite() != null) {
            xml.writeEmptyElement("ows", "ProviderSite", OWS);
            xml.writeAttribute("xlink", Namespaces.XLINK, "href", settings.providerSite());
        }
        xml.writeEmptyElement("ows", "ServiceContact", OWS);
        xml.writeEndElement();
    }

    private void operationsMetadata(XMLStreamWriter xml, OwsRequest request, List<String> outputFormats,
            List<FeatureTypeInfo> types) throws XMLStreamException {
        String url = WfsUrls.service(request);
        xml.writeStartElement("ows", "OperationsMetadata", OWS);
        operation(xml, url, "GetCapabilities");
        parameter(xml, "AcceptVersions", List.of("1.1.0", "2.0.0"));
        parameter(xml, "AcceptFormats", List.of("text/xml"));
        parameter(xml, "Sections", List.of("ServiceIdentification", "ServiceProvider", "OperationsMetadata",
                "FeatureTypeList", "Filter_Capabilities"));
        xml.writeEndElement();
        operation(xml, url, "DescribeFeatureType");
        parameter(xml, "outputFormat", List.of("text/xml; subtype=gml/3.1.1"));
        xml.writeEndElement();
        operation(xml, url, "GetFeature");
        parameter(xml, "resultType", List.of("results", "hits"));
        parameter(xml, "outputFormat", outputFormats);
        xml.writeEndElement();
        if (settings.inspire() != null) {
            InspireExtendedCapabilities.write(xml, OWS, settings.inspire(), types,
                    request.parameters().get("LANGUAGE").orElse(null));
        }
        xml.writeEndElement();
    }

    /** Opens an ows:Operation with its GET and POST endpoints; the caller adds parameters and closes it. */
    private static void operation(XMLStreamWriter xml, String url, String name) throws XMLStreamException {
        xml.writeStartElement("ows", "Operation", OWS);
        xml.writeAttribute("name", name);
        xml.writeStartElement("ows", "DCP", OWS);
        xml.writeStartElement("ows", "HTTP", OWS);
        xml.writeEmptyElement("ows", "Get", OWS);
        xml.writeAttribute("xlink", Namespaces.XLINK, "href", url);
        xml.writeEmptyElement("ows", "Post", OWS);
        xml.writeAttribute("xlink", Namespaces.XLINK, "href", url);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** An OWS 1.0 parameter, whose values are direct children (no AllowedValues as in OWS 1.1). */
    private static void parameter(XMLStreamWriter xml, String name, List<String> values) throws XMLStreamException {
        xml.writeStartElement("ows", "Parameter", OWS);
        xml.writeAttribute("name", name);
        for (String v : values) {
            text(xml, "ows", "Value", OWS, v);
        }
        xml.writeEndElement();
    }

    private void featureTypeList(XMLStreamWriter xml, List<FeatureTypeInfo> types,
            Function<FeatureTypeInfo, WorkspaceInfo> workspaces, List<String> outputFormats) throws XMLStreamException {
        xml.writeStartElement("wfs", "FeatureTypeList", WFS);
        xml.writeStartElement("wfs", "Operations", WFS);
        text(xml, "wfs", "Operation", WFS, "Query");
        xml.writeEndElement();
        for (FeatureTypeInfo ft : types) {
            BoundingBox box = ft.latLonBoundingBox();
            if (box == null) {
                continue; // WFS 1.1.0 requires a WGS 84 bounding box per type
            }
            xml.writeStartElement("wfs", "FeatureType", WFS);
            WorkspaceInfo ws = workspaces.apply(ft);
            xml.writeNamespace(ws.name(), ws.namespaceUri());
            text(xml, "wfs", "Name", WFS, ft.qualifiedName());
            text(xml, "wfs", "Title", WFS, ft.title() != null ? ft.title() : ft.name());
            if (ft.abstractText() != null && !ft.abstractText().isBlank()) {
                text(xml, "wfs", "Abstract", WFS, ft.abstractText());
            }
            keywords(xml, OWS, ft.keywords());
            Crs defaultCrs = ft.srs() != null ? crsService.decode(ft.srs()) : null;
            if (defaultCrs != null) {
                text(xml, "wfs", "DefaultSRS", WFS, defaultCrs.urn());
                for (Crs other : crsService.supported()) {
                    if (other.srid() != defaultCrs.srid()) {
                        text(xml, "wfs", "OtherSRS", WFS, other.urn());
                    }
                }
            } else {
                xml.writeEmptyElement("wfs", "NoSRS", WFS);
            }
            xml.writeStartElement("wfs", "OutputFormats", WFS);
            for (String format : outputFormats) {
                text(xml, "wfs", "Format", WFS, format);
            }
            xml.writeEndElement();
            xml.writeStartElement("ows", "WGS84BoundingBox", OWS);
            text(xml, "ows", "LowerCorner", OWS, box.minx() + " " + box.miny());
            text(xml, "ows", "UpperCorner", OWS, box.maxx() + " " + box.maxy());
            xml.writeEndElement();
            if (settings.inspire() != null) {
                var dataset = settings.inspire().dataset(ft.qualifiedName());
                if (dataset.isPresent()) {
                    xml.writeStartElement("wfs", "MetadataURL", WFS);
                    xml.writeAttribute("type", "19139");
                    xml.writeAttribute("format", "text/xml");
                    xml.writeCharacters(dataset.get().metadataUrl());
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void filterCapabilities(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("ogc", "Filter_Capabilities", OGC);
        xml.writeStartElement("ogc", "Spatial_Capabilities", OGC);
        xml.writeStartElement("ogc", "GeometryOperands", OGC);
        for (String operand : GEOMETRY_OPERANDS) {
            text(xml, "ogc", "GeometryOperand", OGC, operand);
        }
        xml.writeEndElement();
        xml.writeStartElement("ogc", "SpatialOperators", OGC);
        for (String op : SPATIAL_OPERATORS) {
            xml.writeEmptyElement("ogc", "SpatialOperator", OGC);
            xml.writeAttribute("name", op);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("ogc", "Scalar_Capabilities", OGC);
        xml.writeEmptyElement("ogc", "LogicalOperators", OGC);
        xml.writeStartElement("ogc", "ComparisonOperators", OGC);
        for (String op : COMPARISON_OPERATORS) {
            text(xml, "ogc", "ComparisonOperator", OGC, op);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("ogc", "Id_Capabilities", OGC);
        xml.writeEmptyElement("ogc", "FID", OGC);
        xml.writeEmptyElement("ogc", "EID", OGC);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
