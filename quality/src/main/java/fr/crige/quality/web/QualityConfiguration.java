package fr.crige.quality.web;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.crs.CrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreManager;
import fr.crige.quality.model.StandardRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the quality service of the server: standards read from {@code quality/standards/} of the data
 * directory, uploads of GeoPackages opened with the data directory's store context. Limits come from a
 * {@link QualitySettings} bean when the application defines one.
 */
@Configuration(proxyBeanMethods = false)
public class QualityConfiguration {

    @Bean
    public QualityService qualityService(DataDirectory dataDirectory, Catalog catalog, StoreManager storeManager,
            CrsService crsService, ObjectProvider<QualitySettings> settings) {
        return new QualityService(new StandardRepository(dataDirectory.root().resolve("quality").resolve("standards")),
                catalog, storeManager, new StoreContext(dataDirectory.root(), crsService),
                settings.getIfAvailable(QualitySettings::defaults));
    }
}
