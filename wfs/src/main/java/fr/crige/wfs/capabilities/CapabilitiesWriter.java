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
import fr.crige.wfs.fes.TemporalOperators;
import fr.crige.wfs.output.GmlOutputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the WFS 2.0 capabilities document (WFS 2.0, 8.3). The conformance constraints declare exactly what
 * this implementation does: the Basic WFS (Simple WFS plus GetPropertyValue and ad hoc queries), KVP and XML
 * encodings, result paging, sorting, the standard, spatial and minimum temporal filters and resource ids are
 * true; transactions, locking, joins, the full temporal filter, functions and XPath beyond plain property
 * names are false.
 */
public final class CapabilitiesWriter {

    /** The sections a client may ask for with the Sections parameter. */
    public static final Set<String> SECTIONS = Set.of("ServiceIdentification", "ServiceProvider",
            "OperationsMetadata", "FeatureTypeList", "Filter_Capabilities");

    private static final List<String> OPERATIONS = List.of("GetCapabilities", "DescribeFeatureType", "GetFeature",
            "GetPropertyValue", "ListStoredQueries", "DescribeStoredQueries");
    private static final List<String[]> WFS_CONSTRAINTS = List.of(
            c("ImplementsBasicWFS", true), c("ImplementsTransactionalWFS", false), c("ImplementsLockingWFS", false),
            c("KVPEncoding", true), c("XMLEncoding", true), c("SOAPEncoding", false),
            c("ImplementsInheritance", false), c("ImplementsRemoteResolve", false),
            c("ImplementsResultPaging", true), c("ImplementsStandardJoins", false),
            c("ImplementsSpatialJoins", false), c("ImplementsTemporalJoins", false),
            c("ImplementsFeatureVersioning", false), c("ManageStoredQueries", false));
    private static final List<String[]> FES_CONSTRAINTS = List.of(
            c("ImplementsQuery", true), c("ImplementsAdHocQuery", true), c("ImplementsFunctions", false),
            c("ImplementsResourceId", true), c("ImplementsMinStandardFilter", true),
            c("ImplementsStandardFilter", true), c("ImplementsMinSpatialFilter", true),
            c("ImplementsSpatialFilter", true), c("ImplementsMinTemporalFilter", true),
            c("ImplementsTemporalFilter", false), c("ImplementsVersionNav", false),
            c("ImplementsSorting", true), c("ImplementsExtendedOperators", false),
            c("ImplementsMinimumXPath", false), c("ImplementsSchemaElementFunc", false));
    private static final List<String> COMPARISON_OPERATORS = List.of("PropertyIsEqualTo", "PropertyIsNotEqualTo",
            "PropertyIsLessThan", "PropertyIsGreaterThan", "PropertyIsLessThanOrEqualTo",
            "PropertyIsGreaterThanOrEqualTo", "PropertyIsLike", "PropertyIsNull", "PropertyIsBetween");
    private static final List<String> GEOMETRY_OPERANDS = List.of("gml:Envelope", "gml:Point", "gml:LineString",
            "gml:LinearRing", "gml:Polygon", "gml:MultiPoint", "gml:MultiCurve", "gml:MultiSurface",
            "gml:MultiGeometry");

    private final CrsService crsService;
    private final WfsSettings settings;
    private final MetadataRecordLinks metadataLinks;

    public CapabilitiesWriter(CrsService crsService, WfsSettings settings, MetadataRecordLinks metadataLinks) {
        this.crsService = crsService;
        this.settings = settings;
        this.metadataLinks = metadataLinks;
    }

    /**
     * @param types         the published feature types of the endpoint
     * @param workspaces    the workspace of each type
     * @param outputFormats the GetFeature output formats
     * @param sections       the sections to write
     * @param updateSequence the version of the capabilities
     */
    public void write(OwsRequest request, List<String> versions, List<FeatureTypeInfo> types,
            Function<FeatureTypeInfo, WorkspaceInfo> workspaces, List<String> outputFormats, Set<String> sections,
            long updateSequence, OutputStream out) throws IOException {
        document(out, xml -> {
            xml.writeStartElement("wfs", "WFS_Capabilities", Namespaces.WFS_2_0);
            xml.writeNamespace("wfs", Namespaces.WFS_2_0);
            xml.writeNamespace("ows", Namespaces.OWS_1_1);
            xml.writeNamespace("fes", Namespaces.FES_2_0);
            xml.writeNamespace("gml", Namespaces.GML_3_2);
            xml.writeNamespace("xlink", Namespaces.XLINK);
            xml.writeNamespace("xsi", Namespaces.XSI);
            xml.writeAttribute("version", request.version());
            xml.writeAttribute("updateSequence", Long.toString(updateSequence));
            schemaLocation(xml, settings, Namespaces.WFS_2_0 + " " + WfsUrls.WFS_2_0_SCHEMA);
            sections(xml, sections,
                    x -> serviceIdentification(x, Namespaces.OWS_1_1, settings, versions),
                    x -> serviceProvider(x, Namespaces.OWS_1_1, settings),
                    x -> operationsMetadata(x, request, versions, outputFormats, types),
                    x -> featureTypeList(x, request, types, workspaces, outputFormats),
                    CapabilitiesWriter::filterCapabilities);
            xml.writeEndElement();
        });
    }

    private void operationsMetadata(XMLStreamWriter xml, OwsRequest request, List<String> versions,
            List<String> outputFormats, List<FeatureTypeInfo> types) throws XMLStreamException {
        String url = WfsUrls.service(request);
        xml.writeStartElement("ows", "OperationsMetadata", Namespaces.OWS_1_1);
        for (String operation : OPERATIONS) {
            startOperation(xml, Namespaces.OWS_1_1, url, operation);
            switch (operation) {
                case "GetCapabilities" -> {
                    allowedValues(xml, "AcceptVersions", versions);
                    allowedValues(xml, "AcceptFormats", List.of("text/xml"));
                    allowedValues(xml, "Sections", List.of("ServiceIdentification", "ServiceProvider",
                            "OperationsMetadata", "FeatureTypeList", "Filter_Capabilities", "All"));
                }
                case "DescribeFeatureType" -> allowedValues(xml, "outputFormat",
                        List.of("application/gml+xml; version=3.2"));
                case "GetFeature" -> {
                    allowedValues(xml, "outputFormat", outputFormats);
                    allowedValues(xml, "resultType", List.of("results", "hits"));
                    // features hold no references, so resolving local ones is trivially honoured
                    allowedValues(xml, "resolve", List.of("none", "local"));
                }
                case "GetPropertyValue" -> {
                    allowedValues(xml, "outputFormat", List.of(GmlOutputFormat.GML32_MIME_TYPE));
                    allowedValues(xml, "resultType", List.of("results", "hits"));
                }
                default -> {
                    // ListStoredQueries and DescribeStoredQueries have no parameter with a value domain
                }
            }
            xml.writeEndElement();
        }
        allowedValues(xml, "version", versions);
        for (String[] c : WFS_CONSTRAINTS) {
            constraint(xml, "ows", Namespaces.OWS_1_1, c[0], c[1]);
        }
        xml.writeStartElement("ows", "Constraint", Namespaces.OWS_1_1);
        xml.writeAttribute("name", "CountDefault");
        xml.writeEmptyElement("ows", "NoValues", Namespaces.OWS_1_1);
        text(xml, "ows", "DefaultValue", Namespaces.OWS_1_1, Long.toString(settings.maxFeatures()));
        xml.writeEndElement();
        xml.writeStartElement("ows", "Constraint", Namespaces.OWS_1_1);
        xml.writeAttribute("name", "QueryExpressions");
        allowed(xml, List.of("wfs:Query", "wfs:StoredQuery"));
        xml.writeEndElement();
        inspireExtension(xml, Namespaces.OWS_1_1, settings, types, request, metadataLinks);
        xml.writeEndElement();
    }

    private void featureTypeList(XMLStreamWriter xml, OwsRequest request, List<FeatureTypeInfo> types,
            Function<FeatureTypeInfo, WorkspaceInfo> workspaces, List<String> outputFormats) throws XMLStreamException {
        xml.writeStartElement("wfs", "FeatureTypeList", Namespaces.WFS_2_0);
        for (FeatureTypeInfo ft : types) {
            WorkspaceInfo ws = workspaces.apply(ft);
            xml.writeStartElement("wfs", "FeatureType", Namespaces.WFS_2_0);
            xml.writeNamespace(ws.name(), ws.namespaceUri());
            typeDescription(xml, Namespaces.WFS_2_0, Namespaces.OWS_1_1, ft);
            crsList(xml, Namespaces.WFS_2_0, "CRS", crsService, ft);
            outputFormats(xml, Namespaces.WFS_2_0, outputFormats);
            BoundingBox box = ft.latLonBoundingBox();
            if (box != null) {
                wgs84BoundingBox(xml, Namespaces.OWS_1_1, box);
            }
            var metadataUrl = metadataUrl(settings, metadataLinks, ft, request);
            if (metadataUrl.isPresent()) {
                xml.writeEmptyElement("wfs", "MetadataURL", Namespaces.WFS_2_0);
                xml.writeAttribute("xlink", Namespaces.XLINK, "href", metadataUrl.get());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void filterCapabilities(XMLStreamWriter xml) throws XMLStreamException {
        String fes = Namespaces.FES_2_0;
        xml.writeStartElement("fes", "Filter_Capabilities", fes);
        xml.writeStartElement("fes", "Conformance", fes);
        for (String[] c : FES_CONSTRAINTS) {
            constraint(xml, "fes", fes, c[0], c[1]);
        }
        xml.writeEndElement();
        xml.writeStartElement("fes", "Id_Capabilities", fes);
        xml.writeEmptyElement("fes", "ResourceIdentifier", fes);
        xml.writeAttribute("name", "fes:ResourceId");
        xml.writeEndElement();
        xml.writeStartElement("fes", "Scalar_Capabilities", fes);
        xml.writeEmptyElement("fes", "LogicalOperators", fes);
        xml.writeStartElement("fes", "ComparisonOperators", fes);
        for (String op : COMPARISON_OPERATORS) {
            xml.writeEmptyElement("fes", "ComparisonOperator", fes);
            xml.writeAttribute("name", op);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("fes", "Spatial_Capabilities", fes);
        xml.writeStartElement("fes", "GeometryOperands", fes);
        for (String operand : GEOMETRY_OPERANDS) {
            xml.writeEmptyElement("fes", "GeometryOperand", fes);
            xml.writeAttribute("name", operand);
        }
        xml.writeEndElement();
        spatialOperators(xml, "fes", fes);
        xml.writeEndElement();
        xml.writeStartElement("fes", "Temporal_Capabilities", fes);
        xml.writeStartElement("fes", "TemporalOperands", fes);
        for (String operand : List.of("gml:TimeInstant", "gml:TimePeriod")) {
            xml.writeEmptyElement("fes", "TemporalOperand", fes);
            xml.writeAttribute("name", operand);
        }
        xml.writeEndElement();
        xml.writeStartElement("fes", "TemporalOperators", fes);
        for (String op : TemporalOperators.SUPPORTED) {
            xml.writeEmptyElement("fes", "TemporalOperator", fes);
            xml.writeAttribute("name", op);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void allowedValues(XMLStreamWriter xml, String name, List<String> values) throws XMLStreamException {
        xml.writeStartElement("ows", "Parameter", Namespaces.OWS_1_1);
        xml.writeAttribute("name", name);
        allowed(xml, values);
        xml.writeEndElement();
    }

    private static void allowed(XMLStreamWriter xml, List<String> values) throws XMLStreamException {
        xml.writeStartElement("ows", "AllowedValues", Namespaces.OWS_1_1);
        for (String v : values) {
            text(xml, "ows", "Value", Namespaces.OWS_1_1, v);
        }
        xml.writeEndElement();
    }

    private static void constraint(XMLStreamWriter xml, String prefix, String ns, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(prefix, "Constraint", ns);
        xml.writeAttribute("name", name);
        xml.writeEmptyElement("ows", "NoValues", Namespaces.OWS_1_1);
        text(xml, "ows", "DefaultValue", Namespaces.OWS_1_1, value);
        xml.writeEndElement();
    }

    private static String[] c(String name, boolean value) {
        return new String[] {name, value ? "TRUE" : "FALSE"};
    }
}
