package fr.crige.wms;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.crs.CrsService;
import fr.crige.core.store.StoreManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the WMS for the server, which registers every {@link fr.crige.ows.OwsService} bean. The settings
 * are a {@link WmsSettings} bean when the application defines one, the defaults otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class WmsConfiguration {

    @Bean
    public WmsService wmsService(Catalog catalog, StoreManager storeManager, CrsService crsService,
            ObjectProvider<WmsSettings> settings) {
        return new WmsService(catalog, storeManager, crsService, settings.getIfAvailable(WmsSettings::defaults));
    }
}
