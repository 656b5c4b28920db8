package fr.crige.server;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.crs.CrsService;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.datadir.LoadProblem;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core beans: CRS support, the data directory and the catalog loaded from it, store types and the
 * store manager. The order matters: the catalog is loaded first, then the data directory writer listens to
 * it, so that loading does not rewrite the files.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogConfiguration.class);

    @Bean
    CrsService crsService() {
        return new SisCrsService();
    }

    @Bean
    DataDirectory dataDirectory(CrigeProperties properties) {
        Path root = properties.dataDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The data directory " + root + " does not exist; set crige.data-dir"
                    + " (or CRIGE_DATA_DIR) to the folder holding the configuration");
        }
        return new DataDirectory(root);
    }

    @Bean
    Catalog catalog(DataDirectory dataDirectory) {
        long t0 = System.nanoTime();
        DefaultCatalog catalog = new DefaultCatalog();
        List<LoadProblem> problems = dataDirectory.load(catalog);
        catalog.addListener(dataDirectory.writer());
        LOG.info("Catalog loaded from {} in {} ms: {} workspaces, {} stores, {} layers, {} styles{}",
                dataDirectory.root(), (System.nanoTime() - t0) / 1_000_000, catalog.workspaces().size(),
                catalog.workspaces().stream().mapToInt(w -> catalog.stores(w.name()).size()).sum(),
                catalog.layers(null).size(), catalog.styles(null).size(),
                problems.isEmpty() ? "" : "; " + problems.size() + " files skipped (see warnings above)");
        return catalog;
    }

    @Bean
    SecretReferences secretReferences(DataDirectory dataDirectory) {
        return new SecretReferences(dataDirectory.secrets());
    }

    @Bean
    DataStoreRegistry dataStoreRegistry() {
        return DataStoreRegistry.fromClassPath();
    }

    @Bean(destroyMethod = "close")
    StoreManager storeManager(Catalog catalog, DataStoreRegistry registry, SecretReferences secrets,
            DataDirectory dataDirectory, CrsService crs) {
        return new StoreManager(catalog, registry, secrets, new StoreContext(dataDirectory.root(), crs));
    }
}
