package fr.crige.csw;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.security.AdminCredentials;
import fr.crige.core.xml.OfficialSchemas;
import fr.crige.core.xml.PrefixNamespaces;
import fr.crige.core.xml.SecureXml;
import fr.crige.csw.operation.AdminAuthorizer;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * Golden requests over HTTP semantics (the OWS dispatcher at {@code /csw}, as the server runs it) whose
 * responses must be valid against the official schemas a strict client (GeoNetwork, OWSLib, GDAL) compiles:
 * CSW 2.0.2 discovery and publication, ISO 19139 (gmd, gmx, srv) for embedded records, OWS 1.0 for exception
 * reports. Each test also checks the content that makes the golden request worth sending.
 *
 * <p>Two limits of offline validation: the {@code xsi:schemaLocation} hints of responses are removed before
 * validating, because the JDK validator otherwise tries to fetch the hinted schemas and quietly stops
 * checking the elements they cover; and the INSPIRE Discovery extended capabilities are checked by XPath
 * only, their schemas not being published in a Maven artifact.
 */
class CswSchemaValidityTest {

    private static final String OWS_100_EXCEPTION = "http://schemas.opengis.net/ows/1.0.0/owsExceptionReport.xsd";
    private static final String SERVICE_ID = "svc-wms-0001";
    private static final String TOKEN = "s3cret";
    private static final Map<String, String> NS = Map.of("csw", CswNamespaces.CSW, "gmd", CswNamespaces.GMD,
            "gco", CswNamespaces.GCO, "srv", CswNamespaces.SRV, "dc", CswNamespaces.DC, "dct", CswNamespaces.DCT,
            "ows", CswNamespaces.OWS, "inspire_ds", CswNamespaces.INSPIRE_DS, "xs", CswNamespaces.XSD);

    @TempDir
    static Path dir;
    private static RecordStore store;
    private static CswHttp http;
    private static String authorization;
    private static OfficialSchemas discovery;
    private static OfficialSchemas iso;
    private static OfficialSchemas publication;
    private static OfficialSchemas exceptions;

    @BeforeAll
    static void open() {
        store = SqliteRecordStore.open(dir.resolve("records.sqlite"));
        new SampleRecordsLoader().load(TestRecords.SAMPLES, store);
        store.apply(List.of(new RecordChange.Insert(new MetadataRecord(SERVICE_ID, resource("service-record.xml")))));
        http = new CswHttp(new CswService(store, new SisCrsService(), CswSettings.defaults(),
                new AdminAuthorizer(AdminCredentials.of("admin", TOKEN), () -> Optional.ofNullable(authorization))));
        discovery = OfficialSchemas.validator(OfficialSchemas.CSW_202);
        iso = OfficialSchemas.validator(OfficialSchemas.CSW_202, OfficialSchemas.ISO_19139_GMD,
                OfficialSchemas.ISO_19139_GMX, OfficialSchemas.ISO_19139_SRV);
        publication = OfficialSchemas.validator(OfficialSchemas.CSW_202_PUBLICATION);
        exceptions = OfficialSchemas.validator(OWS_100_EXCEPTION);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void capabilities() throws Exception {
        CswHttp.Exchange x = ok(http.get("service=CSW&request=GetCapabilities"));
        String withoutInspire = x.text().replaceAll("(?s)<inspire_ds:ExtendedCapabilities.*</inspire_ds:ExtendedCapabilities>", "");
        assertThat(withoutInspire).isNotEqualTo(x.text());
        assertValid(discovery, withoutInspire);
        Document doc = dom(x);
        assertThat(text(doc, "name(/csw:Capabilities/ows:OperationsMetadata/*[last()])"))
                .isEqualTo("inspire_ds:ExtendedCapabilities");
        assertThat(text(doc, "//ows:Operation[@name='GetRecords']/ows:Parameter[@name='ElementName']"))
                .contains("dc:title", "ows:BoundingBox");
    }

    @Test
    void describeRecord() throws Exception {
        CswHttp.Exchange x = ok(http.get("service=CSW&version=2.0.2&request=DescribeRecord"));
        assertValid(discovery, x);
        assertThat(text(dom(x), "count(//csw:SchemaComponent/xs:schema)")).isEqualTo("2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"brief", "summary", "full"})
    void dublinCoreElementSets(String elementSet) throws Exception {
        CswHttp.Exchange x = ok(http.get("service=CSW&version=2.0.2&request=GetRecords&typeNames=csw:Record"
                + "&resultType=results&ElementSetName=" + elementSet));
        assertValid(discovery, x);
        Document doc = dom(x);
        assertThat(text(doc, "count(//csw:SearchResults/*)")).isEqualTo("6");
        assertThat(text(doc, "//csw:SearchResults/@elementSet")).isEqualTo(elementSet);
        assertThat(text(doc, "count(//csw:SearchResults/*[dc:identifier and dc:title and ows:BoundingBox])"))
                .isEqualTo("6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"brief", "summary", "full"})
    void isoElementSetsOfDatasetsAndServices(String elementSet) throws Exception {
        CswHttp.Exchange x = ok(http.get("service=CSW&version=2.0.2&request=GetRecords&typeNames=gmd:MD_Metadata"
                + "&resultType=results&outputSchema=" + encode(CswNamespaces.GMD) + "&ElementSetName=" + elementSet));
        assertValid(iso, x);
        Document doc = dom(x);
        assertThat(text(doc, "count(//csw:SearchResults/gmd:MD_Metadata)")).isEqualTo("6");
        assertThat(text(doc, "count(//srv:SV_ServiceIdentification/srv:couplingType)")).isEqualTo("1");
    }

    @Test
    void geoNetworkHarvestRequests() throws Exception {
        CswHttp.Exchange page = ok(http.post(golden("geonetwork-getrecords.xml")));
        assertValid(iso, page);
        assertThat(text(dom(page), "//csw:SearchResults/@nextRecord")).isEqualTo("0");
        CswHttp.Exchange record = ok(http.post(golden("getrecordbyid-iso.xml")));
        assertValid(iso, record);
        assertThat(text(dom(record), "/csw:GetRecordByIdResponse/gmd:MD_Metadata/gmd:fileIdentifier"))
                .contains(TestRecords.TREES_ID);
    }

    @Test
    void dataGouvHarvestRequest() throws Exception {
        CswHttp.Exchange x = ok(http.post(golden("datagouv-getrecords.xml")));
        assertValid(iso, x);
        assertThat(text(dom(x), "//csw:SearchResults/@numberOfRecordsMatched")).isEqualTo("6");
    }

    @Test
    void qgisSearchByTextAndBox() throws Exception {
        CswHttp.Exchange x = ok(http.post(golden("qgis-getrecords-bbox.xml")));
        assertValid(discovery, x);
        assertThat(text(dom(x), "//csw:Record/dc:identifier")).isEqualTo(TestRecords.TREES_ID);
    }

    @Test
    void elementNameReturnsOnlyTheNamedDublinCoreElements() throws Exception {
        CswHttp.Exchange x = ok(http.post(golden("getrecords-elementname.xml")));
        assertValid(discovery, x);
        Document doc = dom(x);
        assertThat(text(doc, "count(//csw:Record)")).isEqualTo("6");
        assertThat(text(doc, "count(//csw:Record/*[not(self::dc:title or self::ows:BoundingBox)])")).isEqualTo("0");
        assertThat(text(doc, "count(//csw:SearchResults/@elementSet)")).isEqualTo("0");
        CswHttp.Exchange kvp = ok(http.get("service=CSW&version=2.0.2&request=GetRecords&typeNames=csw:Record"
                + "&resultType=results&ElementName=dc:identifier,dct:abstract"));
        assertValid(discovery, kvp);
        assertThat(text(dom(kvp), "count(//csw:Record/dct:abstract)")).isEqualTo("6");
        assertThat(text(dom(kvp), "count(//csw:Record/dc:title)")).isEqualTo("0");
    }

    @Test
    void hitsAndValidate() throws Exception {
        CswHttp.Exchange hits = ok(http.get("service=CSW&version=2.0.2&request=GetRecords&typeNames=csw:Record"
                + "&resultType=hits"));
        assertValid(discovery, hits);
        assertThat(text(dom(hits), "//csw:SearchResults/@numberOfRecordsReturned")).isEqualTo("0");
        CswHttp.Exchange kvp = ok(http.get("service=CSW&version=2.0.2&request=GetRecords&typeNames=csw:Record"
                + "&resultType=validate&CONSTRAINTLANGUAGE=CQL_TEXT&CONSTRAINT=" + encode("Title LIKE '%arbre%'")
                + "&sortBy=Title:D&ElementName=dc:title"));
        assertValid(discovery, kvp);
        assertThat(text(dom(kvp), "//csw:EchoedRequest/csw:GetRecords/csw:Query/csw:Constraint/csw:CqlText"))
                .isEqualTo("Title LIKE '%arbre%'");
        String filter = "<ogc:Filter xmlns:ogc='http://www.opengis.net/ogc'><ogc:PropertyIsEqualTo>"
                + "<ogc:PropertyName>apiso:Type</ogc:PropertyName><ogc:Literal>service</ogc:Literal>"
                + "</ogc:PropertyIsEqualTo></ogc:Filter>";
        CswHttp.Exchange withFilter = ok(http.get("service=CSW&version=2.0.2&request=GetRecords"
                + "&typeNames=gmd:MD_Metadata&resultType=validate&CONSTRAINTLANGUAGE=FILTER&CONSTRAINT="
                + encode(filter)));
        assertValid(discovery, withFilter);
        CswHttp.Exchange xml = ok(http.post(golden("datagouv-getrecords.xml")
                .replace("resultType=\"results\"", "resultType=\"validate\"")));
        assertValid(discovery, xml);
        assertThat(text(dom(xml), "count(//csw:EchoedRequest//csw:Query/csw:Constraint)")).isEqualTo("1");
    }

    @Test
    void getRecordByIdInDublinCore() throws Exception {
        CswHttp.Exchange x = ok(http.get("service=CSW&version=2.0.2&request=GetRecordById&ElementSetName=full&id="
                + TestRecords.TREES_ID + "," + SERVICE_ID));
        assertValid(discovery, x);
        assertThat(text(dom(x), "count(/csw:GetRecordByIdResponse/csw:Record)")).isEqualTo("2");
    }

    @Test
    void getDomain() throws Exception {
        CswHttp.Exchange property = ok(http.get("service=CSW&version=2.0.2&request=GetDomain"
                + "&PropertyName=apiso:TopicCategory"));
        assertValid(discovery, property);
        CswHttp.Exchange parameter = ok(http.get("service=CSW&version=2.0.2&request=GetDomain"
                + "&ParameterName=GetRecords.ElementName"));
        assertValid(discovery, parameter);
        assertThat(text(dom(parameter), "//csw:ListOfValues")).contains("dc:title");
    }

    @Test
    void transactionResponses() throws Exception {
        authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TOKEN).getBytes());
        try {
            String record = new String(resource("service-record.xml"), StandardCharsets.UTF_8)
                    .replaceFirst("<\\?xml[^>]*>", "").replaceAll("(?s)<!--.*?-->", "")
                    .replace(SERVICE_ID, "svc-transaction");
            CswHttp.Exchange insert = ok(http.post("<csw:Transaction xmlns:csw='http://www.opengis.net/cat/csw/2.0.2'"
                    + " service='CSW' version='2.0.2'><csw:Insert>" + record + "</csw:Insert></csw:Transaction>"));
            assertValid(publication, insert);
            assertThat(text(dom(insert), "//csw:InsertResult/csw:BriefRecord/dc:identifier"))
                    .isEqualTo("svc-transaction");
            CswHttp.Exchange delete = ok(http.post("<csw:Transaction xmlns:csw='http://www.opengis.net/cat/csw/2.0.2'"
                    + " xmlns:ogc='http://www.opengis.net/ogc' service='CSW' version='2.0.2'>"
                    + "<csw:Delete typeName='csw:Record'><csw:Constraint version='1.1.0'><ogc:Filter>"
                    + "<ogc:PropertyIsEqualTo><ogc:PropertyName>dc:identifier</ogc:PropertyName>"
                    + "<ogc:Literal>svc-transaction</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>"
                    + "</csw:Constraint></csw:Delete></csw:Transaction>"));
            assertValid(publication, delete);
            assertThat(text(dom(delete), "//csw:totalDeleted")).isEqualTo("1");
        } finally {
            authorization = null;
        }
    }

    @Test
    void exceptionReportsAreOws100() throws Exception {
        CswHttp.Exchange x = http.get("service=CSW&version=2.0.2&request=GetRecords&typeNames=csw:Record"
                + "&startPosition=0");
        assertThat(x.status()).isEqualTo(400);
        assertThat(x.contentType()).isEqualTo("application/xml");
        assertValid(exceptions, x);
        Document doc = dom(x);
        assertThat(text(doc, "/ows:ExceptionReport/@version")).isEqualTo("1.2.0");
        assertThat(text(doc, "//ows:Exception/@locator")).isEqualTo("startPosition");
        CswHttp.Exchange unauthorised = http.post("<csw:Transaction xmlns:csw='http://www.opengis.net/cat/csw/2.0.2'"
                + " service='CSW' version='2.0.2'><csw:Insert/></csw:Transaction>");
        assertThat(unauthorised.status()).isEqualTo(401);
        assertValid(exceptions, unauthorised);
    }

    private static CswHttp.Exchange ok(CswHttp.Exchange x) {
        assertThat(x.status()).as(x.text()).isEqualTo(200);
        assertThat(x.contentType()).isEqualTo("application/xml");
        return x;
    }

    private static void assertValid(OfficialSchemas schemas, CswHttp.Exchange x) {
        assertValid(schemas, x.text());
    }

    private static void assertValid(OfficialSchemas schemas, String xml) {
        assertThat(schemas.validate(xml.replaceAll("xsi:schemaLocation=\"[^\"]*\"", ""))).as(xml).isEmpty();
    }

    private static String golden(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CswSchemaValidityTest.class.getResourceAsStream("golden/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Document dom(CswHttp.Exchange x) throws Exception {
        return SecureXml.newDocumentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(x.body()));
    }

    private static String text(Document doc, String xpath) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new PrefixNamespaces(NS));
        return x.evaluate(xpath, doc);
    }
}
