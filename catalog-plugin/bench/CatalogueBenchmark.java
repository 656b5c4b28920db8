import fr.crige.core.crs.SisCrsService;
import fr.crige.core.security.AdminCredentials;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.CswService;
import fr.crige.csw.CswSettings;
import fr.crige.csw.generate.FrenchPlaces;
import fr.crige.csw.generate.FrenchRecordGenerator;
import fr.crige.csw.operation.AdminAuthorizer;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.postgresql.PostgresConnection;
import fr.crige.csw.store.postgresql.PostgresRecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue benchmark of issue 5 over one record store: loads the generated French catalogue
 * (FrenchRecordGenerator, seeded), then times what clients and partners send, through the CSW service as the
 * OWS dispatcher calls it (request parsing, store query, XML output written to a buffer; no HTTP):
 * GetRecords AnyText + BBOX as QGIS MetaSearch sends it, GetRecordById, GeoNetwork's harvest (summary pages
 * of 20 then GetRecordById) and data.gouv.fr's (full pages of 25 filtered on the four resource types, sorted
 * by identifier). Each harvest checks that it saw every matching record exactly once.
 *
 * Arguments: sqlite FILE | postgresql SCHEMA; then the number of records. Environment: PG* for PostgreSQL,
 * BENCH_QUERIES (300), BENCH_BYID (500), BENCH_BYID_EVERY (10: GetRecordById for every 10th harvested
 * record), BENCH_HARVEST_SECONDS (300: a harvest stops there and reports its rate so far), BENCH_PARTS (the
 * parts to time, comma-separated among anytext, byid, geonetwork, datagouv; all by default).
 */
public final class CatalogueBenchmark {

    private static final long SEED = 2025;
    private static final Pattern RESULTS = Pattern.compile(
            "numberOfRecordsMatched=\"(\\d+)\" numberOfRecordsReturned=\"(\\d+)\" nextRecord=\"(\\d+)\"");
    private static final Pattern FILE_IDENTIFIER = Pattern.compile(
            "<gmd:fileIdentifier><gco:CharacterString>([^<]+)</gco:CharacterString>");
    /** What people type: accents or not, singular or plural, one or several words. */
    private static final List<String> WORDS = List.of("arbres", "arbre", "îlots de chaleur", "ilot de chaleur",
            "urbanisme", "plan local d'urbanisme", "zones inondables", "zone inondable", "inondation", "Loire",
            "cadastre", "parcelles", "bâtiments", "batiment", "haies", "haie bocagère", "éoliennes", "eolienne",
            "déchets", "dechet", "pistes cyclables", "vélo", "orthophotographie", "ZNIEFF", "Natura 2000",
            "assainissement", "captages", "eau potable", "qualité de l'air", "réseau routier", "écoles",
            "transport en commun", "espaces verts", "éclairage public", "risque", "population", "budget",
            "Orléans", "Tours", "métropole", "agriculture biologique", "habitats naturels", "altitude",
            "température", "canicule", "adresses");

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(args[2]);
        try (RecordStore store = open(args[0], args[1])) {
            CatalogueBenchmark bench = new CatalogueBenchmark(store);
            System.out.printf("store: %s %s, records: %,d%n", args[0], args[1], records);
            bench.load(records);
            List<String> parts = List.of(System.getenv().getOrDefault("BENCH_PARTS", "anytext,byid,geonetwork,datagouv")
                    .split(","));
            if (parts.contains("anytext")) {
                bench.anyTextAndBbox(env("BENCH_QUERIES", 300));
            }
            if (parts.contains("byid")) {
                bench.getRecordById(records, env("BENCH_BYID", 500));
            }
            if (parts.contains("geonetwork")) {
                bench.geoNetworkHarvest(env("BENCH_BYID_EVERY", 10), env("BENCH_HARVEST_SECONDS", 300));
            }
            if (parts.contains("datagouv")) {
                bench.dataGouvHarvest(env("BENCH_HARVEST_SECONDS", 300));
            }
        }
    }

    private final RecordStore store;
    private final CswService csw;
    private final FrenchRecordGenerator generator = new FrenchRecordGenerator(SEED);

    private CatalogueBenchmark(RecordStore store) {
        this.store = store;
        this.csw = new CswService(store, new SisCrsService(), CswSettings.defaults(),
                new AdminAuthorizer(AdminCredentials.of("admin", null), Optional::empty));
    }

    private static RecordStore open(String kind, String where) {
        if (kind.equals("sqlite")) {
            return SqliteRecordStore.open(Path.of(where));
        }
        return PostgresRecordStore.open(new PostgresConnection(System.getenv().getOrDefault("PGHOST", "localhost"),
                Integer.parseInt(System.getenv().getOrDefault("PGPORT", "5432")),
                System.getenv().getOrDefault("PGDATABASE", "postgres"), where,
                System.getenv().getOrDefault("PGUSER", "postgres"), System.getenv("PGPASSWORD"), 4));
    }

    /** Inserts the records in transactions of 1,000, unless the store already holds them (a kept file). */
    private void load(int records) {
        long present = store.size();
        if (present == records) {
            System.out.printf("load: skipped, the store already holds %,d records%n", present);
            return;
        }
        if (present != 0) {
            throw new IllegalStateException("The store holds " + present + " records; start from an empty one");
        }
        long start = System.nanoTime();
        long generating = 0;
        for (int from = 0; from < records; from += 1_000) {
            long g = System.nanoTime();
            List<RecordChange> batch = new ArrayList<>();
            for (int i = from; i < Math.min(records, from + 1_000); i++) {
                batch.add(new RecordChange.Insert(generator.record(i)));
            }
            generating += System.nanoTime() - g;
            store.apply(batch);
        }
        double seconds = (System.nanoTime() - start - generating) / 1e9;
        System.out.printf("load: %,d records in %.1f s (%,.0f records/s; generation excluded, %.1f s)%n", records,
                seconds, records / seconds, generating / 1e9);
    }

    /** QGIS MetaSearch: PropertyIsLike on csw:AnyText and a BBOX, Dublin Core full, 10 records. */
    private void anyTextAndBbox(int queries) throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            double[] france = FrenchPlaces.METROPOLE;
            double half = 0.2 + random.nextDouble() * 1.8;
            double lon = france[0] + random.nextDouble() * (france[2] - france[0]);
            double lat = france[1] + random.nextDouble() * (france[3] - france[1]);
            bodies.add(anyTextBbox(WORDS.get(random.nextInt(WORDS.size())), lon - half, lat - half, lon + half,
                    lat + half));
        }
        for (int i = 0; i < 30; i++) {
            post(bodies.get(i)); // warm-up
        }
        long[] times = new long[queries];
        long[] matched = new long[queries];
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            String response = post(bodies.get(i));
            times[i] = System.nanoTime() - start;
            matched[i] = results(response)[0];
        }
        Arrays.sort(matched);
        System.out.printf("GetRecords AnyText+BBOX (%d queries, DC full, maxRecords 10): %s; records matched: "
                + "median %d, max %d%n", queries, percentiles(times), matched[queries / 2], matched[queries - 1]);
    }

    private void getRecordById(int records, int requests) throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < requests + 30; i++) {
            ids.add(generator.record(random.nextInt(records)).identifier());
        }
        long[] times = new long[requests];
        for (int i = 0; i < requests + 30; i++) {
            long start = System.nanoTime();
            String response = byId(ids.get(i));
            if (i >= 30) {
                times[i - 30] = System.nanoTime() - start;
            }
            if (!response.contains(ids.get(i))) {
                throw new IllegalStateException("GetRecordById did not return " + ids.get(i));
            }
        }
        System.out.printf("GetRecordById (%d random records, ISO full): %s%n", requests, percentiles(times));
    }

    /** GeoNetwork's CSW harvester: gmd summary pages of 20 to the end, then GetRecordById full. */
    private void geoNetworkHarvest(int byIdEvery, int maxSeconds) throws Exception {
        String request = """
                <csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" service="CSW" version="2.0.2" \
                resultType="results" startPosition="%d" maxRecords="20" outputSchema="http://www.isotc211.org/2005/gmd">
                  <csw:Query typeNames="gmd:MD_Metadata" xmlns:gmd="http://www.isotc211.org/2005/gmd">
                    <csw:ElementSetName>summary</csw:ElementSetName>
                  </csw:Query>
                </csw:GetRecords>""";
        List<String> ids = harvest("GeoNetwork paging (gmd summary, 20 per page)", request, maxSeconds);
        long start = System.nanoTime();
        int fetched = 0;
        for (int i = 0; i < ids.size(); i += byIdEvery) {
            if (!byId(ids.get(i)).contains(ids.get(i))) {
                throw new IllegalStateException("GetRecordById did not return " + ids.get(i));
            }
            fetched++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("GeoNetwork GetRecordById (ISO full, every %dth harvested record): %,d in %.1f s, "
                + "%,.0f records/s%n", byIdEvery, fetched, seconds, fetched / seconds);
    }

    /** data.gouv.fr: full ISO pages of 25 of the four resource types, sorted by identifier. */
    private void dataGouvHarvest(int maxSeconds) throws Exception {
        String request = """
                <csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:ogc="http://www.opengis.net/ogc" \
                xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:apiso="http://www.opengis.net/cat/csw/apiso/1.0" \
                service="CSW" version="2.0.2" resultType="results" startPosition="%d" maxRecords="25" outputSchema="http://www.isotc211.org/2005/gmd">
                  <csw:Query typeNames="gmd:MD_Metadata">
                    <csw:ElementSetName>full</csw:ElementSetName>
                    <csw:Constraint version="1.1.0"><ogc:Filter><ogc:Or>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName><ogc:Literal>dataset</ogc:Literal></ogc:PropertyIsEqualTo>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName><ogc:Literal>nonGeographicDataset</ogc:Literal></ogc:PropertyIsEqualTo>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName><ogc:Literal>series</ogc:Literal></ogc:PropertyIsEqualTo>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName><ogc:Literal>service</ogc:Literal></ogc:PropertyIsEqualTo>
                    </ogc:Or></ogc:Filter></csw:Constraint>
                    <ogc:SortBy><ogc:SortProperty><ogc:PropertyName>apiso:identifier</ogc:PropertyName>\
                <ogc:SortOrder>ASC</ogc:SortOrder></ogc:SortProperty></ogc:SortBy>
                  </csw:Query>
                </csw:GetRecords>""";
        harvest("data.gouv.fr paging (gmd full, 25 per page, type filter, sort by identifier)", request,
                maxSeconds);
    }

    /** Follows nextRecord from 1 to 0 (or the time limit), checks every record came once, prints the rate. */
    private List<String> harvest(String name, String request, int maxSeconds) throws Exception {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long matched = -1;
        long next = 1;
        long start = System.nanoTime();
        long[] slowest = new long[1];
        boolean stopped = false;
        while (next != 0) {
            long t = System.nanoTime();
            String response = post(request.formatted(next));
            slowest[0] = Math.max(slowest[0], System.nanoTime() - t);
            long[] counts = results(response);
            matched = counts[0];
            Matcher m = FILE_IDENTIFIER.matcher(response);
            while (m.find()) {
                if (!seen.add(m.group(1))) {
                    throw new IllegalStateException(name + ": " + m.group(1) + " returned twice");
                }
                ids.add(m.group(1));
            }
            next = counts[2];
            if (next != 0 && System.nanoTime() - start > maxSeconds * 1_000_000_000L) {
                stopped = true;
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %,d of %,d records in %.1f s, %,.0f records/s, slowest page %.0f ms, %s%n", name,
                ids.size(), matched, seconds, ids.size() / seconds, slowest[0] / 1e6, stopped
                        ? "STOPPED at the time limit (" + maxSeconds + " s)"
                        : ids.size() == matched ? "every record exactly once" : "INCOMPLETE");
        return ids;
    }

    private String post(String body) throws Exception {
        return send(new OwsRequest("CSW", "2.0.2", "GetRecords", KvpParameters.empty(),
                body.getBytes(StandardCharsets.UTF_8), null, "http://localhost"));
    }

    private String byId(String id) throws Exception {
        return send(new OwsRequest("CSW", "2.0.2", "GetRecordById", KvpParameters.builder().add("service", "CSW")
                .add("request", "GetRecordById").add("id", id).add("outputSchema", CswNamespaces.GMD)
                .add("ElementSetName", "full").build(), null, null, "http://localhost"));
    }

    /** Executes the operation and writes the whole response, as the dispatcher does into the HTTP body. */
    private String send(OwsRequest request) throws Exception {
        OwsResponse response = csw.operations().get(request.request()).execute(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.body().writeTo(out);
        String text = out.toString(StandardCharsets.UTF_8);
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status() + ": " + text);
        }
        return text;
    }

    private static String anyTextBbox(String words, double west, double south, double east, double north) {
        return """
                <csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:ogc="http://www.opengis.net/ogc" \
                xmlns:gml="http://www.opengis.net/gml" xmlns:ows="http://www.opengis.net/ows" service="CSW" \
                version="2.0.2" resultType="results" startPosition="1" maxRecords="10" outputSchema="http://www.opengis.net/cat/csw/2.0.2">
                  <csw:Query typeNames="csw:Record"><csw:ElementSetName>full</csw:ElementSetName>
                    <csw:Constraint version="1.1.0"><ogc:Filter><ogc:And>
                      <ogc:PropertyIsLike wildCard="%%" singleChar="_" escapeChar="\\">
                        <ogc:PropertyName>csw:AnyText</ogc:PropertyName><ogc:Literal>%%%s%%</ogc:Literal>
                      </ogc:PropertyIsLike>
                      <ogc:BBOX><ogc:PropertyName>ows:BoundingBox</ogc:PropertyName>
                        <gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326">
                          <gml:lowerCorner>%s %s</gml:lowerCorner><gml:upperCorner>%s %s</gml:upperCorner>
                        </gml:Envelope></ogc:BBOX>
                    </ogc:And></ogc:Filter></csw:Constraint>
                  </csw:Query>
                </csw:GetRecords>""".formatted(words, num(south), num(west), num(north), num(east));
    }

    /** numberOfRecordsMatched, numberOfRecordsReturned, nextRecord. */
    private static long[] results(String response) {
        Matcher m = RESULTS.matcher(response);
        if (!m.find()) {
            throw new IllegalStateException("No SearchResults in " + response.substring(0, Math.min(500,
                    response.length())));
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms", at(sorted, 0.50),
                at(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    private static int env(String name, int otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : Integer.parseInt(v);
    }
}
