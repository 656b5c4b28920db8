package fr.crige.wfs;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.crs.CrsService;
import fr.crige.core.store.StoreManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the WFS for the server, which registers every {@link fr.crige.ows.OwsService} bean. The settings
 * are a {@link WfsSettings} bean when the application defines one, the defaults otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class WfsConfiguration {

    @Bean
    public WfsService wfsService(Catalog catalog, StoreManager storeManager, CrsService crsService,
            ObjectProvider<WfsSettings> settings) {
        return new WfsService(new FeatureTypeResolver(catalog, storeManager), crsService,
                settings.getIfAvailable(WfsSettings::defaults));
    }
}
