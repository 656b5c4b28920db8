package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publishing a PostGIS table through the REST API, against the real PostGIS given by the PG* variables
 * (the project's test command provisions one). Skipped without one unless {@code crige.pg.required=true}.
 */
class PostgisPublishingIT extends ServerTestSupport {

    private static final String SCHEMA = "it_server";

    @BeforeAll
    static void createTable() throws Exception {
        boolean available = System.getenv("PGHOST") != null || System.getenv("PGPORT") != null;
        if (!available && isRequired()) {
            throw new IllegalStateException("crige.pg.required=true but no PG* variables are set");
        }
        assumeTrue(available, "[crige] no PostGIS given by PG* variables: PostGIS publishing test skipped");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
            s.execute("CREATE TABLE " + SCHEMA + ".stations (id integer PRIMARY KEY, nom text NOT NULL,"
                    + " mise_en_service date, geom geometry(Point, 2154))");
            s.execute("INSERT INTO " + SCHEMA + ".stations SELECT i, 'Station ' || i, DATE '2020-01-01' + i,"
                    + " ST_SetSRID(ST_MakePoint(600000 + i * 100, 6700000 + i * 50), 2154)"
                    + " FROM generate_series(1, 250) i");
        }
    }

    @Test
    void aPostgisTableIsPublishedWithTwoPostsAndTheSecretNeverLandsInTheConfiguration() throws Exception {
        String store = "{\"dataStore\":{\"name\":\"pg\",\"type\":\"PostGIS\",\"connectionParameters\":{\"entry\":["
                + entry("host", env("PGHOST", "127.0.0.1")) + "," + entry("port", env("PGPORT", "5432")) + ","
                + entry("database", env("PGDATABASE", "postgres")) + "," + entry("schema", SCHEMA) + ","
                + entry("user", env("PGUSER", "postgres")) + "," + entry("passwd", "not-in-clear-please") + ","
                + entry("maxConnections", "4") + "]}}}";
        HttpResponse<String> created = post("/rest/workspaces/cvl/datastores", "application/json", store);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String datastoreJson = Files.readString(DATA_DIR.resolve("workspaces/cvl/pg/datastore.json"));
        assertThat(datastoreJson).doesNotContain("not-in-clear-please").contains("${secret:");
        assertThat(get("/rest/workspaces/cvl/datastores/pg").body()).doesNotContain("not-in-clear-please");

        HttpResponse<String> ft = post("/rest/workspaces/cvl/datastores/pg/featuretypes", "application/json",
                "{\"featureType\":{\"name\":\"stations\",\"title\":\"Stations\"}}");
        assertThat(ft.statusCode()).as(ft.body()).isEqualTo(201);

        String published = get("/rest/workspaces/cvl/datastores/pg/featuretypes/stations").body();
        assertThat(published).contains("\"minx\":600100.0", "\"maxx\":625000.0", "latLonBoundingBox");

        HttpResponse<String> hits = get("/cvl/wfs?service=WFS&version=2.0.0&request=GetFeature"
                + "&typeNames=cvl:stations&resultType=hits");
        assertThat(hits.body()).contains("numberMatched=\"250\"");
        HttpResponse<String> page = get("/cvl/wfs?service=WFS&version=2.0.0&request=GetFeature"
                + "&typeNames=cvl:stations&count=3&startIndex=10&sortBy=mise_en_service&outputFormat=application/json");
        assertThat(page.body()).contains("\"stations.11\"", "\"stations.13\"").doesNotContain("\"stations.14\"");
        assertThat(get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");

        assertThat(delete("/rest/workspaces/cvl/datastores/pg?recurse=true").statusCode()).isEqualTo(200);
        assertThat(Files.readString(DATA_DIR.resolve("security/secrets.properties")))
                .doesNotContain("not-in-clear-please");
    }

    private static String entry(String key, String value) {
        return "{\"@key\":\"" + key + "\",\"$\":\"" + value + "\"}";
    }

    private static boolean isRequired() {
        return Boolean.parseBoolean(System.getProperty("crige.pg.required", System.getenv("CRIGE_PG_REQUIRED")));
    }

    private static Connection connect() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", env("PGUSER", "postgres"));
        p.setProperty("password", env("PGPASSWORD", ""));
        return DriverManager.getConnection("jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":"
                + env("PGPORT", "5432") + "/" + env("PGDATABASE", "postgres"), p);
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
