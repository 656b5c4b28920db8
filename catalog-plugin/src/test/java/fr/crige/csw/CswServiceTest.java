package fr.crige.csw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.xml.PrefixNamespaces;
import fr.crige.core.xml.SecureXml;
import fr.crige.core.security.AdminCredentials;
import fr.crige.csw.operation.AdminAuthorizer;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The CSW operations over the sample records, as the dispatcher calls them. */
class CswServiceTest {

    private static final String BASE = "http://localhost:8080";
    private static final Map<String, String> NS = Map.of("csw", CswNamespaces.CSW, "gmd", CswNamespaces.GMD,
            "gco", CswNamespaces.GCO, "dc", CswNamespaces.DC, "ows", CswNamespaces.OWS, "inspire_common",
            CswNamespaces.INSPIRE_COMMON, "dct", CswNamespaces.DCT);
    private static final String TOKEN = "s3cret";

    @TempDir
    static Path dir;
    private static RecordStore store;
    private static CswService csw;
    private static String authorization;

    @BeforeAll
    static void open() {
        store = SqliteRecordStore.open(dir.resolve("records.sqlite"));
        assertThat(new SampleRecordsLoader().load(TestRecords.SAMPLES, store)).isEqualTo(5);
        csw = new CswService(store, new SisCrsService(), CswSettings.defaults(),
                new AdminAuthorizer(AdminCredentials.of("admin", TOKEN), () -> Optional.ofNullable(authorization)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void capabilitiesListOperationsQueryablesAndInspireLanguages() throws Exception {
        Document doc = xml(kvp("GetCapabilities"));
        assertThat(text(doc, "/csw:Capabilities/@version")).isEqualTo("2.0.2");
        assertThat(text(doc, "//ows:Operation[@name='GetRecords']//ows:Post/@*[local-name()='href']"))
                .isEqualTo(BASE + "/csw");
        assertThat(text(doc, "count(//ows:Operation[@name='GetRecords']/ows:Parameter[@name='outputSchema']/ows:Value)"))
                .isEqualTo("2");
        assertThat(text(doc, "//ows:Operation[@name='GetRecords']/ows:Parameter[@name='CONSTRAINTLANGUAGE']"))
                .contains("FILTER").contains("CQL_TEXT");
        assertThat(text(doc, "//ows:Constraint[@name='SupportedISOQueryables']")).contains("apiso:AnyText",
                "apiso:OrganisationName", "apiso:TempExtent_begin");
        assertThat(text(doc, "//ows:Constraint[@name='AdditionalQueryables']")).contains("apiso:Lineage");
        assertThat(text(doc, "//inspire_common:SupportedLanguages/inspire_common:DefaultLanguage")).isEqualTo("fre");
        assertThat(text(doc, "//inspire_common:SupportedLanguages/inspire_common:SupportedLanguage")).isEqualTo("eng");
        assertThat(text(doc, "//inspire_common:ResponseLanguage/inspire_common:Language")).isEqualTo("fre");
        assertThat(text(doc, "count(//ows:Operation[@name='Transaction'])")).isEqualTo("1");
        assertThat(text(xml(kvp("GetCapabilities", "language", "eng")),
                "//inspire_common:ResponseLanguage/inspire_common:Language")).isEqualTo("eng");
    }

    @Test
    void geoNetworkHarvesterShape() throws Exception {
        String body = """
                <?xml version="1.0" encoding="UTF-8"?>
                <csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" service="CSW" version="2.0.2"
                    resultType="results" startPosition="1" maxRecords="20"
                    outputSchema="http://www.isotc211.org/2005/gmd">
                  <csw:Query typeNames="gmd:MD_Metadata">
                    <csw:ElementSetName>summary</csw:ElementSetName>
                  </csw:Query>
                </csw:GetRecords>""";
        Document doc = xml(post("GetRecords", body));
        assertThat(text(doc, "//csw:SearchResults/@numberOfRecordsMatched")).isEqualTo("5");
        assertThat(text(doc, "//csw:SearchResults/@numberOfRecordsReturned")).isEqualTo("5");
        assertThat(text(doc, "//csw:SearchResults/@nextRecord")).isEqualTo("0");
        assertThat(text(doc, "//csw:SearchResults/@elementSet")).isEqualTo("summary");
        assertThat(text(doc, "count(//csw:SearchResults/gmd:MD_Metadata)")).isEqualTo("5");
        assertThat(text(doc, "count(//gmd:MD_Metadata/gmd:dateStamp)")).isEqualTo("5");
        // summary leaves out what the summary element set does not list, but keeps identification
        assertThat(text(doc, "count(//gmd:MD_Metadata/gmd:characterSet)")).isEqualTo("5");
        assertThat(text(doc, "count(//gmd:MD_Metadata/gmd:identificationInfo)")).isEqualTo("5");

        Document full = xml(kvp("GetRecordById", "id", TestRecords.TREES_ID, "ElementSetName", "full",
                "outputSchema", CswNamespaces.GMD));
        assertThat(text(full, "/csw:GetRecordByIdResponse/gmd:MD_Metadata/gmd:fileIdentifier/gco:CharacterString"))
                .isEqualTo(TestRecords.TREES_ID);
        assertThat(text(full, "//gmd:dataQualityInfo//gmd:statement/gco:CharacterString")).startsWith("Inventaire");
    }

    @Test
    void dataGouvShapePagesByIdentifier() throws Exception {
        String template = """
                <csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"
                    xmlns:ogc="http://www.opengis.net/ogc" xmlns:apiso="http://www.opengis.net/cat/csw/apiso/1.0"
                    service="CSW" version="2.0.2" resultType="results" startPosition="%d" maxRecords="2"
                    outputSchema="http://www.isotc211.org/2005/gmd">
                  <csw:Query typeNames="gmd:MD_Metadata">
                    <csw:ElementSetName>full</csw:ElementSetName>
                    <csw:Constraint version="1.1.0"><ogc:Filter><ogc:Or>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName>
                        <ogc:Literal>dataset</ogc:Literal></ogc:PropertyIsEqualTo>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName>
                        <ogc:Literal>nonGeographicDataset</ogc:Literal></ogc:PropertyIsEqualTo>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName>
                        <ogc:Literal>series</ogc:Literal></ogc:PropertyIsEqualTo>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName>
                        <ogc:Literal>service</ogc:Literal></ogc:PropertyIsEqualTo>
                    </ogc:Or></ogc:Filter></csw:Constraint>
                    <ogc:SortBy><ogc:SortProperty><ogc:PropertyName>apiso:identifier</ogc:PropertyName>
                      <ogc:SortOrder>ASC</ogc:SortOrder></ogc:SortProperty></ogc:SortBy>
                  </csw:Query>
                </csw:GetRecords>""";
        java.util.List<String> ids = new java.util.ArrayList<>();
        long next = 1;
        int pages = 0;
        while (next != 0) {
            Document doc = xml(post("GetRecords", template.formatted(next)));
            assertThat(text(doc, "//csw:SearchResults/@numberOfRecordsMatched")).isEqualTo("5");
            int n = Integer.parseInt(text(doc, "count(//gmd:MD_Metadata)"));
            for (int i = 1; i <= n; i++) {
                ids.add(text(doc, "(//gmd:MD_Metadata)[" + i + "]/gmd:fileIdentifier/gco:CharacterString"));
            }
            next = Long.parseLong(text(doc, "//csw:SearchResults/@nextRecord"));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(5).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
    }

    @Test
    void kvpSearchByTextAndBboxInDublinCore() throws Exception {
        Document doc = xml(kvp("GetRecords", "typeNames", "csw:Record", "resultType", "results",
                "ElementSetName", "brief", "CONSTRAINTLANGUAGE", "CQL_TEXT",
                "CONSTRAINT", "AnyText LIKE '%arbres%' AND BBOX(ows:BoundingBox, 0, 46, 4, 49)"));
        assertThat(text(doc, "//csw:SearchResults/@numberOfRecordsMatched")).isEqualTo("1");
        assertThat(text(doc, "//csw:BriefRecord/dc:identifier")).isEqualTo(TestRecords.TREES_ID);
        assertThat(text(doc, "//csw:BriefRecord/dc:title")).isEqualTo("Arbres urbains");
        assertThat(text(doc, "//csw:BriefRecord/ows:BoundingBox/ows:LowerCorner")).startsWith("46.61");

        Document hits = xml(kvp("GetRecords", "typeNames", "csw:Record", "resultType", "hits"));
        assertThat(text(hits, "//csw:SearchResults/@numberOfRecordsMatched")).isEqualTo("5");
        assertThat(text(hits, "//csw:SearchResults/@numberOfRecordsReturned")).isEqualTo("0");
        assertThat(text(hits, "//csw:SearchResults/@nextRecord")).isEqualTo("1");

        Document page = xml(kvp("GetRecords", "typeNames", "csw:Record", "resultType", "results",
                "maxRecords", "2", "startPosition", "3", "sortBy", "Title:D"));
        assertThat(text(page, "//csw:SearchResults/@nextRecord")).isEqualTo("5");
        assertThat(text(page, "count(//csw:SummaryRecord)")).isEqualTo("2");
    }

    @Test
    void badRequestsGiveCodesAndLocators() {
        assertRefused(kvp("GetRecords", "typeNames", "csw:Record", "CONSTRAINTLANGUAGE", "CQL_TEXT",
                "CONSTRAINT", "colour = 'red'"), OwsExceptionCode.INVALID_PARAMETER_VALUE, "Constraint");
        assertThatThrownBy(() -> xml(kvp("GetRecords", "typeNames", "csw:Record", "CONSTRAINTLANGUAGE", "CQL_TEXT",
                "CONSTRAINT", "Title = 'a' AND"))).hasMessageContaining("position 16");
        assertRefused(kvp("GetRecords", "typeNames", "csw:Record", "maxRecords", "5000"),
                OwsExceptionCode.INVALID_PARAMETER_VALUE, "maxRecords");
        assertRefused(kvp("GetRecords", "typeNames", "csw:Record", "startPosition", "0"),
                OwsExceptionCode.INVALID_PARAMETER_VALUE, "startPosition");
        assertRefused(kvp("GetRecords", "typeNames", "csw:Record", "outputSchema", "urn:dcat"),
                OwsExceptionCode.INVALID_PARAMETER_VALUE, "outputSchema");
        assertRefused(kvp("GetRecords", "typeNames", "wfs:FeatureType"), OwsExceptionCode.INVALID_PARAMETER_VALUE,
                "typeNames");
        assertRefused(kvp("GetRecords", "typeNames", "csw:Record", "sortBy", "Subject:A"),
                OwsExceptionCode.INVALID_PARAMETER_VALUE, "SortBy");
        // malformed XML: a client error (400) that no specific OWS 1.0 code describes
        assertThatThrownBy(() -> xml(post("GetRecords", "<csw:GetRecords xmlns:csw='http://www.opengis.net/cat/csw/2.0.2'>"
                + "<csw:Query typeNames='csw:Record'><csw:Constraint><ogc:Filter xmlns:ogc='http://www.opengis.net/ogc'>"
                + "<ogc:PropertyIsEqualTo></csw:Constraint></csw:Query></csw:GetRecords>")))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.NO_APPLICABLE_CODE);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("not well-formed", "line 1");
                });
    }

    @Test
    void transactionNeedsTheAdministratorsCredentialsAndIsAtomic() throws Exception {
        String record = new String(TestRecords.sample("trees"), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*>", "").replace(TestRecords.TREES_ID, "copy-of-trees");
        String insert = "<csw:Transaction xmlns:csw='http://www.opengis.net/cat/csw/2.0.2' service='CSW' "
                + "version='2.0.2'><csw:Insert>" + record + "</csw:Insert></csw:Transaction>";
        authorization = null;
        assertThatThrownBy(() -> csw.operations().get("Transaction").execute(post("Transaction", insert)))
                .isInstanceOfSatisfying(OwsException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
        authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TOKEN).getBytes());
        Document doc = xml(post("Transaction", insert));
        assertThat(text(doc, "//csw:totalInserted")).isEqualTo("1");
        assertThat(text(doc, "//csw:InsertResult/csw:BriefRecord/dc:identifier")).isEqualTo("copy-of-trees");
        assertThat(text(doc, "//csw:InsertResult/csw:BriefRecord/dc:title")).isEqualTo("Arbres urbains");
        assertThat(store.get("copy-of-trees")).isPresent();
        // inserting it again fails as a whole: the delete in the same transaction is rolled back
        String again = "<csw:Transaction xmlns:csw='http://www.opengis.net/cat/csw/2.0.2' "
                + "xmlns:ogc='http://www.opengis.net/ogc' service='CSW' version='2.0.2'><csw:Delete typeName='csw:Record'>"
                + "<csw:Constraint version='1.1.0'><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>dc:identifier"
                + "</ogc:PropertyName><ogc:Literal>" + TestRecords.HEAT_ZONES_ID + "</ogc:Literal></ogc:PropertyIsEqualTo>"
                + "</ogc:Filter></csw:Constraint></csw:Delete><csw:Insert>" + record + "</csw:Insert></csw:Transaction>";
        assertRefused(post("Transaction", again), OwsExceptionCode.INVALID_PARAMETER_VALUE, "Transaction");
        assertThat(store.get(TestRecords.HEAT_ZONES_ID)).isPresent();
        authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:wrong").getBytes());
        assertThatThrownBy(() -> csw.operations().get("Transaction").execute(post("Transaction", again)))
                .isInstanceOfSatisfying(OwsException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
        authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TOKEN).getBytes());
        String delete = again.substring(0, again.indexOf("<csw:Insert>")).replace(TestRecords.HEAT_ZONES_ID,
                "copy-of-trees") + "</csw:Transaction>";
        assertThat(text(xml(post("Transaction", delete)), "//csw:totalDeleted")).isEqualTo("1");
    }

    @Test
    void getDomainAndDescribeRecord() throws Exception {
        Document domain = xml(kvp("GetDomain", "PropertyName", "apiso:TopicCategory"));
        assertThat(text(domain, "//csw:ListOfValues/csw:Value[.='boundaries']/@count")).isEqualTo("2");
        Document parameter = xml(kvp("GetDomain", "ParameterName", "GetRecords.outputSchema"));
        assertThat(text(parameter, "count(//csw:Value)")).isEqualTo("2");
        Document describe = xml(kvp("DescribeRecord", "typeName", "gmd:MD_Metadata"));
        assertThat(text(describe, "//csw:SchemaComponent/@targetNamespace")).isEqualTo(CswNamespaces.GMD);
    }

    private static void assertRefused(OwsRequest request, OwsExceptionCode code, String locator) {
        assertThatThrownBy(() -> xml(request)).isInstanceOfSatisfying(OwsException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.locator()).isEqualTo(locator);
        });
    }

    private static OwsRequest kvp(String request, String... pairs) {
        KvpParameters.Builder b = KvpParameters.builder().add("service", "CSW").add("request", request);
        for (int i = 0; i < pairs.length; i += 2) {
            b.add(pairs[i], pairs[i + 1]);
        }
        return new OwsRequest("CSW", "2.0.2", request, b.build(), null, null, BASE);
    }

    private static OwsRequest post(String request, String body) {
        return new OwsRequest("CSW", "2.0.2", request, KvpParameters.empty(), body.getBytes(StandardCharsets.UTF_8),
                null, BASE);
    }

    private static Document xml(OwsRequest request) throws Exception {
        OwsResponse response = csw.operations().get(request.request()).execute(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.body().writeTo(out);
        assertThat(response.status()).isEqualTo(200);
        return SecureXml.newDocumentBuilderFactory().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Document doc, String xpath) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new PrefixNamespaces(NS));
        return x.evaluate(xpath, doc);
    }
}
