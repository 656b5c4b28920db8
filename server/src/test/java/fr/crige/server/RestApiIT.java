package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.datadir.DataDirectory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The REST configuration API over HTTP: GeoServer-shaped JSON, changes persisted in the data directory,
 * clear 4xx answers for bad input with nothing written.
 */
class RestApiIT extends ServerTestSupport {

    private static final String JSON = "application/json";

    @Test
    void aWorkspaceLivesInTheDataDirectoryFromCreationToRemoval() {
        HttpResponse<String> created = post("/rest/workspaces", JSON, "{\"workspace\":{\"name\":\"ws_life\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        Path file = DATA_DIR.resolve("workspaces/ws_life/workspace.json");
        assertThat(file).exists();

        HttpResponse<String> one = get("/rest/workspaces/ws_life");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"name\":\"ws_life\"");

        assertThat(post("/rest/workspaces", JSON, "{\"workspace\":{\"name\":\"ws_life\"}}").statusCode())
                .isEqualTo(409);

        assertThat(delete("/rest/workspaces/ws_life").statusCode()).isEqualTo(200);
        assertThat(file).doesNotExist();
        assertThat(get("/rest/workspaces/ws_life").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiNeedsTheAdministratorsCredentials() {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/rest/workspaces")).GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));

        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/rest/workspaces"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"workspace\":{\"name\":\"intruder\"}}"))
                .header("Content-Type", JSON).build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(DATA_DIR.resolve("workspaces/intruder")).doesNotExist();

        assertThat(get("/wfs?service=WFS&request=GetCapabilities").statusCode()).as("OWS stays public").isEqualTo(200);
    }

    @Test
    void geoServerClientsFindTheApiUnderGeoserverRestWithTheSameGuard() {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/geoserver/rest/workspaces")).GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> listed = get("/geoserver/rest/workspaces/cvl/layers?ignored=1");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("cvl:communes");
    }

    @Test
    void malformedBodiesAreRefusedWithAMessageAndNothingIsWritten() {
        HttpResponse<String> broken = post("/rest/workspaces", JSON, "{\"workspace\":{\"name\":");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("\"message\"").doesNotContain("at fr.crige", "Exception:");

        HttpResponse<String> badName = post("/rest/workspaces", JSON, "{\"workspace\":{\"name\":\"../etc\"}}");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(DATA_DIR.resolve("etc")).doesNotExist();

        HttpResponse<String> missing = post("/rest/workspaces", JSON, "{\"workspace\":{}}");
        assertThat(missing.statusCode()).isEqualTo(400);

        assertThat(post("/rest/workspaces", "text/plain", "ws").statusCode()).isEqualTo(415);
    }

    @Test
    void anUnknownObjectIsNotFound() {
        assertThat(get("/rest/workspaces/cvl/datastores/nope").statusCode()).isEqualTo(404);
        assertThat(get("/rest/workspaces/cvl/datastores/cvl/featuretypes/nope").statusCode()).isEqualTo(404);
        assertThat(get("/rest/layers/cvl:nope").statusCode()).isEqualTo(404);
        assertThat(get("/rest/styles/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void publishingATableOfAGeoPackageStoreIsOnePostOfAFeatureType() {
        assertThat(post("/rest/workspaces", JSON, "{\"workspace\":{\"name\":\"ws_pub\"}}").statusCode())
                .isEqualTo(201);
        String store = "{\"dataStore\":{\"name\":\"gpkg\",\"type\":\"GeoPackage\",\"connectionParameters\":"
                + "{\"entry\":[{\"@key\":\"database\",\"$\":\"data/cvl.gpkg\"}]}}}";
        assertThat(post("/rest/workspaces/ws_pub/datastores", JSON, store).statusCode()).isEqualTo(201);

        HttpResponse<String> available = get("/rest/workspaces/ws_pub/datastores/gpkg/featuretypes?list=available");
        assertThat(available.body()).contains("trees", "communes");

        String ft = "{\"featureType\":{\"name\":\"arbres\",\"nativeName\":\"trees\",\"title\":\"Arbres\"}}";
        assertThat(post("/rest/workspaces/ws_pub/datastores/gpkg/featuretypes", JSON, ft).statusCode())
                .isEqualTo(201);

        HttpResponse<String> published = get("/rest/workspaces/ws_pub/datastores/gpkg/featuretypes/arbres");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("latLonBoundingBox", "EPSG:2154", "\"nativeName\":\"trees\"");
        assertThat(get("/rest/layers/ws_pub:arbres").body()).contains("\"name\":\"point\"");
        assertThat(DATA_DIR.resolve("workspaces/ws_pub/gpkg/arbres/featuretype.json")).exists();

        HttpResponse<String> hits = get("/ws_pub/wfs?service=WFS&version=2.0.0&request=GetFeature"
                + "&typeNames=ws_pub:arbres&resultType=hits");
        assertThat(hits.body()).contains("numberMatched=\"1999\"");

        assertThat(post("/rest/workspaces/ws_pub/datastores/gpkg/featuretypes", JSON, ft).statusCode())
                .isEqualTo(409);
        String unknownTable = "{\"featureType\":{\"name\":\"x\",\"nativeName\":\"no_such_table\"}}";
        assertThat(post("/rest/workspaces/ws_pub/datastores/gpkg/featuretypes", JSON, unknownTable).statusCode())
                .isBetween(400, 404);
        assertThat(DATA_DIR.resolve("workspaces/ws_pub/gpkg/x")).doesNotExist();

        assertThat(delete("/rest/workspaces/ws_pub?recurse=true").statusCode()).isEqualTo(200);
        assertThat(DATA_DIR.resolve("workspaces/ws_pub")).doesNotExist();
    }

    @Test
    void aStoreThatCannotBeReachedIsRefusedAndNotSaved() {
        String store = "{\"dataStore\":{\"name\":\"down\",\"type\":\"PostGIS\",\"connectionParameters\":{\"entry\":["
                + "{\"@key\":\"host\",\"$\":\"127.0.0.1\"},{\"@key\":\"port\",\"$\":\"1\"},"
                + "{\"@key\":\"database\",\"$\":\"x\"},{\"@key\":\"user\",\"$\":\"x\"},"
                + "{\"@key\":\"connectionTimeout\",\"$\":\"2000\"}]}}}";
        HttpResponse<String> r = post("/rest/workspaces/cvl/datastores", JSON, store);
        assertThat(r.statusCode()).isBetween(400, 503);
        assertThat(r.body()).contains("127.0.0.1");
        assertThat(DATA_DIR.resolve("workspaces/cvl/down")).doesNotExist();
        assertThat(get("/rest/workspaces/cvl/datastores/down").statusCode()).isEqualTo(404);
    }

    @Test
    void stylesAreStoredAsSldFilesAndHostileXmlIsRefused() throws Exception {
        String sld = Files.readString(Path.of("..", "data-dir", "styles", "point.sld"))
                .replace("<Name>point</Name>", "<Name>it_point</Name>");
        HttpResponse<String> created = post("/rest/styles?name=it_point", "application/vnd.ogc.sld+xml", sld);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(get("/rest/styles/it_point.sld").body()).contains("StyledLayerDescriptor");
        assertThat(DATA_DIR.resolve("styles/it_point.json")).exists();

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\">&x;</StyledLayerDescriptor>";
        HttpResponse<String> refused = post("/rest/styles?name=evil", "application/vnd.ogc.sld+xml", xxe);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("root:");
        assertThat(DATA_DIR.resolve("styles/evil.json")).doesNotExist();

        assertThat(post("/rest/styles?name=notsld", "application/vnd.ogc.sld+xml", "<html/>").statusCode())
                .isEqualTo(400);
        assertThat(delete("/rest/styles/trees").statusCode()).as("a style in use").isEqualTo(409);
    }

    @Test
    void whatTheApiWroteLoadsBackWithoutProblems() {
        post("/rest/workspaces", JSON, "{\"workspace\":{\"name\":\"ws_reload\"}}");
        DefaultCatalog reloaded = new DefaultCatalog();
        assertThat(new DataDirectory(DATA_DIR).load(reloaded)).isEmpty();
        assertThat(reloaded.workspace("ws_reload")).isPresent();
        assertThat(reloaded.layers("cvl")).extracting(LayerInfo::name)
                .contains("communes", "departements", "roads", "heat_zones", "trees");
        delete("/rest/workspaces/ws_reload");
    }
}
