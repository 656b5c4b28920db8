package fr.crige.rest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.catalog.StyleInfo;
import fr.crige.core.crs.CrsService;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.DataStoreFactory;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.FakeDataStore;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreException;
import fr.crige.core.store.StoreManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The REST controllers over a real catalog persisted in a temporary data directory, with the real GeoPackage
 * store on a copy of the sample data and a fake "fake" store type for connection-parameter tests.
 */
abstract class RestTestSupport {

    static final Path SAMPLE = Path.of("..", "data-dir", "data", "cvl.gpkg");

    @TempDir
    Path dir;

    DefaultCatalog catalog;
    DataDirectory dataDirectory;
    StoreManager stores;
    MockMvc mvc;

    static String sld(String name) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>layer</Name><UserStyle><Name>%s</Name>
                    <FeatureTypeStyle><Rule><PolygonSymbolizer/></Rule></FeatureTypeStyle>
                  </UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """.formatted(name);
    }

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.copy(SAMPLE, dir.resolve("data/cvl.gpkg"));
        catalog = new DefaultCatalog();
        dataDirectory = new DataDirectory(dir);
        catalog.addListener(dataDirectory.writer());
        for (String style : List.of("point", "line", "polygon", "generic")) {
            catalog.add(new StyleInfo(null, style, style + ".sld", "sld", "1.0.0"),
                    sld(style).getBytes(StandardCharsets.UTF_8));
        }
        DataStoreRegistry registry = DataStoreRegistry.fromClassPath();
        registry.register("fake", new DataStoreFactory() {
            @Override
            public String type() {
                return "fake";
            }

            @Override
            public DataStore open(Map<String, String> parameters, StoreContext context) {
                if (!"hunter2".equals(parameters.get("passwd"))) {
                    throw new StoreException("authentication failed for user " + parameters.get("user"));
                }
                return new FakeDataStore(Map.of(), Map.of());
            }
        });
        SecretReferences secrets = new SecretReferences(dataDirectory.secrets());
        CrsService crs = new SisCrsService();
        stores = new StoreManager(catalog, registry, secrets, new StoreContext(dir, crs));
        mvc = MockMvcBuilders.standaloneSetup(
                        new WorkspaceController(catalog, secrets),
                        new DataStoreController(catalog, stores, registry, secrets),
                        new FeatureTypeController(catalog, stores, crs),
                        new LayerController(catalog),
                        new LayerGroupController(catalog),
                        new StyleController(catalog, dataDirectory))
                .setControllerAdvice(new RestErrors())
                .build();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    void postJson(String path, String json) throws Exception {
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated());
    }

    /** Workspace "cvl" with GeoPackage store "cvl" on the sample data. */
    void createCvlStore() throws Exception {
        postJson("/rest/workspaces", "{\"workspace\":{\"name\":\"cvl\"}}");
        postJson("/rest/workspaces/cvl/datastores", """
                {"dataStore":{"name":"cvl","type":"GeoPackage",
                  "connectionParameters":{"entry":[{"@key":"database","$":"data/cvl.gpkg"}]}}}""");
    }
}
