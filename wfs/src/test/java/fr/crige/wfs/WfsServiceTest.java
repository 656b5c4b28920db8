package fr.crige.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreManager;
import fr.crige.core.xml.SecureXml;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.store.geopackage.GeoPackageStoreFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The WFS operations against the sample data directory (GeoPackage store cvl, workspace cvl), as the server
 * dispatches them.
 */
class WfsServiceTest {

    private static final String BASE = "http://localhost:8080";
    private static final Map<String, String> NS = Map.of("wfs", Namespaces.WFS_2_0, "ows", Namespaces.OWS_1_1,
            "fes", Namespaces.FES_2_0, "gml", Namespaces.GML_3_2, "xs", Namespaces.XSD, "cvl",
            "urn:crige:workspace:cvl");

    @TempDir
    static Path dataDir;
    private static StoreManager stores;
    private static WfsService wfs;

    @BeforeAll
    static void openSampleData() throws IOException {
        copy(Path.of("../data-dir"), dataDir);
        SisCrsService crs = new SisCrsService();
        DefaultCatalog catalog = new DefaultCatalog();
        assertThat(DataDirectory.load(dataDir, catalog)).isEmpty();
        DataStoreRegistry registry = new DataStoreRegistry();
        registry.register(GeoPackageStoreFactory.TYPE, new GeoPackageStoreFactory());
        stores = new StoreManager(catalog, registry, new SecretReferences(new DataDirectory(dataDir).secrets()),
                new StoreContext(dataDir, crs));
        wfs = new WfsService(new FeatureTypeResolver(catalog, stores), crs, WfsSettings.defaults());
    }

    @AfterAll
    static void close() {
        stores.close();
    }

    @Test
    void capabilitiesListTheSampleTypesAndDeclareConformance() throws Exception {
        Document doc = xml(kvp("GetCapabilities"));
        assertThat(text(doc, "/wfs:WFS_Capabilities/@version")).isEqualTo("2.0.0");
        assertThat(text(doc, "count(//wfs:FeatureType)")).isEqualTo("5");
        assertThat(text(doc, "//wfs:FeatureType[wfs:Name='cvl:communes']/wfs:DefaultCRS"))
                .isEqualTo("urn:ogc:def:crs:EPSG::2154");
        assertThat(text(doc, "//wfs:FeatureType[wfs:Name='cvl:communes']/ows:WGS84BoundingBox/ows:LowerCorner"))
                .startsWith("-0.03");
        assertThat(text(doc, "//ows:Constraint[@name='ImplementsResultPaging']/ows:DefaultValue")).isEqualTo("TRUE");
        assertThat(text(doc, "//ows:Constraint[@name='ImplementsBasicWFS']/ows:DefaultValue")).isEqualTo("FALSE");
        assertThat(text(doc, "//fes:Constraint[@name='ImplementsSpatialFilter']/ows:DefaultValue")).isEqualTo("TRUE");
        assertThat(text(doc, "//ows:Operation[@name='GetFeature']//ows:Get/@*[local-name()='href']"))
                .isEqualTo(BASE + "/wfs");
    }

    @Test
    void capabilitiesSections() throws Exception {
        Document doc = xml(kvp("GetCapabilities", "sections", "FeatureTypeList"));
        assertThat(text(doc, "count(/wfs:WFS_Capabilities/*)")).isEqualTo("1");
        assertThat(text(doc, "count(//wfs:FeatureType)")).isEqualTo("5");
    }

    @Test
    void describeFeatureTypeIsAGmlApplicationSchema() throws Exception {
        Document doc = xml(kvp("DescribeFeatureType", "typeNames", "cvl:communes"));
        assertThat(text(doc, "/xs:schema/@targetNamespace")).isEqualTo("urn:crige:workspace:cvl");
        assertThat(text(doc, "/xs:schema/xs:element[@name='communes']/@substitutionGroup"))
                .isEqualTo("gml:AbstractFeature");
        String seq = "/xs:schema/xs:complexType[@name='communesType']/xs:complexContent/xs:extension"
                + "[@base='gml:AbstractFeatureType']/xs:sequence";
        assertThat(text(doc, seq + "/xs:element[@name='geom']/@type")).isEqualTo("gml:MultiSurfacePropertyType");
        assertThat(text(doc, seq + "/xs:element[@name='population']/@type")).isEqualTo("xs:int");
        assertThat(text(doc, seq + "/xs:element[@name='superficie_ha']/@type")).isEqualTo("xs:double");
    }

    @Test
    void getFeatureGmlWithPagingAndFilter() throws Exception {
        String filter = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo>"
                + "<fes:ValueReference>insee_dep</fes:ValueReference><fes:Literal>37</fes:Literal>"
                + "</fes:PropertyIsEqualTo></fes:Filter>";
        Document doc = xml(kvp("GetFeature", "typeNames", "cvl:communes", "filter", filter, "count", "3",
                "startIndex", "2", "sortBy", "nom DESC"));
        long matched = Long.parseLong(text(doc, "/wfs:FeatureCollection/@numberMatched"));
        assertThat(matched).isGreaterThan(100);
        assertThat(text(doc, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("3");
        assertThat(text(doc, "count(/wfs:FeatureCollection/wfs:member/cvl:communes)")).isEqualTo("3");
        assertThat(text(doc, "/wfs:FeatureCollection/@next")).contains("STARTINDEX=5").contains("COUNT=3");
        assertThat(text(doc, "/wfs:FeatureCollection/@previous")).contains("STARTINDEX=0");
        assertThat(text(doc, "//cvl:communes[1]/@gml:id")).startsWith("communes.");
        assertThat(text(doc, "//cvl:communes[1]/cvl:insee_dep")).isEqualTo("37");
        assertThat(text(doc, "//cvl:communes[1]/cvl:geom/gml:MultiSurface/@srsName"))
                .isEqualTo("urn:ogc:def:crs:EPSG::2154");
        String first = text(doc, "(//cvl:communes)[1]/cvl:nom");
        String second = text(doc, "(//cvl:communes)[2]/cvl:nom");
        assertThat(first.compareTo(second)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void getFeatureReprojectsTo4326LatitudeFirst() throws Exception {
        Document doc = xml(kvp("GetFeature", "typeNames", "cvl:communes", "count", "1", "srsName",
                "urn:ogc:def:crs:EPSG::4326", "propertyName", "geom,nom"));
        String pos = text(doc, "(//gml:posList)[1]");
        String[] ordinates = pos.split(" ");
        double lat = Double.parseDouble(ordinates[0]);
        double lon = Double.parseDouble(ordinates[1]);
        assertThat(lat).isBetween(46.0, 49.0);
        assertThat(lon).isBetween(-0.5, 3.5);
        assertThat(text(doc, "count(//cvl:communes/cvl:population)")).isEqualTo("0");
    }

    @Test
    void bboxHitsAndResourceIds() throws Exception {
        Document hits = xml(kvp("GetFeature", "typeNames", "cvl:communes", "resultType", "hits", "bbox",
                "47.3,0.6,47.45,0.8,urn:ogc:def:crs:EPSG::4326"));
        long matched = Long.parseLong(text(hits, "/wfs:FeatureCollection/@numberMatched"));
        assertThat(matched).isBetween(1L, 100L);
        assertThat(text(hits, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("0");
        assertThat(text(hits, "count(//wfs:member)")).isEqualTo("0");

        Document byIds = xml(kvp("GetFeature", "resourceId", "communes.1,communes.2"));
        assertThat(text(byIds, "count(//cvl:communes)")).isEqualTo("2");
        assertThat(text(byIds, "(//cvl:communes)[2]/@gml:id")).isEqualTo("communes.2");
    }

    @Test
    void getFeatureByIdAnswersTheBareFeature() throws Exception {
        Document doc = xml(kvp("GetFeature", "storedQuery_id", "urn:ogc:def:query:OGC-WFS::GetFeatureById",
                "id", "communes.1"));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("communes");
        assertThat(text(doc, "/cvl:communes/@gml:id")).isEqualTo("communes.1");
        assertThatThrownBy(() -> kvp("GetFeature", "storedQuery_id", "urn:ogc:def:query:OGC-WFS::GetFeatureById",
                "id", "communes.999999")).isInstanceOfSatisfying(OwsException.class,
                        e -> assertThat(e.code()).isEqualTo(OwsExceptionCode.NOT_FOUND));
    }

    @Test
    void getFeatureAsGeoJson() throws Exception {
        OwsResponse response = kvp("GetFeature", "typeNames", "cvl:trees", "count", "5", "outputFormat",
                "application/json");
        assertThat(response.contentType()).isEqualTo("application/json");
        JsonNode json = new ObjectMapper().readTree(body(response));
        assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(json.get("numberReturned").asLong()).isEqualTo(5);
        assertThat(json.get("features")).hasSize(5);
        JsonNode feature = json.get("features").get(0);
        assertThat(feature.get("id").asText()).startsWith("trees.");
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(json.get("crs").get("properties").get("name").asText()).isEqualTo("urn:ogc:def:crs:EPSG::2154");
        assertThat(json.get("links").get(0).get("rel").asText()).isEqualTo("next");
    }

    @Test
    void xmlPostGetFeature() throws Exception {
        String body = "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" count=\"2\" "
                + "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\" "
                + "xmlns:c=\"urn:crige:workspace:cvl\"><wfs:Query typeNames=\"c:communes\">"
                + "<fes:Filter><fes:PropertyIsLike wildCard=\"*\" singleChar=\".\" escapeChar=\"!\">"
                + "<fes:ValueReference>nom</fes:ValueReference><fes:Literal>Saint*</fes:Literal></fes:PropertyIsLike>"
                + "</fes:Filter><fes:SortBy><fes:SortProperty><fes:ValueReference>nom</fes:ValueReference>"
                + "</fes:SortProperty></fes:SortBy></wfs:Query></wfs:GetFeature>";
        OwsRequest request = new OwsRequest("WFS", "2.0.0", "GetFeature", KvpParameters.empty(),
                body.getBytes(StandardCharsets.UTF_8), null, BASE);
        Document doc = parse(body(wfs.operations().get("GetFeature").execute(request)));
        assertThat(text(doc, "count(//cvl:communes)")).isEqualTo("2");
        assertThat(text(doc, "(//cvl:communes)[1]/cvl:nom")).startsWith("Saint");
        assertThat(text(doc, "/wfs:FeatureCollection/@next")).isEmpty();
    }

    @Test
    void badRequestsGetTheRightCodes() {
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:nope"), "InvalidParameterValue", "typeNames");
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:communes", "count", "-1"), "InvalidParameterValue",
                "count");
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:communes", "startIndex", "x"), "InvalidParameterValue",
                "startIndex");
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:communes", "sortBy", "nope"), "InvalidParameterValue",
                "sortBy");
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:communes", "srsName", "EPSG:123456789"),
                "InvalidParameterValue", "srsName");
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:communes", "bbox", "1,2,3"), "InvalidParameterValue",
                "bbox");
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:communes", "filter", "<fes:Filter"),
                "OperationParsingFailed", "filter");
        assertCode(() -> kvp("GetFeature"), "MissingParameterValue", "typeNames");
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:communes", "outputFormat", "x/y"),
                "InvalidParameterValue", "outputFormat");
    }

    @Test
    void storedQueryDocuments() throws Exception {
        Document list = xml(kvp("ListStoredQueries"));
        assertThat(text(list, "/wfs:ListStoredQueriesResponse/wfs:StoredQuery/@id"))
                .isEqualTo("urn:ogc:def:query:OGC-WFS::GetFeatureById");
        assertThat(text(list, "count(//wfs:ReturnFeatureType)")).isEqualTo("5");
        Document described = xml(kvp("DescribeStoredQueries"));
        assertThat(text(described, "//wfs:StoredQueryDescription/wfs:Parameter/@name")).isEqualTo("ID");
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code,
            String locator) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OwsException.class, e -> {
            assertThat(e.code().name()).isEqualTo(code);
            assertThat(e.locator()).isEqualToIgnoringCase(locator);
        });
    }

    /** Runs a KVP request; the body is written too, as the dispatcher would. */
    private static OwsResponse kvp(String operation, String... params) throws IOException {
        KvpParameters.Builder b = KvpParameters.builder().add("SERVICE", "WFS").add("VERSION", "2.0.0")
                .add("REQUEST", operation);
        for (int i = 0; i < params.length; i += 2) {
            b.add(params[i], params[i + 1]);
        }
        OwsRequest request = new OwsRequest("WFS", "2.0.0", operation, b.build(), null, null, BASE);
        return wfs.operations().get(operation).execute(request);
    }

    private static byte[] body(OwsResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.body().writeTo(out);
        return out.toByteArray();
    }

    private static Document xml(OwsResponse response) throws Exception {
        return parse(body(response));
    }

    private static Document parse(byte[] bytes) throws Exception {
        return SecureXml.newDocumentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Document doc, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return NS.get(prefix);
            }

            public String getPrefix(String uri) {
                return null;
            }

            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return (String) xpath.evaluate(expression, doc, XPathConstants.STRING);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
