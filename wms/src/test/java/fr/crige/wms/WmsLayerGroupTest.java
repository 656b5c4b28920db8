package fr.crige.wms;

import static fr.crige.wms.WmsTestSupport.assertCode;
import static fr.crige.wms.WmsTestSupport.body;
import static fr.crige.wms.WmsTestSupport.countNotWhite;
import static fr.crige.wms.WmsTestSupport.difference;
import static fr.crige.wms.WmsTestSupport.text;
import static fr.crige.wms.WmsTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.LayerGroupInfo;
import fr.crige.core.catalog.LayerGroupInfo.Mode;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.StoreManager;
import fr.crige.core.xml.OfficialSchemas;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Layer groups in the WMS, on the sample data directory and its group {@code cvl:fond_de_plan} (NAMED:
 * communes, departements, roads), plus:
 * <ul>
 * <li>{@code cvl:arbres_chaleur}, SINGLE: heat_zones with its default style, trees with the global style
 *     {@code point};</li>
 * <li>{@code themes}, a global CONTAINER of both workspace groups;</li>
 * <li>{@code carte}, a global SINGLE group nesting {@code cvl:fond_de_plan} under the trees.</li>
 * </ul>
 */
class WmsLayerGroupTest {

    private static final String BASE = "http://localhost:8080";
    private static final String TOURS_2154 = "515000,6688000,535000,6703000";
    private static final String ROOT = "/wms:WMS_Capabilities/wms:Capability/wms:Layer";

    @TempDir
    static Path dataDir;
    private static DefaultCatalog catalog;
    private static StoreManager stores;
    private static WmsService wms;

    @BeforeAll
    static void openSampleDataWithGroups() throws IOException {
        WmsTestSupport.copy(Path.of("../data-dir"), dataDir);
        SisCrsService crs = new SisCrsService();
        catalog = new DefaultCatalog();
        assertThat(DataDirectory.load(dataDir, catalog)).isEmpty();
        catalog.add(new LayerGroupInfo("cvl", "arbres_chaleur", "Arbres et îlots de chaleur", null, Mode.SINGLE,
                List.of("cvl:heat_zones", "cvl:trees"), Arrays.asList(null, "point")));
        catalog.add(new LayerGroupInfo(null, "themes", "Thèmes", null, Mode.CONTAINER,
                List.of("cvl:fond_de_plan", "cvl:arbres_chaleur"), null));
        catalog.add(new LayerGroupInfo(null, "carte", "Carte", null, Mode.SINGLE,
                List.of("cvl:fond_de_plan", "cvl:trees"), null));
        stores = WmsTestSupport.geoPackageStores(dataDir, catalog, crs);
        wms = new WmsService(catalog, stores, crs, WmsSettings.defaults());
    }

    @AfterAll
    static void close() {
        stores.close();
    }

    @Test
    void globalCapabilitiesNestTreeGroupsAndKeepSingleGroupsFlat() throws Exception {
        Document doc = xml(capabilities("1.3.0", null));
        // members of SINGLE groups stay at the top; members of tree groups (NAMED, CONTAINER) move under them;
        // layers come first, then groups, each in catalog (name) order
        assertThat(names(doc, ROOT + "/wms:Layer")).containsExactly("cvl:heat_zones", "cvl:trees", "carte", "");
        String themes = ROOT + "/wms:Layer[wms:Title='Thèmes']";
        assertThat(text(doc, "count(" + themes + "/wms:Name)")).as("a container has no name").isEqualTo("0");
        assertThat(names(doc, themes + "/wms:Layer")).containsExactly("cvl:fond_de_plan", "cvl:arbres_chaleur");

        String base = themes + "/wms:Layer[wms:Name='cvl:fond_de_plan']";
        assertThat(text(doc, base + "/@queryable")).isEqualTo("1");
        assertThat(text(doc, base + "/wms:Title")).isEqualTo("Fond de plan du Centre-Val de Loire");
        assertThat(text(doc, base + "/wms:Abstract")).startsWith("Communes, limites départementales");
        assertThat(names(doc, base + "/wms:Layer")).containsExactly("cvl:communes", "cvl:departements", "cvl:roads");
        // the group's extent is the union of its layers'
        double groupWest = number(doc, base + "/wms:EX_GeographicBoundingBox/wms:westBoundLongitude");
        double groupNorth = number(doc, base + "/wms:EX_GeographicBoundingBox/wms:northBoundLatitude");
        double west = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (String member : List.of("communes", "departements", "roads")) {
            String box = base + "/wms:Layer[wms:Name='cvl:" + member + "']/wms:EX_GeographicBoundingBox";
            west = Math.min(west, number(doc, box + "/wms:westBoundLongitude"));
            north = Math.max(north, number(doc, box + "/wms:northBoundLatitude"));
        }
        assertThat(groupWest).isEqualTo(west);
        assertThat(groupNorth).isEqualTo(north);
        assertThat(number(doc, base + "/wms:BoundingBox[@CRS='EPSG:2154']/@minx")).isGreaterThan(400000);
        // EPSG:4326 latitude first in 1.3.0
        assertThat(number(doc, base + "/wms:BoundingBox[@CRS='EPSG:4326']/@minx")).isBetween(45.0, 48.0);

        String single = themes + "/wms:Layer[wms:Name='cvl:arbres_chaleur']";
        assertThat(text(doc, "count(" + single + "/wms:Layer)")).as("a SINGLE group lists no member").isEqualTo("0");
        assertThat(text(doc, "count(" + ROOT + "/wms:Layer[wms:Name='carte']/wms:Layer)")).isEqualTo("0");
    }

    @Test
    void capabilitiesAreValidAgainstTheWms130Schema() throws Exception {
        // the SLD 1.1 capabilities schema declares the sld:GetLegendGraphic and sld:DescribeLayer operations
        OfficialSchemas schema = OfficialSchemas.validator(OfficialSchemas.WMS_130,
                "http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd");
        assertThat(schema.validate(capabilities("1.3.0", null))).isEmpty();
        assertThat(schema.validate(capabilities("1.3.0", "cvl"))).isEmpty();
    }

    @Test
    void workspaceServiceListsItsGroupsUnqualifiedAndNoGlobalGroup() throws Exception {
        Document doc = xml(capabilities("1.3.0", "cvl"));
        assertThat(names(doc, ROOT + "/wms:Layer")).containsExactly("heat_zones", "trees", "arbres_chaleur",
                "fond_de_plan");
        assertThat(names(doc, ROOT + "/wms:Layer[wms:Name='fond_de_plan']/wms:Layer"))
                .containsExactly("communes", "departements", "roads");

        Document v111 = xml(capabilities("1.1.1", "cvl"));
        assertThat(names(v111, "/WMT_MS_Capabilities/Capability/Layer/Layer[Name='fond_de_plan']/Layer"))
                .containsExactly("communes", "departements", "roads");
        assertThat(text(v111, "//Layer[Name='fond_de_plan']/LatLonBoundingBox/@miny")).startsWith("46.");
    }

    @Test
    void getMapOfAGroupDrawsItsLayersInOrderWithTheGroupsStyles() throws Exception {
        assertThat(difference(map(null, "cvl:fond_de_plan", ""), map(null, "cvl:communes,cvl:departements,cvl:roads",
                ""))).isZero();
        assertThat(difference(map("cvl", "fond_de_plan", ""), map(null, "cvl:fond_de_plan", ""))).isZero();
        // the group draws trees with the global style "point", which the layer itself does not offer
        String pointForTrees = Files.readString(dataDir.resolve("styles/point.sld"))
                .replace("<Name>point</Name>", "<Name>cvl:trees</Name>");
        BufferedImage single = map(null, "cvl:arbres_chaleur", "");
        assertThat(difference(single, map(null, "cvl:heat_zones,cvl:trees", "", "SLD_BODY", pointForTrees)))
                .isZero();
        assertThat(difference(single, map(null, "cvl:heat_zones,cvl:trees", ""))).isPositive();
        // nested groups expand in place
        BufferedImage nested = map(null, "carte", "");
        assertThat(countNotWhite(nested)).isGreaterThan(1000);
        assertThat(difference(nested, map(null, "cvl:communes,cvl:departements,cvl:roads,cvl:trees", ""))).isZero();
    }

    @Test
    void groupsInLayersTakeNoNamedStyleAndContainersAreNotLayers() {
        assertCode(() -> map(null, "cvl:fond_de_plan", "communes"), "StyleNotDefined");
        assertCode(() -> map(null, "themes", ""), "LayerNotDefined");
        assertCode(() -> map("cvl", "carte", ""), "LayerNotDefined");
        assertCode(() -> map(null, "fond_de_plan", ""), "LayerNotDefined");
    }

    @Test
    void disabledMembersAreLeftOut() throws Exception {
        LayerInfo roads = catalog.layer("cvl", "roads").orElseThrow();
        catalog.save(new LayerInfo("cvl", "roads", roads.defaultStyle(), roads.styles(), false, roads.queryable()));
        try {
            Document doc = xml(capabilities("1.3.0", "cvl"));
            assertThat(names(doc, ROOT + "/wms:Layer[wms:Name='fond_de_plan']/wms:Layer"))
                    .containsExactly("communes", "departements");
            assertThat(difference(map(null, "cvl:fond_de_plan", ""), map(null, "cvl:communes,cvl:departements", "")))
                    .isZero();
        } finally {
            catalog.save(roads);
        }
    }

    @Test
    void getFeatureInfoOnAGroupQueriesItsQueryableLayers() throws Exception {
        KvpParameters.Builder p = KvpParameters.builder().add("LAYERS", "cvl:fond_de_plan")
                .add("CRS", "EPSG:2154").add("BBOX", TOURS_2154).add("WIDTH", "200").add("HEIGHT", "150")
                .add("I", "100").add("J", "75").add("INFO_FORMAT", "application/vnd.ogc.gml/3.1.1");
        Document doc = xml(body(execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder().addAll(p.build())
                .add("QUERY_LAYERS", "cvl:fond_de_plan").build())));
        assertThat(text(doc, "count(//gml:featureMember/*[local-name()='communes'])")).isEqualTo("1");
        assertThat(text(doc, "count(//gml:featureMember/*[local-name()='departements'])")).isEqualTo("1");
        // a member of a group in LAYERS can be queried alone
        Document member = xml(body(execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder()
                .addAll(p.build()).add("QUERY_LAYERS", "cvl:departements").build())));
        assertThat(text(member, "count(//gml:featureMember/*)")).isEqualTo("1");
        assertCode(() -> execute("1.3.0", null, "GetFeatureInfo", KvpParameters.builder().addAll(p.build())
                .add("QUERY_LAYERS", "cvl:trees").build()), "LayerNotDefined");
    }

    @Test
    void legendOfAGroupStacksTheLegendsOfItsLayers() throws Exception {
        BufferedImage group = legend("cvl:arbres_chaleur");
        BufferedImage heat = legend("cvl:heat_zones");
        assertThat(group.getHeight()).isGreaterThan(heat.getHeight() + 20);
        assertThat(group.getWidth()).isGreaterThanOrEqualTo(heat.getWidth());
        assertCode(() -> execute("1.3.0", null, "GetLegendGraphic", KvpParameters.builder()
                .add("LAYER", "cvl:fond_de_plan").add("STYLE", "communes").build()), "StyleNotDefined");
        assertCode(() -> execute("1.3.0", null, "GetLegendGraphic", KvpParameters.builder()
                .add("LAYER", "themes").build()), "LayerNotDefined");
    }

    @Test
    void describeLayerOfAGroupDescribesItsLayers() throws Exception {
        Document doc = xml(body(execute("1.1.1", "cvl", "DescribeLayer", KvpParameters.builder()
                .add("LAYERS", "fond_de_plan").build())));
        assertThat(names(doc, "/WMS_DescribeLayerResponse/LayerDescription/@name"))
                .containsExactly("communes", "departements", "roads");
        assertThat(text(doc, "//LayerDescription[@name='roads']/Query/@typeName")).isEqualTo("cvl:roads");
    }

    // --- helpers

    private static byte[] capabilities(String version, String workspace) throws IOException {
        return body(execute(version, workspace, "GetCapabilities", KvpParameters.empty()));
    }

    /** The Name of each node the expression selects (an empty string for a nameless one), or the nodes' text. */
    private static List<String> names(Document doc, String expression) throws Exception {
        int count = (int) Double.parseDouble(text(doc, "count(" + expression + ")"));
        String name = expression.contains("@") ? "" : "/*[local-name()='Name']";
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(text(doc, "(" + expression + ")[" + i + "]" + name));
        }
        return names;
    }

    private static double number(Document doc, String expression) throws Exception {
        return Double.parseDouble(text(doc, expression));
    }

    private static BufferedImage map(String workspace, String layers, String styles, String... extra)
            throws IOException {
        KvpParameters.Builder p = KvpParameters.builder().add("LAYERS", layers).add("STYLES", styles)
                .add("CRS", "EPSG:2154").add("BBOX", TOURS_2154).add("WIDTH", "256").add("HEIGHT", "192")
                .add("FORMAT", "image/png");
        for (int i = 0; i < extra.length; i += 2) {
            p.add(extra[i], extra[i + 1]);
        }
        OwsResponse r = execute("1.3.0", workspace, "GetMap", p.build());
        return ImageIO.read(new ByteArrayInputStream(body(r)));
    }

    private static BufferedImage legend(String layer) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(body(execute("1.3.0", null, "GetLegendGraphic",
                KvpParameters.builder().add("LAYER", layer).build()))));
    }

    private static OwsResponse execute(String version, String workspace, String operation, KvpParameters p) {
        OwsRequest request = new OwsRequest("WMS", version, operation, p, null, workspace, BASE);
        return wms.operation(operation).orElseThrow().getValue().execute(request);
    }
}
