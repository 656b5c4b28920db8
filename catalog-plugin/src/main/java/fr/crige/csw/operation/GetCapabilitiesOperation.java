package fr.crige.csw.operation;

import fr.crige.csw.CswNamespaces;
import fr.crige.csw.CswSettings;
import fr.crige.csw.output.DublinCoreOutputSchema;
import fr.crige.csw.record.Queryable;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GetCapabilities of the CSW 2.0.2 ISO Application Profile with the INSPIRE Discovery Services extended
 * capabilities (scenario 2 of the INSPIRE Technical Guidance: the service metadata given in the document).
 * Every listed parameter value is one the operations accept: the lists come from the same
 * {@link #PARAMETER_DOMAINS} GetDomain answers with. Transaction is listed only when an administrator token
 * is configured. {@code LANGUAGE=eng} answers in English where the document has language-dependent text.
 */
public final class GetCapabilitiesOperation implements OwsOperation {

    /** The accepted values of the request parameters, by {@code Operation.parameter}. */
    public static final Map<String, List<String>> PARAMETER_DOMAINS = Map.of(
            "GetRecords.outputSchema", List.of(CswNamespaces.CSW, CswNamespaces.GMD),
            "GetRecords.typeNames", List.of("csw:Record", "gmd:MD_Metadata"),
            "GetRecords.resultType", List.of("hits", "results", "validate"),
            "GetRecords.ElementSetName", List.of("brief", "summary", "full"),
            // Dublin Core only: the ISO schema refuses ElementName (see IsoOutputSchema)
            "GetRecords.ElementName", DublinCoreOutputSchema.ELEMENT_NAMES,
            "GetRecords.CONSTRAINTLANGUAGE", List.of("FILTER", "CQL_TEXT"),
            "GetRecords.outputFormat", List.of("application/xml"),
            "GetRecordById.outputSchema", List.of(CswNamespaces.CSW, CswNamespaces.GMD),
            "GetRecordById.ElementSetName", List.of("brief", "summary", "full"),
            "DescribeRecord.typeName", List.of("csw:Record", "gmd:MD_Metadata"));

    private final CswSettings settings;

    public GetCapabilitiesOperation(CswSettings settings) {
        this.settings = settings;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        String url = request.baseUrl() + "/csw";
        String language = request.parameters().get("LANGUAGE").map(l -> l.toLowerCase(Locale.ROOT))
                .filter(l -> l.equals("eng")).orElse("fre");
        return XmlResponses.ok(w -> write(w, url, language));
    }

    private void write(XMLStreamWriter w, String url, String language) throws XMLStreamException {
        w.writeStartElement("csw", "Capabilities", CswNamespaces.CSW);
        w.writeNamespace("csw", CswNamespaces.CSW);
        w.writeNamespace("ows", CswNamespaces.OWS);
        w.writeNamespace("ogc", CswNamespaces.OGC);
        w.writeNamespace("gml", CswNamespaces.GML);
        w.writeNamespace("xlink", CswNamespaces.XLINK);
        w.writeNamespace("xsi", CswNamespaces.XSI);
        w.writeNamespace("inspire_ds", CswNamespaces.INSPIRE_DS);
        w.writeNamespace("inspire_common", CswNamespaces.INSPIRE_COMMON);
        w.writeAttribute("version", "2.0.2");
        w.writeAttribute("xsi", CswNamespaces.XSI, "schemaLocation", CswNamespaces.CSW
                + " http://schemas.opengis.net/csw/2.0.2/CSW-discovery.xsd " + CswNamespaces.INSPIRE_DS
                + " http://inspire.ec.europa.eu/schemas/inspire_ds/1.0/inspire_ds.xsd");
        serviceIdentification(w);
        serviceProvider(w);
        operationsMetadata(w, url, language);
        filterCapabilities(w);
        w.writeEndElement();
    }

    private void serviceIdentification(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("ows", "ServiceIdentification", CswNamespaces.OWS);
        ows(w, "Title", settings.title());
        ows(w, "Abstract", settings.abstractText());
        w.writeStartElement("ows", "Keywords", CswNamespaces.OWS);
        for (String k : List.of("catalogue", "infoCatalogueService", "CSW", "INSPIRE", "métadonnées")) {
            ows(w, "Keyword", k);
        }
        w.writeEndElement();
        ows(w, "ServiceType", "CSW");
        ows(w, "ServiceTypeVersion", "2.0.2");
        ows(w, "Fees", "Aucuns frais");
        ows(w, "AccessConstraints", "Aucune restriction d'accès public");
        w.writeEndElement();
    }

    private void serviceProvider(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("ows", "ServiceProvider", CswNamespaces.OWS);
        ows(w, "ProviderName", settings.providerName());
        w.writeStartElement("ows", "ServiceContact", CswNamespaces.OWS);
        w.writeStartElement("ows", "ContactInfo", CswNamespaces.OWS);
        w.writeStartElement("ows", "Address", CswNamespaces.OWS);
        ows(w, "ElectronicMailAddress", settings.contactEmail());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private void operationsMetadata(XMLStreamWriter w, String url, String language) throws XMLStreamException {
        w.writeStartElement("ows", "OperationsMetadata", CswNamespaces.OWS);
        operation(w, "GetCapabilities", url, true, true, Map.of("sections", List.of("ServiceIdentification",
                "ServiceProvider", "OperationsMetadata", "Filter_Capabilities")));
        operation(w, "DescribeRecord", url, true, false, Map.of("typeName", PARAMETER_DOMAINS.get("DescribeRecord.typeName"),
                "outputFormat", List.of("application/xml"), "schemaLanguage", List.of(CswNamespaces.XSD)));
        operation(w, "GetRecords", url, true, true, domains("GetRecords"));
        operation(w, "GetRecordById", url, true, true, domains("GetRecordById"));
        operation(w, "GetDomain", url, true, false, Map.of());
        operation(w, "Transaction", url, false, true, Map.of());
        parameter(w, "service", List.of("CSW"));
        parameter(w, "version", List.of("2.0.2"));
        constraint(w, "PostEncoding", List.of("XML"));
        constraint(w, "IsoProfiles", List.of("http://www.isotc211.org/2005/gmd"));
        constraint(w, "MaxRecordDefault", List.of(Integer.toString(settings.defaultMaxRecords())));
        constraint(w, "MaxRecordsLimit", List.of(Integer.toString(settings.maxRecordsLimit())));
        queryables(w, "SupportedISOQueryables", Queryable.Profile.ISO);
        queryables(w, "AdditionalQueryables", Queryable.Profile.INSPIRE);
        inspireExtendedCapabilities(w, url, language);
        w.writeEndElement();
    }

    private static Map<String, List<String>> domains(String operation) {
        Map<String, List<String>> result = new TreeMap<>();
        PARAMETER_DOMAINS.forEach((k, v) -> {
            if (k.startsWith(operation + ".")) {
                result.put(k.substring(operation.length() + 1), v);
            }
        });
        return result;
    }

    private static void operation(XMLStreamWriter w, String name, String url, boolean get, boolean post,
            Map<String, List<String>> parameters) throws XMLStreamException {
        w.writeStartElement("ows", "Operation", CswNamespaces.OWS);
        w.writeAttribute("name", name);
        w.writeStartElement("ows", "DCP", CswNamespaces.OWS);
        w.writeStartElement("ows", "HTTP", CswNamespaces.OWS);
        if (get) {
            w.writeEmptyElement("ows", "Get", CswNamespaces.OWS);
            w.writeAttribute("xlink", CswNamespaces.XLINK, "href", url);
        }
        if (post) {
            w.writeEmptyElement("ows", "Post", CswNamespaces.OWS);
            w.writeAttribute("xlink", CswNamespaces.XLINK, "href", url);
        }
        w.writeEndElement();
        w.writeEndElement();
        for (Map.Entry<String, List<String>> p : new TreeMap<>(parameters).entrySet()) {
            parameter(w, p.getKey(), p.getValue());
        }
        w.writeEndElement();
    }

    private static void parameter(XMLStreamWriter w, String name, List<String> values) throws XMLStreamException {
        w.writeStartElement("ows", "Parameter", CswNamespaces.OWS);
        w.writeAttribute("name", name);
        for (String v : values) {
            ows(w, "Value", v);
        }
        w.writeEndElement();
    }

    private static void constraint(XMLStreamWriter w, String name, List<String> values) throws XMLStreamException {
        w.writeStartElement("ows", "Constraint", CswNamespaces.OWS);
        w.writeAttribute("name", name);
        for (String v : values) {
            ows(w, "Value", v);
        }
        w.writeEndElement();
    }

    private static void queryables(XMLStreamWriter w, String name, Queryable.Profile profile)
            throws XMLStreamException {
        constraint(w, name, Arrays.stream(Queryable.values()).filter(q -> q.profile() == profile)
                .map(q -> "apiso:" + q.apisoName()).toList());
    }

    private void inspireExtendedCapabilities(XMLStreamWriter w, String url, String language)
            throws XMLStreamException {
        String common = CswNamespaces.INSPIRE_COMMON;
        w.writeStartElement("inspire_ds", "ExtendedCapabilities", CswNamespaces.INSPIRE_DS);
        w.writeStartElement("inspire_common", "ResourceLocator", common);
        XmlResponses.element(w, "inspire_common", "URL", common, url + "?service=CSW&request=GetCapabilities");
        XmlResponses.element(w, "inspire_common", "MediaType", common, "application/xml");
        w.writeEndElement();
        XmlResponses.element(w, "inspire_common", "ResourceType", common, "service");
        w.writeStartElement("inspire_common", "TemporalReference", common);
        XmlResponses.element(w, "inspire_common", "DateOfLastRevision", common, "2025-01-01");
        w.writeEndElement();
        w.writeStartElement("inspire_common", "Conformity", common);
        w.writeStartElement("inspire_common", "Specification", common);
        w.writeAttribute("xsi", CswNamespaces.XSI, "type", "inspire_common:citationInspireNSRegulation_"
                + (language.equals("eng") ? "eng" : "fre"));
        XmlResponses.element(w, "inspire_common", "Title", common, language.equals("eng")
                ? "Commission Regulation (EC) No 976/2009 of 19 October 2009 implementing Directive 2007/2/EC "
                        + "as regards the Network Services"
                : "Règlement (CE) n° 976/2009 de la Commission du 19 octobre 2009 portant modalités d'application "
                        + "de la directive 2007/2/CE en ce qui concerne les services en réseau");
        XmlResponses.element(w, "inspire_common", "DateOfPublication", common, "2009-10-20");
        XmlResponses.element(w, "inspire_common", "URI", common, "OJ:L:2009:274:0009:0018:FR:PDF");
        w.writeEndElement();
        XmlResponses.element(w, "inspire_common", "Degree", common, "notEvaluated");
        w.writeEndElement();
        w.writeStartElement("inspire_common", "MetadataPointOfContact", common);
        XmlResponses.element(w, "inspire_common", "OrganisationName", common, settings.providerName());
        XmlResponses.element(w, "inspire_common", "EmailAddress", common, settings.contactEmail());
        w.writeEndElement();
        XmlResponses.element(w, "inspire_common", "MetadataDate", common, "2025-01-01");
        XmlResponses.element(w, "inspire_common", "SpatialDataServiceType", common, "discovery");
        w.writeStartElement("inspire_common", "MandatoryKeyword", common);
        w.writeAttribute("xsi", CswNamespaces.XSI, "type", "inspire_common:classificationOfSpatialDataService");
        XmlResponses.element(w, "inspire_common", "KeywordValue", common, "infoCatalogueService");
        w.writeEndElement();
        w.writeStartElement("inspire_common", "SupportedLanguages", common);
        w.writeStartElement("inspire_common", "DefaultLanguage", common);
        XmlResponses.element(w, "inspire_common", "Language", common, "fre");
        w.writeEndElement();
        w.writeStartElement("inspire_common", "SupportedLanguage", common);
        XmlResponses.element(w, "inspire_common", "Language", common, "eng");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("inspire_common", "ResponseLanguage", common);
        XmlResponses.element(w, "inspire_common", "Language", common, language);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void filterCapabilities(XMLStreamWriter w) throws XMLStreamException {
        String ogc = CswNamespaces.OGC;
        w.writeStartElement("ogc", "Filter_Capabilities", ogc);
        w.writeStartElement("ogc", "Spatial_Capabilities", ogc);
        w.writeStartElement("ogc", "GeometryOperands", ogc);
        for (String g : List.of("gml:Envelope", "gml:Point", "gml:Polygon", "gml:LineString")) {
            XmlResponses.element(w, "ogc", "GeometryOperand", ogc, g);
        }
        w.writeEndElement();
        w.writeStartElement("ogc", "SpatialOperators", ogc);
        for (String op : List.of("BBOX", "Intersects", "Within", "Contains", "Disjoint")) {
            w.writeEmptyElement("ogc", "SpatialOperator", ogc);
            w.writeAttribute("name", op);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("ogc", "Scalar_Capabilities", ogc);
        w.writeEmptyElement("ogc", "LogicalOperators", ogc);
        w.writeStartElement("ogc", "ComparisonOperators", ogc);
        for (String op : List.of("EqualTo", "NotEqualTo", "LessThan", "GreaterThan", "LessThanEqualTo",
                "GreaterThanEqualTo", "Like", "Between", "NullCheck")) {
            XmlResponses.element(w, "ogc", "ComparisonOperator", ogc, op);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("ogc", "Id_Capabilities", ogc);
        w.writeEmptyElement("ogc", "EID", ogc);
        w.writeEmptyElement("ogc", "FID", ogc);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void ows(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        XmlResponses.element(w, "ows", name, CswNamespaces.OWS, text);
    }
}
