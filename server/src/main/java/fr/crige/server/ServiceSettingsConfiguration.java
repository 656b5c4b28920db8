package fr.crige.server;

import fr.crige.csw.publish.OwsEndpoints;
import fr.crige.csw.publish.PublicationIdentifiers;
import fr.crige.csw.publish.PublishedService;
import fr.crige.wfs.CoordinatePrecision;
import fr.crige.wfs.WfsSettings;
import fr.crige.wfs.inspire.InspireSettings;
import fr.crige.wms.WmsSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns the {@code crige.wfs.*} and {@code crige.wms.*} properties (application.properties, command line,
 * environment: {@code CRIGE_WFS_MAX_FEATURES=50000}) into the settings the WFS and WMS modules read. Each
 * property left unset keeps the module's default, so an empty configuration gives exactly the defaults.
 *
 * <p>With {@code crige.wfs.inspire.enabled=true} (or {@code crige.wms.inspire.enabled}), the service declares
 * itself an INSPIRE download (view) service; its metadata URL defaults to the service record crige's own
 * catalogue generates, so the link resolves without further configuration.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceSettingsConfiguration {

    @Bean
    WfsSettings wfsSettings(CrigeProperties properties) {
        CrigeProperties.Wfs wfs = properties.wfs();
        WfsSettings d = WfsSettings.defaults();
        CoordinatePrecision precision = new CoordinatePrecision(
                or(wfs.projectedDecimals(), d.precision().projectedDecimals()),
                or(wfs.geographicDecimals(), d.precision().geographicDecimals()));
        InspireSettings inspire = null;
        if (wfs.inspire() != null && wfs.inspire().enabled()) {
            inspire = new InspireSettings(metadataUrl(wfs.inspire(), PublishedService.WFS),
                    wfs.inspire().defaultLanguage(), wfs.inspire().otherLanguages(), Map.of());
        }
        return new WfsSettings(or(wfs.title(), d.title()), or(wfs.abstractText(), d.abstractText()), d.keywords(),
                d.providerName(), d.providerSite(), or(wfs.maxFeatures(), d.maxFeatures()),
                or(wfs.maxFilterLength(), d.maxFilterLength()), or(wfs.requestTimeout(), d.requestTimeout()),
                or(wfs.matchCounting(), d.matchCounting()), precision,
                or(wfs.metadataUrlTemplate(), d.metadataUrlTemplate()), inspire);
    }

    @Bean
    WmsSettings wmsSettings(CrigeProperties properties) {
        CrigeProperties.Wms wms = properties.wms();
        WmsSettings d = WmsSettings.defaults();
        fr.crige.wms.InspireSettings inspire = null;
        if (wms.inspire() != null && wms.inspire().enabled()) {
            List<String> languages = new ArrayList<>();
            languages.add(wms.inspire().defaultLanguage());
            wms.inspire().otherLanguages().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
            inspire = new fr.crige.wms.InspireSettings(metadataUrl(wms.inspire(), PublishedService.WMS),
                    wms.inspire().defaultLanguage(), languages);
        }
        long memory = wms.maxRenderingMemory() == null ? d.maxRenderingMemory()
                : wms.maxRenderingMemory().toBytes();
        return new WmsSettings(or(wms.title(), d.title()), or(wms.abstractText(), d.abstractText()), d.keywords(),
                or(wms.maxWidth(), d.maxWidth()), or(wms.maxHeight(), d.maxHeight()), memory,
                or(wms.maxFeatureCount(), d.maxFeatureCount()), d.metadataUrlTemplate(), inspire,
                or(wms.maxConcurrentRenderings(), d.maxConcurrentRenderings()),
                or(wms.renderingQueueTimeout(), d.renderingQueueTimeout()));
    }

    /** The configured metadata URL, or GetRecordById of the service record crige's catalogue generates. */
    private static String metadataUrl(CrigeProperties.Inspire inspire, PublishedService service) {
        if (inspire.metadataUrl() != null && !inspire.metadataUrl().isBlank()) {
            return inspire.metadataUrl();
        }
        return "{base}" + OwsEndpoints.recordPath(PublicationIdentifiers.serviceRecord(service));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
