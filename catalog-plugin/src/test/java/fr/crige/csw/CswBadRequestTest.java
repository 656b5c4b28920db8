package fr.crige.csw;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.security.AdminCredentials;
import fr.crige.core.xml.OfficialSchemas;
import fr.crige.csw.operation.AdminAuthorizer;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad requests (issue #5, "Bad input") get an OWS 1.0 ExceptionReport with the code and locator of OGC
 * 07-045 table 39 (the OWS Common 1.0 codes CSW 2.0.2 uses) and HTTP 400, never a stack trace. Malformed
 * XML is NoApplicableCode without locator: CSW 2.0.2 has no OperationParsingFailed (a WFS 2.0 code) and
 * OWS 1.0 says NoApplicableCode carries no locator.
 */
class CswBadRequestTest {

    private static final String GET_RECORDS = "service=CSW&version=2.0.2&request=GetRecords&resultType=results";
    private static final String CSW_ROOT = "<csw:GetRecords xmlns:csw='http://www.opengis.net/cat/csw/2.0.2'"
            + " xmlns:ogc='http://www.opengis.net/ogc' service='CSW' version='2.0.2'";
    private static final Pattern CODE = Pattern.compile("exceptionCode=\"([^\"]*)\"");
    private static final Pattern LOCATOR = Pattern.compile("locator=\"([^\"]*)\"");

    @TempDir
    static Path dir;
    private static RecordStore store;
    private static CswHttp http;
    private static OfficialSchemas ows;

    @BeforeAll
    static void open() {
        store = SqliteRecordStore.open(dir.resolve("records.sqlite"));
        new SampleRecordsLoader().load(TestRecords.SAMPLES, store);
        http = new CswHttp(new CswService(store, new SisCrsService(), CswSettings.defaults(),
                new AdminAuthorizer(AdminCredentials.of("admin", "x"), Optional::empty)));
        ows = OfficialSchemas.validator("http://schemas.opengis.net/ows/1.0.0/owsExceptionReport.xsd");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void malformedXmlInsideTheRequest() {
        CswHttp.Exchange x = http.post(CSW_ROOT + "><csw:Query typeNames='csw:Record'><csw:Constraint version='1.1.0'>"
                + "<ogc:Filter><ogc:PropertyIsEqualTo></csw:Constraint></csw:Query></csw:GetRecords>");
        assertReport(x, "NoApplicableCode", null);
        assertThat(x.text()).contains("not well-formed", "line 1");
    }

    @Test
    void requestDocumentOfAnotherStandard() {
        assertReport(http.post("<wfs:GetRecords xmlns:wfs='http://www.opengis.net/wfs/2.0' service='CSW' "
                + "version='2.0.2'/>"), "InvalidParameterValue", "request");
    }

    @Test
    void unknownQueryableInFilterAndCql() {
        assertReport(http.post(CSW_ROOT + "><csw:Query typeNames='csw:Record'><csw:Constraint version='1.1.0'>"
                + "<ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>colour</ogc:PropertyName>"
                + "<ogc:Literal>red</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter></csw:Constraint>"
                + "</csw:Query></csw:GetRecords>"), "InvalidParameterValue", "Constraint");
        assertReport(http.get(GET_RECORDS + "&typeNames=csw:Record&CONSTRAINTLANGUAGE=CQL_TEXT&CONSTRAINT="
                + encode("colour = 'red'")), "InvalidParameterValue", "Constraint");
    }

    @Test
    void cqlSyntaxErrorGivesItsPosition() {
        CswHttp.Exchange x = http.get(GET_RECORDS + "&typeNames=csw:Record&CONSTRAINTLANGUAGE=CQL_TEXT&CONSTRAINT="
                + encode("Title = 'a' AND"));
        assertReport(x, "InvalidParameterValue", "Constraint");
        assertThat(x.text()).contains("position 16");
        CswHttp.Exchange xml = http.post(CSW_ROOT + "><csw:Query typeNames='csw:Record'><csw:Constraint"
                + " version='1.1.0'><csw:CqlText>Title == 'a'</csw:CqlText></csw:Constraint></csw:Query>"
                + "</csw:GetRecords>");
        assertReport(xml, "InvalidParameterValue", "Constraint");
        assertThat(xml.text()).contains("position 8");
    }

    @Test
    void malformedKvpFilter() {
        assertReport(http.get(GET_RECORDS + "&typeNames=csw:Record&CONSTRAINTLANGUAGE=FILTER&CONSTRAINT="
                + encode("<ogc:Filter xmlns:ogc='http://www.opengis.net/ogc'><ogc:And>")),
                "InvalidParameterValue", "Constraint");
    }

    @Test
    void unsupportedOutputSchema() {
        assertReport(http.get(GET_RECORDS + "&typeNames=csw:Record&outputSchema=" + encode("http://www.w3.org/ns/dcat#")),
                "InvalidParameterValue", "outputSchema");
        assertReport(http.post(CSW_ROOT + " outputSchema='urn:dcat'><csw:Query typeNames='csw:Record'/>"
                + "</csw:GetRecords>"), "InvalidParameterValue", "outputSchema");
    }

    @Test
    void unsupportedTypeName() {
        assertReport(http.get(GET_RECORDS + "&typeNames=wfs:FeatureType"), "InvalidParameterValue", "typeNames");
        assertReport(http.post(CSW_ROOT + "><csw:Query typeNames='rim:RegistryPackage'/></csw:GetRecords>"),
                "InvalidParameterValue", "typeNames");
        assertReport(http.get(GET_RECORDS), "MissingParameterValue", "typeNames");
    }

    @Test
    void maxRecordsAboveTheConfiguredLimit() {
        int above = CswSettings.defaults().maxRecordsLimit() + 1;
        CswHttp.Exchange x = http.get(GET_RECORDS + "&typeNames=csw:Record&maxRecords=" + above);
        assertReport(x, "InvalidParameterValue", "maxRecords");
        assertThat(x.text()).contains(Integer.toString(CswSettings.defaults().maxRecordsLimit()));
        assertReport(http.post(CSW_ROOT + " maxRecords='" + above + "'><csw:Query typeNames='csw:Record'/>"
                + "</csw:GetRecords>"), "InvalidParameterValue", "maxRecords");
    }

    @Test
    void startPositionBelowOne() {
        assertReport(http.get(GET_RECORDS + "&typeNames=csw:Record&startPosition=0"),
                "InvalidParameterValue", "startPosition");
        assertReport(http.post(CSW_ROOT + " startPosition='-3'><csw:Query typeNames='csw:Record'/>"
                + "</csw:GetRecords>"), "InvalidParameterValue", "startPosition");
    }

    @Test
    void badElementNames() {
        assertReport(http.get(GET_RECORDS + "&typeNames=csw:Record&ElementName=dc:colour"),
                "InvalidParameterValue", "ElementName");
        assertReport(http.get(GET_RECORDS + "&typeNames=csw:Record&ElementName=dc:title&ElementSetName=brief"),
                "InvalidParameterValue", "ElementName");
        assertReport(http.get(GET_RECORDS + "&typeNames=gmd:MD_Metadata&ElementName=dc:title&outputSchema="
                + encode(CswNamespaces.GMD)), "InvalidParameterValue", "ElementName");
        assertReport(http.get(GET_RECORDS + "&typeNames=csw:Record&ElementName=foo:title"),
                "InvalidParameterValue", "ElementName");
        assertReport(http.get(GET_RECORDS + "&typeNames=csw:Record&ElementName=dc:title&NAMESPACE=dc"),
                "InvalidParameterValue", "NAMESPACE");
        assertReport(http.post(CSW_ROOT + "><csw:Query typeNames='csw:Record'><csw:ElementSetName>full"
                + "</csw:ElementSetName><csw:ElementName>dc:title</csw:ElementName></csw:Query></csw:GetRecords>"),
                "InvalidParameterValue", "ElementName");
    }

    @Test
    void unsortableQueryable() {
        assertReport(http.get(GET_RECORDS + "&typeNames=csw:Record&sortBy=Subject:A"), "InvalidParameterValue",
                "SortBy");
    }

    /** A 400 OWS 1.0 report, valid against its schema, with the code and locator (null: none) expected. */
    private static void assertReport(CswHttp.Exchange x, String code, String locator) {
        assertThat(x.status()).as(x.text()).isEqualTo(400);
        assertThat(x.contentType()).isEqualTo("application/xml");
        assertThat(ows.validate(x.text().replaceAll("xsi:schemaLocation=\"[^\"]*\"", ""))).isEmpty();
        assertThat(x.text()).contains("<ows:ExceptionReport").contains("version=\"1.2.0\"")
                .doesNotContain("Exception:").doesNotContain("\tat ");
        Matcher c = CODE.matcher(x.text());
        assertThat(c.find()).isTrue();
        assertThat(c.group(1)).as(x.text()).isEqualTo(code);
        Matcher l = LOCATOR.matcher(x.text());
        if (locator == null) {
            assertThat(l.find()).as(x.text()).isFalse();
        } else {
            assertThat(l.find()).as(x.text()).isTrue();
            assertThat(l.group(1)).as(x.text()).isEqualTo(locator);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
