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
import fr.crige.quality.report.ReportRepository;
import fr.crige.quality.report.ReportRetention;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Creates the quality service of the server: standards read from {@code quality/standards/} of the data
 * directory, uploads of GeoPackages opened with the data directory's store context, and the CSW catalogue
 * (record store and the records of published layers) when the server has one. Reports are kept in
 * {@code quality/reports/}. Limits come from a {@link QualitySettings} bean when the application defines one;
 * otherwise the defaults apply, with the retention of reports read from {@code crige.quality.reports.max-count}
 * (default 500) and {@code crige.quality.reports.max-age} (a duration such as {@code 90d} or {@code P90D},
 * default 90 days).
 */
@Configuration(proxyBeanMethods = false)
public class QualityConfiguration {

    @Bean
    public QualityService qualityService(DataDirectory dataDirectory, Catalog catalog, StoreManager storeManager,
            CrsService crsService, ObjectProvider<QualitySettings> settings, ObjectProvider<RecordStore> records,
            ObjectProvider<PublicationRecords> publications, Environment environment) {
        QualitySettings limits = settings.getIfAvailable(() -> settingsFrom(environment));
        RecordStore store = records.getIfAvailable();
        PublicationRecords published = publications.getIfAvailable();
        MetadataCatalogue catalogue = store == null || published == null ? null
                : new MetadataCatalogue(store, published, Clock.systemUTC());
        return new QualityService(new StandardRepository(dataDirectory.root().resolve("quality").resolve("standards")),
                ReportRepository.inDataDirectory(dataDirectory.root(), limits.reports()), catalog, storeManager,
                new StoreContext(dataDirectory.root(), crsService), limits, catalogue);
    }

    private static QualitySettings settingsFrom(Environment environment) {
        QualitySettings defaults = QualitySettings.defaults();
        ReportRetention retention = new ReportRetention(
                environment.getProperty("crige.quality.reports.max-count", Integer.class,
                        defaults.reports().maxCount()),
                environment.getProperty("crige.quality.reports.max-age", Duration.class, defaults.reports().maxAge()));
        return new QualitySettings(defaults.maxUploadBytes(), defaults.syncMaxBytes(), defaults.archive(), retention);
    }
}
