package fr.crige.wms;

import static fr.crige.wms.WmsTestSupport.assertCode;
import static fr.crige.wms.WmsTestSupport.body;
import static fr.crige.wms.WmsTestSupport.countNotWhite;
import static fr.crige.wms.WmsTestSupport.difference;
import static fr.crige.wms.WmsTestSupport.text;
import static fr.crige.wms.WmsTestSupport.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.StoreManager;
import fr.crige.core.xml.OfficialSchemas;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The WMS operations against the sample data directory (GeoPackage store cvl, workspace cvl), as the server
 * dispatches them. Rendered maps are compared with reference images committed under
 * {@code src/test/resources/reference}; the actual images are written to {@code target/rendered} for review.
 */
class WmsServiceTest {

    private static final String BASE = "http://localhost:8080";
    /** Lambert-93 extent around Tours. */
    private static final String TOURS_2154 = "515000,6688000,535000,6703000";

    @TempDir
    static Path dataDir;
    private static StoreManager stores;
    private static WmsService wms;
    private static WmsService inspireWms;

    @BeforeAll
    static void openSampleData() throws IOException {
        WmsTestSupport.copy(Path.of("../data-dir"), dataDir);
        // every rule of the trees style within 1:1,000 - 1:5,000,000, for the scale hints of the capabilities
        Path trees = dataDir.resolve("styles/trees.sld");
        Files.writeString(trees, Files.readString(trees).replace("<Rule>", "<Rule><MinScaleDenominator>1000"
                + "</MinScaleDenominator><MaxScaleDenominator>5000000</MaxScaleDenominator>"));
        SisCrsService crs = new SisCrsService();
        DefaultCatalog catalog = new DefaultCatalog();
        assertThat(DataDirectory.load(dataDir, catalog)).isEmpty();
        stores = WmsTestSupport.geoPackageStores(dataDir, catalog, crs);
        wms = new WmsService(catalog, stores, crs, WmsSettings.defaults());
        inspireWms = new WmsService(catalog, stores, crs, WmsSettings.defaults()
                .withInspire(InspireSettings.french("{base}/csw?service=CSW&request=GetRecordById&id=wms"))
                .withMetadataUrlTemplate("{base}/csw?service=CSW&request=GetRecords&layer={layer}"));
    }

    @AfterAll
    static void close() {
        stores.close();
    }

    @Test
    void capabilities130ListLayersWithBoxesInTheRightAxisOrder() throws Exception {
        Response r = call("1.3.0", null, "GetCapabilities");
        assertThat(r.contentType()).isEqualTo("text/xml");
        Document doc = xml(r.body());
        assertThat(text(doc, "/wms:WMS_Capabilities/@version")).isEqualTo("1.3.0");
        // heat_zones, trees and the sample group fond_de_plan, which holds communes, departements and roads
        assertThat(text(doc, "count(/wms:WMS_Capabilities/wms:Capability/wms:Layer/wms:Layer)")).isEqualTo("3");
        String communes = "//wms:Layer[wms:Name='cvl:communes']";
        assertThat(text(doc, communes + "/@queryable")).isEqualTo("1");
        assertThat(text(doc, communes + "/wms:Title")).isNotEmpty();
        assertThat(text(doc, "/wms:WMS_Capabilities/wms:Capability/wms:Layer/wms:CRS[.='EPSG:2154']"))
                .isEqualTo("EPSG:2154");
        double west = Double.parseDouble(text(doc, communes + "/wms:EX_GeographicBoundingBox/wms:westBoundLongitude"));
        assertThat(west).isBetween(-1.0, 0.0);
        // EPSG:4326 is latitude first in WMS 1.3.0: minx holds a latitude
        double minx4326 = Double.parseDouble(text(doc, communes + "/wms:BoundingBox[@CRS='EPSG:4326']/@minx"));
        assertThat(minx4326).isBetween(46.0, 47.0);
        assertThat(Double.parseDouble(text(doc, communes + "/wms:BoundingBox[@CRS='EPSG:2154']/@minx")))
                .isGreaterThan(400000);
        assertThat(text(doc, communes + "/wms:Style/wms:Name")).isEqualTo("communes");
        assertThat(text(doc, communes + "/wms:Style/wms:LegendURL/wms:OnlineResource/@*[local-name()='href']"))
                .startsWith(BASE + "/wms?").contains("request=GetLegendGraphic").contains("layer=cvl%3Acommunes");
        assertThat(text(doc, "//wms:GetMap/wms:Format[.='image/png']")).isEqualTo("image/png");
        assertThat(text(doc, "//wms:Service/wms:MaxWidth")).isEqualTo("8192");
    }

    @Test
    void capabilities130DeclareSldOperationsScaleRangesCatalogueRecordsAndInspireExtensions() throws Exception {
        Document plain = xml(call("1.3.0", null, "GetCapabilities").body());
        assertThat(text(plain, "//wms:Request/sld:GetLegendGraphic/wms:Format[1]")).isEqualTo("image/png");
        assertThat(text(plain, "//wms:Request/sld:DescribeLayer/wms:DCPType/wms:HTTP/wms:Get/wms:OnlineResource"
                + "/@*[local-name()='href']")).isEqualTo(BASE + "/wms?");
        assertThat(text(plain, "count(//inspire_vs:ExtendedCapabilities)")).isEqualTo("0");
        assertThat(text(plain, "count(//wms:MetadataURL)")).isEqualTo("0");
        assertThat(text(plain, "//wms:Layer[wms:Name='cvl:trees']/wms:MinScaleDenominator")).isEqualTo("1000");
        assertThat(text(plain, "//wms:Layer[wms:Name='cvl:trees']/wms:MaxScaleDenominator")).isEqualTo("5000000");
        // roads.sld has rules without bounds besides its 1:100,000 and 1:400,000 ones
        assertThat(text(plain, "count(//wms:Layer[wms:Name='cvl:roads']/wms:MaxScaleDenominator)")).isEqualTo("0");

        OwsResponse r = inspireWms.operation("GetCapabilities").orElseThrow().getValue()
                .execute(new OwsRequest("WMS", "1.3.0", "GetCapabilities", KvpParameters.empty(), null, null, BASE));
        Document doc = xml(body(r));
        String ext = "/wms:WMS_Capabilities/wms:Capability/inspire_vs:ExtendedCapabilities";
        assertThat(text(doc, ext + "/inspire_common:MetadataUrl/inspire_common:URL"))
                .isEqualTo(BASE + "/csw?service=CSW&request=GetRecordById&id=wms");
        assertThat(text(doc, ext + "/inspire_common:SupportedLanguages/inspire_common:DefaultLanguage"
                + "/inspire_common:Language")).isEqualTo("fre");
        assertThat(text(doc, ext + "/inspire_common:SupportedLanguages/inspire_common:SupportedLanguage"
                + "/inspire_common:Language")).isEqualTo("eng");
        assertThat(text(doc, ext + "/inspire_common:ResponseLanguage/inspire_common:Language")).isEqualTo("fre");
        // the schema orders the extension after Exception and before the layers
        assertThat(text(doc, "name(" + ext + "/preceding-sibling::*[1])")).isEqualTo("Exception");
        String roads = "//wms:Layer[wms:Name='cvl:roads']";
        assertThat(text(doc, roads + "/wms:MetadataURL/@type")).isEqualTo("ISO19115:2003");
        assertThat(text(doc, roads + "/wms:MetadataURL/wms:OnlineResource/@*[local-name()='href']"))
                .isEqualTo(BASE + "/csw?service=CSW&request=GetRecords&layer=cvl%3Aroads");
        assertThat(text(doc, "name(" + roads + "/wms:MetadataURL/following-sibling::*[1])")).isEqualTo("Style");
        // the INSPIRE schemas are not among the bundled official ones and the validator is strict, not lax: it
        // reports the extension as unknown content; nothing else may be wrong
        List<String> problems = OfficialSchemas.validator(OfficialSchemas.WMS_130,
                "http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd").validate(body(r));
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).contains("inspire"));
    }

    @Test
    void capabilities111DeclareDescribeLayerAndScaleHints() throws Exception {
        String body = new String(call("1.1.1", "cvl", "GetCapabilities").body(), StandardCharsets.UTF_8);
        Document doc = xml(body.replaceFirst("<!DOCTYPE[^>]*>", "").getBytes(StandardCharsets.UTF_8));
        assertThat(text(doc, "//Request/DescribeLayer/Format")).isEqualTo("application/vnd.ogc.wms_xml");
        assertThat(text(doc, "//Request/GetLegendGraphic/Format[1]")).isEqualTo("image/png");
        assertThat(text(doc, "//Capability/UserDefinedSymbolization/@UserStyle")).isEqualTo("1");
        double max = Double.parseDouble(text(doc, "//Layer[Name='trees']/ScaleHint/@max"));
        assertThat(max).isCloseTo(5000000 * 0.00028 * Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(text(doc, "count(//Layer[Name='roads']/ScaleHint)")).isEqualTo("0");
    }

    @Test
    void describeLayerPointsToTheWfsFeatureType() throws Exception {
        OwsResponse v111 = execute("1.1.1", "cvl", "DescribeLayer", KvpParameters.builder()
                .add("LAYERS", "communes,roads").build());
        assertThat(v111.contentType()).isEqualTo("application/vnd.ogc.wms_xml");
        String body = new String(body(v111), StandardCharsets.UTF_8);
        Document doc = xml(body.replaceFirst("<!DOCTYPE[^>]*>", "").getBytes(StandardCharsets.UTF_8));
        assertThat(text(doc, "count(/WMS_DescribeLayerResponse/LayerDescription)")).isEqualTo("2");
        assertThat(text(doc, "//LayerDescription[@name='roads']/@wfs")).isEqualTo(BASE + "/cvl/wfs?");
        assertThat(text(doc, "//LayerDescription[@name='roads']/Query/@typeName")).isEqualTo("cvl:roads");

        Document v130 = xml(body(execute("1.3.0", null, "DescribeLayer", KvpParameters.builder()
                .add("LAYERS", "cvl:trees").build())));
        assertThat(text(v130, "/sld:DescribeLayerResponse/sld:LayerDescription/sld:TypeName/se:FeatureTypeName"))
                .isEqualTo("cvl:trees");
        assertThat(text(v130, "//sld:LayerDescription/sld:owsType")).isEqualTo("wfs");
        assertCode(() -> execute("1.1.1", null, "DescribeLayer", KvpParameters.builder()
                .add("LAYERS", "cvl:nope").build()), "LayerNotDefined");
    }

    @Test
    void capabilities111UseLongitudeFirstAndTheVirtualServiceNamesLayersWithoutPrefix() throws Exception {
        Response r = call("1.1.1", "cvl", "GetCapabilities");
        assertThat(r.contentType()).isEqualTo("application/vnd.ogc.wms_xml");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("<!DOCTYPE WMT_MS_Capabilities").contains("<Name>communes</Name>")
                .doesNotContain("<Name>cvl:communes</Name>").contains(BASE + "/cvl/wms?");
        Document doc = xml(body.replaceFirst("<!DOCTYPE[^>]*>", "").getBytes(StandardCharsets.UTF_8));
        double minx = Double.parseDouble(text(doc, "//Layer[Name='communes']/BoundingBox[@SRS='EPSG:4326']/@minx"));
        assertThat(minx).isBetween(-1.0, 0.0);
        assertThat(text(doc, "//Layer[Name='communes']/LatLonBoundingBox/@miny")).startsWith("46.");
    }

    @Test
    void getMapDrawsTheStyledCommunesAsInTheReference() throws Exception {
        BufferedImage image = map("1.3.0", "cvl:communes,cvl:roads", "", "EPSG:2154", TOURS_2154, 256, 192,
                "image/png");
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(192);
        assertMatchesReference(image, "communes-roads-tours-2154.png");
    }

    @Test
    void getMapReprojectsToWebMercatorAndUsesTheLatLonOrderOf4326() throws Exception {
        BufferedImage mercator = map("1.3.0", "cvl:departements", "", "EPSG:3857",
                "-30000,5830000,380000,6270000", 200, 200, "image/png");
        assertMatchesReference(mercator, "departements-3857.png");
        // the same area in EPSG:4326, latitude first in 1.3.0, longitude first in 1.1.1
        BufferedImage latLon = map("1.3.0", "cvl:departements", "", "EPSG:4326", "46.3,-0.1,48.95,3.15", 100, 100,
                "image/png");
        BufferedImage lonLat = map("1.1.1", "cvl:departements", "", "EPSG:4326", "-0.1,46.3,3.15,48.95", 100, 100,
                "image/png");
        assertThat(difference(latLon, lonLat)).isLessThan(0.001);
        assertThat(countNotWhite(latLon)).isGreaterThan(200);
    }

    @Test
    void getMapTransparentPng8AndJpeg() throws Exception {
        OwsResponse png8 = execute("1.3.0", null, "GetMap", params("cvl:heat_zones", "", "EPSG:2154", TOURS_2154,
                128, 96, "image/png8", "TRANSPARENT", "TRUE"));
        byte[] bytes = body(png8);
        assertThat(bytes[25]).as("PNG colour type: indexed").isEqualTo((byte) 3);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(new Color(image.getRGB(0, 0), true).getAlpha()).isZero();

        BufferedImage jpeg = map("1.3.0", "cvl:trees", "", "EPSG:2154", TOURS_2154, 64, 48, "image/jpeg",
                "BGCOLOR", "0x000080");
        Color corner = new Color(jpeg.getRGB(0, 0));
        assertThat(corner.getBlue()).isGreaterThan(100);
        assertThat(corner.getRed()).isLessThan(30);
    }

    @Test
    void getMapErrorsCarryTheWmsCodes() {
        assertCode(() -> map("1.3.0", "cvl:nothing", "", "EPSG:2154", TOURS_2154, 10, 10, "image/png"),
                "LayerNotDefined");
        assertCode(() -> map("1.3.0", "cvl:communes", "roads_bold", "EPSG:2154", TOURS_2154, 10, 10, "image/png"),
                "StyleNotDefined");
        assertCode(() -> map("1.3.0", "cvl:communes", "", "EPSG:999999", TOURS_2154, 10, 10, "image/png"),
                "InvalidCRS");
        assertCode(() -> map("1.1.1", "cvl:communes", "", "EPSG:999999", TOURS_2154, 10, 10, "image/png"),
                "InvalidSRS");
        assertCode(() -> map("1.3.0", "cvl:communes", "", "EPSG:2154", TOURS_2154, 10, 10, "image/gif"),
                "InvalidFormat");
        assertCode(() -> map("1.3.0", "cvl:communes", "", "EPSG:2154", "535000,6688000,515000,6703000", 10, 10,
                "image/png"), "InvalidParameterValue");
        assertCode(() -> map("1.3.0", "cvl:communes", "", "EPSG:2154", TOURS_2154, 100000, 100000, "image/png"),
                "InvalidParameterValue");
        assertCode(() -> execute("1.3.0", null, "GetMap", KvpParameters.builder().add("LAYERS", "cvl:communes")
                .add("FORMAT", "image/png").build()), "MissingParameterValue");
        assertCode(() -> map("1.3.0", "cvl:communes", "", "EPSG:2154", TOURS_2154, 10, 10, "image/png", "SLD_BODY",
                "<StyledLayerDescriptor><NamedLayer>"), "InvalidParameterValue");
    }

    @Test
    void hugeRequestsAreRefusedAtOnce() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> map("1.3.0", "cvl:communes", "", "EPSG:2154", TOURS_2154, 100000, 100000,
                "image/png")).isInstanceOf(OwsException.class).hasMessageContaining("WIDTH must be between 1 and 8192");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void mapsBeyondTheMemoryLimitAreRefusedBeforeDrawing() {
        // within the 8192 px size limits, but 8192 x 8192 x 5 bytes is more than the 160 MiB allowed by default
        long start = System.nanoTime();
        assertThatThrownBy(() -> map("1.3.0", "cvl:communes", "", "EPSG:2154", TOURS_2154, 8192, 8192,
                "image/png")).isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code().name()).isEqualTo("InvalidParameterValue");
                    assertThat(e.getMessage()).contains("needs more memory");
                });
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        assertThat(WmsSettings.defaults().fitsInMemory(8192, 4096)).isTrue();
        assertThat(WmsSettings.defaults().fitsInMemory(8192, 4097)).isFalse();
    }

    @Test
    void errorsDrawnInImageOrBlankWhenAsked() throws Exception {
        BufferedImage inImage = map("1.3.0", "cvl:nothing", "", "EPSG:2154", TOURS_2154, 300, 60, "image/png",
                "EXCEPTIONS", "INIMAGE");
        assertThat(countNotWhite(inImage)).isGreaterThan(20);
        BufferedImage blank = map("1.3.0", "cvl:nothing", "", "EPSG:2154", TOURS_2154, 300, 60, "image/png",
                "EXCEPTIONS", "BLANK");
        assertThat(countNotWhite(blank)).isZero();
    }

    @Test
    void sldBodyRestylesALayer() throws Exception {
        String sld = "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"><NamedLayer>"
                + "<Name>cvl:communes</Name><UserStyle><FeatureTypeStyle><Rule><PolygonSymbolizer><Fill>"
                + "<CssParameter name=\"fill\">#ff0000</CssParameter></Fill></PolygonSymbolizer></Rule>"
                + "</FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
        BufferedImage image = map("1.3.0", "cvl:communes", "", "EPSG:2154", TOURS_2154, 40, 30, "image/png",
                "SLD_BODY", sld);
        assertThat(new Color(image.getRGB(20, 15))).isEqualTo(Color.RED);
    }

    @Test
    void getFeatureInfoAsJsonHtmlAndText() throws Exception {
        KvpParameters.Builder p = KvpParameters.builder().add("LAYERS", "cvl:communes")
                .add("QUERY_LAYERS", "cvl:communes").add("CRS", "EPSG:2154").add("BBOX", TOURS_2154)
                .add("WIDTH", "200").add("HEIGHT", "150").add("I", "100").add("J", "75").add("FEATURE_COUNT", "3");
        OwsResponse json = execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder().addAll(p.build())
                .add("INFO_FORMAT", "application/json").build());
        JsonNode root = new ObjectMapper().readTree(body(json));
        assertThat(root.path("features")).hasSize(1);
        JsonNode commune = root.path("features").get(0);
        assertThat(commune.path("properties").path("nom").asText()).isNotEmpty();
        assertThat(commune.path("geometry").path("type").asText()).isEqualTo("MultiPolygon");

        OwsResponse html = execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder().addAll(p.build())
                .add("INFO_FORMAT", "text/html").build());
        String page = new String(body(html), StandardCharsets.UTF_8);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(page).contains("lang=\"fr\"").contains("<th>nom</th>")
                .contains(commune.path("properties").path("nom").asText());

        OwsResponse text = execute("1.1.1", null, "GetFeatureInfo", KvpParameters.builder().add("LAYERS",
                "cvl:communes").add("QUERY_LAYERS", "cvl:communes").add("SRS", "EPSG:2154").add("BBOX", TOURS_2154)
                .add("WIDTH", "200").add("HEIGHT", "150").add("X", "100").add("Y", "75")
                .add("INFO_FORMAT", "text/plain").build());
        assertThat(new String(body(text), StandardCharsets.UTF_8)).contains("nom = ");

        assertCode(() -> execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder().addAll(p.build())
                .add("I", "100").add("J", "400").add("INFO_FORMAT", "text/plain").build()), "InvalidParameterValue");
        KvpParameters outside = KvpParameters.builder().add("LAYERS", "cvl:communes")
                .add("QUERY_LAYERS", "cvl:communes").add("CRS", "EPSG:2154").add("BBOX", TOURS_2154)
                .add("WIDTH", "200").add("HEIGHT", "150").add("I", "100").add("J", "150").build();
        assertCode(() -> execute("1.3.0", null, "GetFeatureInfo", outside), "InvalidPoint");
        assertCode(() -> execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder().addAll(p.build())
                .add("INFO_FORMAT", "application/pdf").build()), "InvalidFormat");
    }

    @Test
    void getFeatureInfoAsGml2() throws Exception {
        OwsResponse gml = execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder().add("LAYERS",
                "cvl:communes").add("QUERY_LAYERS", "cvl:communes").add("CRS", "EPSG:2154").add("BBOX", TOURS_2154)
                .add("WIDTH", "200").add("HEIGHT", "150").add("I", "100").add("J", "75")
                .add("INFO_FORMAT", "application/vnd.ogc.gml").build());
        assertThat(gml.contentType()).isEqualTo("application/vnd.ogc.gml");
        Document doc = xml(body(gml));
        String member = "/*[local-name()='FeatureCollection']/*[local-name()='featureMember']";
        assertThat(text(doc, "count(" + member + ")")).isEqualTo("1");
        assertThat(text(doc, "local-name(" + member + "/*)")).isEqualTo("communes");
        assertThat(text(doc, member + "/*/@fid")).isNotEmpty();
        assertThat(text(doc, member + "/*/*[local-name()='nom']")).isNotEmpty();
        assertThat(text(doc, "namespace-uri(" + member + "//*[local-name()='MultiPolygon'])"))
                .isEqualTo("http://www.opengis.net/gml");
        assertThat(text(doc, member + "//*[local-name()='MultiPolygon']/@srsName")).isEqualTo("EPSG:2154");
        assertThat(text(doc, member + "//*[local-name()='coordinates'][1]")).matches("(?s)\\s*[0-9.]+,[0-9.]+ .*");
    }

    @Test
    void getFeatureInfoAsGml3WithTheWfsIdsAndTheAxisOrderOfTheCrs() throws Exception {
        KvpParameters.Builder p = KvpParameters.builder().add("LAYERS", "cvl:communes")
                .add("QUERY_LAYERS", "cvl:communes").add("CRS", "EPSG:2154").add("BBOX", TOURS_2154)
                .add("WIDTH", "200").add("HEIGHT", "150").add("I", "100").add("J", "75");
        OwsResponse gml = execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder().addAll(p.build())
                .add("INFO_FORMAT", "application/vnd.ogc.gml/3.1.1").build());
        assertThat(gml.contentType()).isEqualTo("application/vnd.ogc.gml/3.1.1");
        Document doc = xml(body(gml));
        String commune = "/wfs:FeatureCollection/gml:featureMember/*";
        assertThat(text(doc, "count(" + commune + ")")).isEqualTo("1");
        assertThat(text(doc, commune + "/@gml:id")).matches("communes\\.\\S+");
        assertThat(text(doc, commune + "/*[local-name()='nom']")).isNotEmpty();
        String surface = commune + "//gml:MultiSurface";
        assertThat(text(doc, surface + "/@srsName")).isEqualTo("urn:ogc:def:crs:EPSG::2154");
        String[] first = text(doc, "(" + surface + "//gml:posList)[1]").trim().split(" ");
        assertThat(Double.parseDouble(first[0])).as("easting first").isBetween(400000.0, 800000.0);
        assertThat(text(doc, "count(//gml:coordinates)")).isEqualTo("0");

        // the other name of the format, and EPSG:4326 written latitude first as its URN says
        OwsResponse latLon = execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder().add("LAYERS",
                "cvl:communes").add("QUERY_LAYERS", "cvl:communes").add("CRS", "EPSG:4326")
                .add("BBOX", "47.30,0.60,47.45,0.80").add("WIDTH", "200").add("HEIGHT", "150").add("I", "100")
                .add("J", "75").add("INFO_FORMAT", "text/xml; subtype=gml/3.1.1").build());
        Document wgs84 = xml(body(latLon));
        assertThat(text(wgs84, "//gml:MultiSurface/@srsName")).isEqualTo("urn:ogc:def:crs:EPSG::4326");
        String[] position = text(wgs84, "(//gml:posList)[1]").trim().split(" ");
        assertThat(Double.parseDouble(position[0])).as("latitude first").isBetween(47.0, 48.0);
        assertThat(Double.parseDouble(position[1])).isBetween(0.0, 1.5);

        Document caps = xml(call("1.3.0", null, "GetCapabilities").body());
        assertThat(text(caps, "count(//wms:GetFeatureInfo/wms:Format[.='application/vnd.ogc.gml/3.1.1'])"))
                .isEqualTo("1");
        assertThat(text(caps, "count(//wms:GetFeatureInfo/wms:Format[.='text/xml; subtype=gml/3.1.1'])"))
                .isEqualTo("1");
    }

    @Test
    void getLegendGraphicDrawsOneRowPerRule() throws Exception {
        OwsResponse r = execute("1.3.0", null, "GetLegendGraphic", KvpParameters.builder()
                .add("LAYER", "cvl:roads").add("FORMAT", "image/png").build());
        assertThat(r.contentType()).isEqualTo("image/png");
        BufferedImage legend = ImageIO.read(new ByteArrayInputStream(body(r)));
        assertThat(legend.getHeight()).isGreaterThanOrEqualTo(5 * 20);
        assertMatchesReference(legend, "legend-roads.png");
        assertCode(() -> execute("1.3.0", null, "GetLegendGraphic", KvpParameters.builder()
                .add("LAYER", "cvl:roads").add("STYLE", "nope").build()), "StyleNotDefined");
    }

    // --- helpers

    private record Response(String contentType, byte[] body) {
    }

    private static KvpParameters params(String layers, String styles, String crs, String bbox, int width,
            int height, String format, String... extra) {
        KvpParameters.Builder b = KvpParameters.builder().add("LAYERS", layers).add("STYLES", styles)
                .add("CRS", crs).add("SRS", crs).add("BBOX", bbox).add("WIDTH", Integer.toString(width))
                .add("HEIGHT", Integer.toString(height)).add("FORMAT", format);
        for (int i = 0; i < extra.length; i += 2) {
            b.add(extra[i], extra[i + 1]);
        }
        return b.build();
    }

    private static BufferedImage map(String version, String layers, String styles, String crs, String bbox,
            int width, int height, String format, String... extra) throws IOException {
        OwsResponse r = execute(version, null, "GetMap", params(layers, styles, crs, bbox, width, height, format,
                extra));
        assertThat(r.contentType()).isEqualTo(format);
        return ImageIO.read(new ByteArrayInputStream(body(r)));
    }

    private static OwsResponse execute(String version, String workspace, String operation, KvpParameters p) {
        OwsRequest request = new OwsRequest("WMS", version, operation, p, null, workspace, BASE);
        return wms.operation(operation).orElseThrow().getValue().execute(request);
    }

    private static Response call(String version, String workspace, String operation) throws IOException {
        OwsResponse r = execute(version, workspace, operation, KvpParameters.empty());
        return new Response(r.contentType(), body(r));
    }

    private static void assertMatchesReference(BufferedImage actual, String name) throws IOException {
        Path rendered = Path.of("target/rendered");
        Files.createDirectories(rendered);
        ImageIO.write(actual, "png", rendered.resolve(name).toFile());
        try (InputStream in = WmsServiceTest.class.getResourceAsStream("/reference/" + name)) {
            assertThat(in).as("reference image " + name + " (see target/rendered)").isNotNull();
            BufferedImage expected = ImageIO.read(in);
            assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
            assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
            assertThat(difference(actual, expected)).as("share of differing pixels in " + name).isLessThan(0.01);
        }
    }
}
