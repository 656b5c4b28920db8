package fr.crige.wfs.capabilities;

import static fr.crige.wfs.capabilities.CapabilitiesXml.crsList;
import static fr.crige.wfs.capabilities.CapabilitiesXml.document;
import static fr.crige.wfs.capabilities.CapabilitiesXml.inspireExtension;
import static fr.crige.wfs.capabilities.CapabilitiesXml.metadataUrl;
import static fr.crige.wfs.capabilities.CapabilitiesXml.outputFormats;
import static fr.crige.wfs.capabilities.CapabilitiesXml.schemaLocation;
import static fr.crige.wfs.capabilities.CapabilitiesXml.sections;
import static fr.crige.wfs.capabilities.CapabilitiesXml.serviceIdentification;
import static fr.crige.wfs.capabilities.CapabilitiesXml.serviceProvider;
import static fr.crige.wfs.capabilities.CapabilitiesXml.spatialOperators;
import static fr.crige.wfs.capabilities.CapabilitiesXml.startOperation;
import static fr.crige.wfs.capabilities.CapabilitiesXml.text;
import static fr.crige.wfs.capabilities.CapabilitiesXml.typeDescription;
import static fr.crige.wfs.capabilities.CapabilitiesXml.wgs84BoundingBox;

import fr.crige.core.catalog.BoundingBox;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import fr.crige.core.crs.CrsService;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import fr.crige.wfs.Namespaces;
import fr.crige.wfs.WfsSettings;
import fr.crige.wfs.WfsUrls;
import fr.crige.wfs.WfsVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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

    private final CrsService crsService;
    private final WfsSettings settings;
    private final MetadataRecordLinks metadataLinks;

    public Wfs11CapabilitiesWriter(CrsService crsService, WfsSettings settings, MetadataRecordLinks metadataLinks) {
        this.crsService = crsService;
        this.settings = settings;
        this.metadataLinks = metadataLinks;
    }

    /**
     * @param types         the published feature types of the endpoint
     * @param workspaces    the workspace of each type
     * @param outputFormats the GetFeature output formats, GML 3.1.1 first
     * @param sections       the sections to write
     * @param updateSequence the version of the capabilities
     */
    public void write(OwsRequest request, List<FeatureTypeInfo> types,
            Function<FeatureTypeInfo, WorkspaceInfo> workspaces, List<String> outputFormats, Set<String> sections,
            long updateSequence, OutputStream out) throws IOException {
        document(out, xml -> {
            xml.writeStartElement("wfs", "WFS_Capabilities", WFS);
            xml.writeNamespace("wfs", WFS);
            xml.writeNamespace("ows", OWS);
            xml.writeNamespace("ogc", OGC);
            xml.writeNamespace("gml", Namespaces.GML_3_1);
            xml.writeNamespace("xlink", Namespaces.XLINK);
            xml.writeNamespace("xsi", Namespaces.XSI);
            xml.writeAttribute("version", "1.1.0");
            xml.writeAttribute("updateSequence", Long.toString(updateSequence));
            schemaLocation(xml, settings, WFS + " " + WfsVersion.WFS_1_1_0.schemaLocation());
            sections(xml, sections,
                    x -> serviceIdentification(x, OWS, settings, List.of("1.1.0")),
                    x -> serviceProvider(x, OWS, settings),
                    x -> operationsMetadata(x, request, outputFormats, types),
                    x -> featureTypeList(x, request, types, workspaces, outputFormats),
                    Wfs11CapabilitiesWriter::filterCapabilities);
            xml.writeEndElement();
        });
    }

    private void operationsMetadata(XMLStreamWriter xml, OwsRequest request, List<String> outputFormats,
            List<FeatureTypeInfo> types) throws XMLStreamException {
        String url = WfsUrls.service(request);
        xml.writeStartElement("ows", "OperationsMetadata", OWS);
        startOperation(xml, OWS, url, "GetCapabilities");
        parameter(xml, "AcceptVersions", List.of("1.1.0", "2.0.0"));
        parameter(xml, "AcceptFormats", List.of("text/xml"));
        parameter(xml, "Sections", List.of("ServiceIdentification", "ServiceProvider", "OperationsMetadata",
                "FeatureTypeList", "Filter_Capabilities"));
        xml.writeEndElement();
        startOperation(xml, OWS, url, "DescribeFeatureType");
        parameter(xml, "outputFormat", List.of("text/xml; subtype=gml/3.1.1"));
        xml.writeEndElement();
        startOperation(xml, OWS, url, "GetFeature");
        parameter(xml, "resultType", List.of("results", "hits"));
        parameter(xml, "outputFormat", outputFormats);
        xml.writeEndElement();
        inspireExtension(xml, OWS, settings, types, request, metadataLinks);
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

    private void featureTypeList(XMLStreamWriter xml, OwsRequest request, List<FeatureTypeInfo> types,
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
            typeDescription(xml, WFS, OWS, ft);
            crsList(xml, WFS, "SRS", crsService, ft);
            outputFormats(xml, WFS, outputFormats);
            wgs84BoundingBox(xml, OWS, box);
            var metadataUrl = metadataUrl(settings, metadataLinks, ft, request);
            if (metadataUrl.isPresent()) {
                xml.writeStartElement("wfs", "MetadataURL", WFS);
                xml.writeAttribute("type", "19139");
                xml.writeAttribute("format", "text/xml");
                xml.writeCharacters(metadataUrl.get());
                xml.writeEndElement();
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
        spatialOperators(xml, "ogc", OGC);
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
