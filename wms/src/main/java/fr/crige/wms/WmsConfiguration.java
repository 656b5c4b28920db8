package fr.crige.wms;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.crs.CrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.StoreManager;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import fr.crige.wms.graphic.ExternalGraphicLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the WMS for the server, which registers every {@link fr.crige.ows.OwsService} bean. The settings
 * are a {@link WmsSettings} bean when the application defines one, the defaults otherwise; the catalogue
 * links are the application's {@link MetadataRecordLinks} bean, shared with the WFS, when one exists, the
 * settings' URL pattern otherwise. External
 * graphics are read from the data directory's {@code styles} folder, next to the style files.
 */
@Configuration(proxyBeanMethods = false)
public class WmsConfiguration {

    /** The folder of the data directory that ExternalGraphic paths are relative to: the global styles folder. */
    static final String GRAPHICS_FOLDER = "styles";

    @Bean
    public WmsService wmsService(Catalog catalog, StoreManager storeManager, CrsService crsService,
            ObjectProvider<WmsSettings> settings, ObjectProvider<DataDirectory> dataDirectory,
            ObjectProvider<MetadataRecordLinks> metadataLinks) {
        WmsSettings wmsSettings = settings.getIfAvailable(WmsSettings::defaults);
        DataDirectory data = dataDirectory.getIfAvailable();
        ExternalGraphicLoader graphics = data == null ? ExternalGraphicLoader.inlineOnly()
                : new ExternalGraphicLoader(data.root().resolve(GRAPHICS_FOLDER));
        return new WmsService(catalog, storeManager, crsService, wmsSettings, graphics,
                metadataLinks.getIfAvailable(() -> MetadataRecordLinks.fromTemplate(wmsSettings.metadataUrlTemplate())));
    }
}
