package fr.crige.wfs;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.crs.CrsService;
import fr.crige.core.store.StoreManager;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the WFS for the server, which registers every {@link fr.crige.ows.OwsService} bean. The settings
 * are a {@link WfsSettings} bean when the application defines one, the defaults otherwise; the catalogue links
 * are the application's {@link MetadataRecordLinks} bean, shared with the WMS, when one exists, the settings'
 * URL pattern otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class WfsConfiguration {

    @Bean
    public WfsService wfsService(Catalog catalog, StoreManager storeManager, CrsService crsService,
            ObjectProvider<WfsSettings> settings, ObjectProvider<MetadataRecordLinks> metadataLinks) {
        WfsSettings wfsSettings = settings.getIfAvailable(WfsSettings::defaults);
        MetadataRecordLinks links = metadataLinks.getIfAvailable(
                () -> MetadataRecordLinks.fromTemplate(wfsSettings.metadataUrlTemplate()));
        return new WfsService(new FeatureTypeResolver(catalog, storeManager), crsService, wfsSettings, links);
    }
}
