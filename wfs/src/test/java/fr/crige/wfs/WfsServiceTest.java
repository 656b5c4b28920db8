package fr.crige.wfs;

import static fr.crige.wfs.SampleWfs.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.xml.PrefixNamespaces;
import fr.crige.core.xml.SecureXml;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.ows.catalogue.DatasetMetadata;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import fr.crige.wfs.inspire.InspireExtendedCapabilities;
import fr.crige.wfs.inspire.InspireSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The WFS operations against the sample data directory (GeoPackage store cvl, workspace cvl), as the server
 * dispatches them.
 */
class WfsServiceTest extends AbstractSampleWfsTest {

    private static final String BASE = SampleWfs.BASE;
    private static final Map<String, String> NS = Map.of("wfs", Namespaces.WFS_2_0, "ows", Namespaces.OWS_1_1,
            "fes", Namespaces.FES_2_0, "gml", Namespaces.GML_3_2, "xs", Namespaces.XSD, "cvl",
            "urn:crige:workspace:cvl", "wfs11", Namespaces.WFS_1_1, "ows10", Namespaces.OWS_1_0, "gml31",
            Namespaces.GML_3_1, "ogc", Namespaces.OGC);

    private static WfsService wfs;

    @BeforeAll
    static void openService() {
        wfs = sample.service(WfsSettings.defaults());
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
        assertThat(text(doc, "//ows:Constraint[@name='ImplementsBasicWFS']/ows:DefaultValue")).isEqualTo("TRUE");
        assertThat(text(doc, "count(//ows:Operation[@name='GetPropertyValue'])")).isEqualTo("1");
        assertThat(text(doc, "//ows:Operation[@name='GetFeature']/ows:Parameter[@name='resolve']//ows:Value[2]"))
                .isEqualTo("local");
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
        assertThat(text(doc, seq + "/xs:element[@name='population']/@type")).isEqualTo("xs:integer");
        assertThat(text(doc, seq + "/xs:element[@name='superficie_ha']/@type")).isEqualTo("xs:double");
    }

    @Test
    void getFeatureGmlWithPagingAndFilter() throws Exception {
        String filter = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo>"
                + "<fes:ValueReference>insee_dep</fes:ValueReference><fes:Literal>37</fes:Literal>"
                + "</fes:PropertyIsEqualTo></fes:Filter>";
        Document doc = xml(kvp("GetFeature", "typeNames", "cvl:communes", "filter", filter, "count", "3",
                "startIndex", "2", "sortBy", "nom DESC"));
        assertThat(text(doc, "/wfs:FeatureCollection/@numberMatched")).as("not counted by default")
                .isEqualTo("unknown");
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
    void kvpTypeNamesResolveThroughNamespaces() throws Exception {
        Document doc = xml(kvp("GetFeature", "typeNames", "x:communes", "namespaces",
                "xmlns(xml,http://www.w3.org/XML/1998/namespace),xmlns(x,urn:crige:workspace:cvl)", "count", "1"));
        assertThat(text(doc, "count(//cvl:communes)")).isEqualTo("1");
        assertCode(() -> kvp("GetFeature", "typeNames", "x:communes", "namespaces", "xmlns(x,urn:other)"),
                "InvalidParameterValue", "typeNames");
        assertCode(() -> kvp("GetFeature", "typeNames", "communes", "namespaces", "x=urn:other"),
                "InvalidParameterValue", "namespaces");
    }

    @Test
    void resourceIdsOfAnotherTypeAreRefusedAndUnknownOnesMatchNothing() throws Exception {
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:trees", "resourceId", "communes.1"),
                "InvalidParameterValue", "resourceId");
        Document none = xml(kvp("GetFeature", "typeNames", "cvl:trees", "resourceId", "test-1234"));
        assertThat(text(none, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("0");
        Document two = xml(kvp("GetFeature", "resourceId", "communes.1,trees.1"));
        assertThat(text(two, "count(//cvl:communes) + count(//cvl:trees)")).isEqualTo("2");
    }

    @Test
    void getFeatureByIdOfAnUnknownIdIsNotFound() {
        for (String id : new String[] {"uuid-0001", "nope.1"}) {
            assertCode(() -> kvp("GetFeature", "storedQuery_id", "urn:ogc:def:query:OGC-WFS::GetFeatureById",
                    "id", id), "NotFound", "ID");
        }
    }

    @Test
    void gmlStandardPropertiesInFilters() throws Exception {
        String isNull = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsNull>"
                + "<fes:ValueReference xmlns:gml=\"http://www.opengis.net/gml/3.2\">gml:name</fes:ValueReference>"
                + "</fes:PropertyIsNull></fes:Filter>";
        Document all = xml(kvp("GetFeature", "typeNames", "cvl:trees", "resultType", "hits", "filter", isNull));
        Document plain = xml(kvp("GetFeature", "typeNames", "cvl:trees", "resultType", "hits"));
        assertThat(text(all, "/wfs:FeatureCollection/@numberMatched"))
                .isEqualTo(text(plain, "/wfs:FeatureCollection/@numberMatched"));
        String boundedBy = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo>"
                + "<fes:ValueReference xmlns:gml=\"http://www.opengis.net/gml/3.2\">gml:boundedBy</fes:ValueReference>"
                + "<fes:Literal>1</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:trees", "filter", boundedBy),
                "OperationProcessingFailed", "filter");
    }

    @Test
    void getPropertyValueAnswersAValueCollection() throws Exception {
        Document names = xml(kvp("GetPropertyValue", "typeNames", "cvl:communes", "valueReference", "cvl:nom",
                "count", "3", "sortBy", "nom"));
        assertThat(names.getDocumentElement().getLocalName()).isEqualTo("ValueCollection");
        assertThat(text(names, "/wfs:ValueCollection/@numberReturned")).isEqualTo("3");
        assertThat(text(names, "count(/wfs:ValueCollection/wfs:member)")).isEqualTo("3");
        assertThat(text(names, "/wfs:ValueCollection/wfs:member[1]")).isNotBlank();
        Document ids = xml(kvp("GetPropertyValue", "typeNames", "cvl:trees", "valueReference", "@gml:id",
                "count", "2"));
        assertThat(text(ids, "/wfs:ValueCollection/wfs:member[1]")).startsWith("trees.");
        Document geometries = xml(kvp("GetPropertyValue", "typeNames", "cvl:trees", "valueReference", "geom",
                "count", "1"));
        assertThat(text(geometries, "count(/wfs:ValueCollection/wfs:member/gml:Point)")).isEqualTo("1");
        assertCode(() -> kvp("GetPropertyValue", "typeNames", "cvl:trees", "valueReference", ""),
                "InvalidParameterValue", "valueReference");
        assertCode(() -> kvp("GetPropertyValue", "typeNames", "cvl:trees", "valueReference", "nope"),
                "InvalidParameterValue", "valueReference");
        assertCode(() -> kvp("GetPropertyValue", "typeNames", "cvl:trees"), "MissingParameterValue",
                "valueReference");
    }

    @Test
    void wfs11CapabilitiesSchemaAndGml311Features() throws Exception {
        Document caps = xml(kvp11("GetCapabilities"));
        assertThat(text(caps, "/wfs11:WFS_Capabilities/@version")).isEqualTo("1.1.0");
        assertThat(text(caps, "//wfs11:FeatureType[wfs11:Name='cvl:communes']/wfs11:DefaultSRS"))
                .isEqualTo("urn:ogc:def:crs:EPSG::2154");
        assertThat(text(caps, "//wfs11:FeatureType[wfs11:Name='cvl:communes']/wfs11:OutputFormats/wfs11:Format[1]"))
                .isEqualTo("text/xml; subtype=gml/3.1.1");
        assertThat(text(caps, "count(//ows10:Operation[@name='GetFeature'])")).isEqualTo("1");
        assertThat(text(caps, "count(//ogc:Filter_Capabilities/ogc:Id_Capabilities/ogc:FID)")).isEqualTo("1");

        Document schema = xml(kvp11("DescribeFeatureType", "typeName", "cvl:trees"));
        assertThat(text(schema, "/xs:schema/xs:import/@namespace")).isEqualTo(Namespaces.GML_3_1);
        assertThat(text(schema, "/xs:schema/xs:element[@name='trees']/@substitutionGroup")).isEqualTo("gml:_Feature");

        OwsResponse response = kvp11("GetFeature", "typeName", "cvl:trees", "maxFeatures", "3", "srsName",
                "EPSG:4326");
        assertThat(response.contentType()).startsWith("text/xml; subtype=gml/3.1.1");
        Document features = xml(response);
        assertThat(text(features, "/wfs11:FeatureCollection/@numberOfFeatures")).isEqualTo("3");
        assertThat(text(features, "count(/wfs11:FeatureCollection/gml31:featureMember/cvl:trees)")).isEqualTo("3");
        assertThat(text(features, "(//gml31:Point)[1]/@srsName")).isEqualTo("EPSG:4326");
        String[] pos = text(features, "(//gml31:Point/gml31:pos)[1]").split(" ");
        assertThat(Double.parseDouble(pos[0])).as("WFS 1.1 EPSG:4326 is longitude first").isBetween(-0.5, 3.5);

        Document hits = xml(kvp11("GetFeature", "typeName", "n:communes", "namespace",
                "xmlns(n=urn:crige:workspace:cvl)", "resultType", "hits", "featureId", "communes.1,communes.2"));
        assertThat(text(hits, "/wfs11:FeatureCollection/@numberOfFeatures")).isEqualTo("2");
        assertCode(() -> kvp11("GetPropertyValue", "typeNames", "cvl:trees", "valueReference", "id"),
                "OperationNotSupported", "request");
    }

    @Test
    void wfs11XmlPostWithFilterEncoding11() throws Exception {
        String body = "<wfs:GetFeature service=\"WFS\" version=\"1.1.0\" maxFeatures=\"5\" "
                + "xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:ogc=\"http://www.opengis.net/ogc\" "
                + "xmlns:gml=\"http://www.opengis.net/gml\" xmlns:c=\"urn:crige:workspace:cvl\">"
                + "<wfs:Query typeName=\"c:communes\"><ogc:Filter><ogc:PropertyIsGreaterThan>"
                + "<ogc:PropertyName>c:population</ogc:PropertyName><ogc:Literal>10000</ogc:Literal>"
                + "</ogc:PropertyIsGreaterThan></ogc:Filter></wfs:Query></wfs:GetFeature>";
        OwsRequest request = new OwsRequest("WFS", "1.1.0", "GetFeature", KvpParameters.empty(),
                body.getBytes(StandardCharsets.UTF_8), null, BASE);
        Document doc = parse(body(wfs.operations().get("GetFeature").execute(request)));
        assertThat(text(doc, "count(//cvl:communes)")).isEqualTo("5");
        assertThat(Long.parseLong(text(doc, "(//cvl:communes/cvl:population)[1]"))).isGreaterThan(10000);
        assertThat(wfs.exceptionReportFormat("1.1.0").encoding().namespace()).isEqualTo(Namespaces.OWS_1_0);
    }

    @Test
    void csvOutputHasAHeaderAndOneRowPerFeature() throws Exception {
        OwsResponse response = kvp("GetFeature", "typeNames", "cvl:trees", "count", "3", "outputFormat", "csv",
                "sortBy", "id");
        assertThat(response.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(response.headers().get("Content-Disposition")).isEqualTo("attachment; filename=\"trees.csv\"");
        String[] lines = new String(body(response), StandardCharsets.UTF_8).split("\r?\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("FID,geom,id,");
        assertThat(lines[1]).startsWith("trees.").contains("POINT (");
        assertCode(() -> kvp("GetFeature", "typeNames", "cvl:trees,cvl:roads", "outputFormat", "csv"),
                "InvalidParameterValue", "outputFormat");
    }

    @Test
    void shapefileOutputIsAZipOfTheFiveFiles() throws Exception {
        OwsResponse response = kvp("GetFeature", "typeNames", "cvl:trees", "count", "7", "outputFormat",
                "SHAPE-ZIP");
        assertThat(response.contentType()).isEqualTo("application/zip");
        Map<String, byte[]> entries = unzip(body(response));
        assertThat(entries.keySet()).containsExactlyInAnyOrder("trees.shp", "trees.shx", "trees.dbf", "trees.cpg",
                "trees.prj");
        java.nio.ByteBuffer shp = java.nio.ByteBuffer.wrap(entries.get("trees.shp"));
        assertThat(shp.getInt(0)).isEqualTo(9994);
        assertThat(shp.getInt(24) * 2).isEqualTo(entries.get("trees.shp").length);
        shp.order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertThat(shp.getInt(32)).as("point shapes").isEqualTo(1);
        assertThat(entries.get("trees.shx")).hasSize(100 + 7 * 8);
        java.nio.ByteBuffer dbf = java.nio.ByteBuffer.wrap(entries.get("trees.dbf")).order(
                java.nio.ByteOrder.LITTLE_ENDIAN);
        assertThat(dbf.getInt(4)).as("dBASE records").isEqualTo(7);
        assertThat(new String(entries.get("trees.cpg"), StandardCharsets.US_ASCII)).isEqualTo("UTF-8");
        assertThat(new String(entries.get("trees.prj"), StandardCharsets.US_ASCII)).startsWith("PROJCS[")
                .contains("Lambert");
    }

    @Test
    void geoPackageOutputHoldsOneTablePerType(@TempDir Path dir) throws Exception {
        OwsResponse response = kvp("GetFeature", "typeNames", "cvl:communes,cvl:trees", "count", "12",
                "outputFormat", "gpkg");
        assertThat(response.contentType()).isEqualTo("application/geopackage+sqlite3");
        Path file = dir.resolve("out.gpkg");
        Files.write(file, body(response));
        mil.nga.geopackage.GeoPackage gpkg = mil.nga.geopackage.GeoPackageManager.open(file.toFile());
        try {
            assertThat(gpkg.getFeatureTables()).containsExactly("communes", "trees");
            assertThat(gpkg.getFeatureDao("communes").count()).isEqualTo(12);
            assertThat(gpkg.getFeatureDao("trees").count()).isZero();
            mil.nga.geopackage.features.user.FeatureRow row = gpkg.getFeatureDao("communes").queryForIdRow(1);
            assertThat(row.getGeometry().getGeometry().getGeometryType().getName()).isEqualTo("MULTIPOLYGON");
            assertThat(row.getValue("nom")).isInstanceOf(String.class);
            assertThat(gpkg.getFeatureDao("communes").getSrsId()).isEqualTo(2154);
            assertThat(new mil.nga.geopackage.extension.rtree.RTreeIndexExtension(gpkg).has("communes")).isTrue();
        } finally {
            gpkg.close();
        }
    }

    @Test
    void inspireDownloadServiceDeclarations() throws Exception {
        InspireSettings inspire = new InspireSettings("https://catalogue.example.fr/csw?id=service", "fre",
                List.of("eng"), Map.of("cvl:communes", new DatasetMetadata(
                        "https://catalogue.example.fr/csw?id=communes", "communes-cvl", "https://data.example.fr")));
        WfsService service = new WfsService(sample.resolver, sample.crs, WfsSettings.defaults().withInspire(inspire));
        Map<String, String> ns = new java.util.HashMap<>(NS);
        ns.put("dls", InspireExtendedCapabilities.DLS);
        ns.put("common", InspireExtendedCapabilities.COMMON);
        Document caps = parse(body(service.operations().get("GetCapabilities").execute(new OwsRequest("WFS", "2.0.0",
                "GetCapabilities", KvpParameters.builder().add("SERVICE", "WFS").add("LANGUAGE", "eng").build(),
                null, null, BASE))));
        String ext = "/wfs:WFS_Capabilities/ows:OperationsMetadata/ows:ExtendedCapabilities/dls:ExtendedCapabilities";
        assertThat(text(caps, ext + "/common:MetadataUrl/common:URL", ns))
                .isEqualTo("https://catalogue.example.fr/csw?id=service");
        assertThat(text(caps, ext + "/common:SupportedLanguages/common:DefaultLanguage/common:Language", ns))
                .isEqualTo("fre");
        assertThat(text(caps, ext + "/common:ResponseLanguage/common:Language", ns)).isEqualTo("eng");
        assertThat(text(caps, ext + "/dls:SpatialDataSetIdentifier/common:Code", ns)).isEqualTo("communes-cvl");
        assertThat(text(caps, "count(" + ext + "/dls:SpatialDataSetIdentifier)", ns)).isEqualTo("1");
        assertThat(text(caps, "//wfs:FeatureType[wfs:Name='cvl:communes']/wfs:MetadataURL/@*[local-name()='href']",
                ns)).isEqualTo("https://catalogue.example.fr/csw?id=communes");
        assertThat(text(caps, "count(//wfs:FeatureType[wfs:Name='cvl:trees']/wfs:MetadataURL)", ns)).isEqualTo("0");
        Document plain = xml(kvp("GetCapabilities"));
        assertThat(text(plain, "count(//ows:ExtendedCapabilities)")).isEqualTo("0");
    }

    @Test
    void catalogueLinksGiveTheDataSetIdentifiersTheSettingsDoNotDeclare() throws Exception {
        InspireSettings inspire = new InspireSettings("{base}/csw?id=service", "fre", List.of("eng"),
                Map.of("cvl:communes", new DatasetMetadata("https://catalogue.example.fr/csw?id=communes",
                        "communes-cvl", "https://data.example.fr")));
        MetadataRecordLinks catalogue = new MetadataRecordLinks() {
            @Override
            public java.util.Optional<String> recordUrl(FeatureTypeInfo type, OwsRequest request) {
                return java.util.Optional.of(request.baseUrl() + "/csw?id=" + type.name());
            }

            @Override
            public java.util.Optional<DatasetMetadata> dataset(FeatureTypeInfo type, OwsRequest request) {
                return recordUrl(type, request).map(url -> new DatasetMetadata(url, type.qualifiedName(),
                        "urn:crige:workspace:" + type.workspace()));
            }
        };
        WfsService service = new WfsService(sample.resolver, sample.crs, WfsSettings.defaults().withInspire(inspire),
                catalogue);
        Map<String, String> ns = new java.util.HashMap<>(NS);
        ns.put("dls", InspireExtendedCapabilities.DLS);
        ns.put("common", InspireExtendedCapabilities.COMMON);
        Document caps = parse(body(service.operations().get("GetCapabilities").execute(new OwsRequest("WFS", "2.0.0",
                "GetCapabilities", KvpParameters.builder().add("SERVICE", "WFS").build(), null, null, BASE))));

        String ext = "/wfs:WFS_Capabilities/ows:OperationsMetadata/ows:ExtendedCapabilities/dls:ExtendedCapabilities";
        assertThat(text(caps, ext + "/common:MetadataUrl/common:URL", ns)).isEqualTo(BASE + "/csw?id=service");
        assertThat(text(caps, ext + "/dls:SpatialDataSetIdentifier[common:Code='communes-cvl']/@metadataURL", ns))
                .as("the settings win").isEqualTo("https://catalogue.example.fr/csw?id=communes");
        assertThat(text(caps, ext + "/dls:SpatialDataSetIdentifier[common:Code='cvl:trees']/common:Namespace", ns))
                .isEqualTo("urn:crige:workspace:cvl");
    }

    @Test
    void limitsCapResponsesAndRefuseLongFilters() throws Exception {
        WfsService limited = new WfsService(sample.resolver, sample.crs, WfsSettings.defaults().withLimits(4, 200));
        OwsRequest request = new OwsRequest("WFS", "2.0.0", "GetFeature", KvpParameters.builder()
                .add("SERVICE", "WFS").add("TYPENAMES", "cvl:trees").add("COUNT", "50").build(), null, null, BASE);
        Document page = parse(body(limited.operations().get("GetFeature").execute(request)));
        assertThat(text(page, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("4");
        assertThat(text(page, "/wfs:FeatureCollection/@next")).contains("STARTINDEX=4").contains("COUNT=4");
        String longFilter = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo>"
                + "<fes:ValueReference>nom</fes:ValueReference><fes:Literal>" + "x".repeat(300)
                + "</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
        OwsRequest filtered = new OwsRequest("WFS", "2.0.0", "GetFeature", KvpParameters.builder()
                .add("SERVICE", "WFS").add("TYPENAMES", "cvl:communes").add("FILTER", longFilter).build(), null,
                null, BASE);
        assertThatThrownBy(() -> limited.operations().get("GetFeature").execute(filtered))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.INVALID_PARAMETER_VALUE);
                    assertThat(e.locator()).isEqualTo("filter");
                });
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

    /** Runs a WFS 2.0.0 KVP request. */
    private static OwsResponse kvp(String operation, String... params) throws IOException {
        return execute(SampleWfs.kvp("2.0.0", operation, params));
    }

    /** Runs a WFS 1.1.0 KVP request. */
    private static OwsResponse kvp11(String operation, String... params) throws IOException {
        return execute(SampleWfs.kvp("1.1.0", operation, params));
    }

    private static OwsResponse execute(OwsRequest request) throws IOException {
        return wfs.operations().get(request.request()).execute(request);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Document xml(OwsResponse response) throws Exception {
        return parse(body(response));
    }

    private static Document parse(byte[] bytes) throws Exception {
        return SecureXml.newDocumentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Document doc, String expression) throws Exception {
        return text(doc, expression, NS);
    }

    private static String text(Document doc, String expression, Map<String, String> namespaces) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new PrefixNamespaces(namespaces));
        return (String) xpath.evaluate(expression, doc, XPathConstants.STRING);
    }
}
