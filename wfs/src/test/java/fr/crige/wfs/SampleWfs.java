package fr.crige.wfs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.query.Query;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.DataStoreFactory;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreManager;
import fr.crige.core.xml.PrefixNamespaces;
import fr.crige.core.xml.SecureXml;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.ows.OwsService;
import fr.crige.store.geopackage.GeoPackageStoreFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Document;

/**
 * The sample data directory (GeoPackage store cvl, workspace cvl) opened for WFS tests, with stores that count
 * the count queries they answer, so that tests can tell which requests count their matches.
 */
final class SampleWfs implements AutoCloseable {

    static final String BASE = "http://localhost:8080";

    final DefaultCatalog catalog = new DefaultCatalog();
    final SisCrsService crs = new SisCrsService();
    final FeatureTypeResolver resolver;
    private final StoreManager stores;
    private final AtomicInteger countQueries = new AtomicInteger();

    SampleWfs(Path dataDir) throws IOException {
        copy(Path.of("../data-dir"), dataDir);
        assertThat(DataDirectory.load(dataDir, catalog)).isEmpty();
        DataStoreRegistry registry = new DataStoreRegistry();
        GeoPackageStoreFactory geoPackage = new GeoPackageStoreFactory();
        registry.register(GeoPackageStoreFactory.TYPE, new DataStoreFactory() {
            @Override
            public String type() {
                return geoPackage.type();
            }

            @Override
            public DataStore open(Map<String, String> parameters, StoreContext context) {
                return new CountingStore(geoPackage.open(parameters, context), countQueries);
            }
        });
        stores = new StoreManager(catalog, registry, new SecretReferences(new DataDirectory(dataDir).secrets()),
                new StoreContext(dataDir, crs));
        resolver = new FeatureTypeResolver(catalog, stores);
    }

    WfsService service(WfsSettings settings) {
        return new WfsService(resolver, crs, settings);
    }

    /** The count queries the stores answered since the last call. */
    int takeCountQueries() {
        return countQueries.getAndSet(0);
    }

    static OwsRequest kvp(String version, String operation, String... params) {
        KvpParameters.Builder kvp = KvpParameters.builder().add("SERVICE", "WFS").add("VERSION", version)
                .add("REQUEST", operation);
        for (int i = 0; i < params.length; i += 2) {
            kvp.add(params[i], params[i + 1]);
        }
        return new OwsRequest("WFS", version, operation, kvp.build(), null, null, BASE);
    }

    static byte[] body(OwsService service, OwsRequest request) throws IOException {
        return body(service.operations().get(request.request()).execute(request));
    }

    static byte[] body(OwsResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.body().writeTo(out);
        return out.toByteArray();
    }

    /** The string value of an XPath expression over a document, with the wfs, gml, ows, fes and cvl prefixes. */
    static String xpath(byte[] xml, String expression) throws Exception {
        Document doc = SecureXml.newDocumentBuilderFactory().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new PrefixNamespaces(Map.of("wfs", Namespaces.WFS_2_0, "gml", Namespaces.GML_3_2,
                "ows", Namespaces.OWS_1_1, "fes", Namespaces.FES_2_0, "cvl", "urn:crige:workspace:cvl", "wfs11",
                Namespaces.WFS_1_1, "gml31", Namespaces.GML_3_1, "ows10", Namespaces.OWS_1_0)));
        return xpath.evaluate(expression, doc);
    }

    @Override
    public void close() {
        stores.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** A store counting its count queries. */
    private record CountingStore(DataStore store, AtomicInteger counts) implements DataStore {
        @Override
        public List<String> typeNames() {
            return store.typeNames();
        }

        @Override
        public FeatureSchema schema(String typeName) {
            return store.schema(typeName);
        }

        @Override
        public long count(Query query) {
            counts.incrementAndGet();
            return store.count(query);
        }

        @Override
        public Optional<Envelope> bounds(Query query) {
            return store.bounds(query);
        }

        @Override
        public FeatureReader features(Query query) {
            return store.features(query);
        }

        @Override
        public void ping() {
            store.ping();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
