package fr.crige.quality.web;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.crs.CrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreManager;
import fr.crige.csw.publish.PublicationRecords;
import fr.crige.csw.store.RecordStore;
import fr.crige.quality.catalogue.MetadataCatalogue;
import fr.crige.quality.model.StandardRepository;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the quality service of the server: standards read from {@code quality/standards/} of the data
 * directory, uploads of GeoPackages opened with the data directory's store context, and the CSW catalogue
 * (record store and the records of published layers) when the server has one. Limits come from a
 * {@link QualitySettings} bean when the application defines one.
 */
@Configuration(proxyBeanMethods = false)
public class QualityConfiguration {

    @Bean
    public QualityService qualityService(DataDirectory dataDirectory, Catalog catalog, StoreManager storeManager,
            CrsService crsService, ObjectProvider<QualitySettings> settings, ObjectProvider<RecordStore> records,
            ObjectProvider<PublicationRecords> publications) {
        RecordStore store = records.getIfAvailable();
        PublicationRecords published = publications.getIfAvailable();
        MetadataCatalogue catalogue = store == null || published == null ? null
                : new MetadataCatalogue(store, published, Clock.systemUTC());
        return new QualityService(new StandardRepository(dataDirectory.root().resolve("quality").resolve("standards")),
                catalog, storeManager, new StoreContext(dataDirectory.root(), crsService),
                settings.getIfAvailable(QualitySettings::defaults), catalogue);
    }
}
