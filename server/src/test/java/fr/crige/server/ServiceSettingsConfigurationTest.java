package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.wfs.WfsSettings;
import fr.crige.wfs.getfeature.MatchCounting;
import fr.crige.wms.WmsSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The {@code crige.wfs.*} / {@code crige.wms.*} properties as an administrator writes them. */
class ServiceSettingsConfigurationTest {

    private final ServiceSettingsConfiguration configuration = new ServiceSettingsConfiguration();

    private static CrigeProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("crige", CrigeProperties.class);
    }

    @Test
    void withoutPropertiesTheServicesKeepTheirDefaults() {
        CrigeProperties none = bind(Map.of());

        assertThat(configuration.wfsSettings(none)).isEqualTo(WfsSettings.defaults());
        assertThat(configuration.wmsSettings(none)).isEqualTo(WmsSettings.defaults());
    }

    @Test
    void limitsAndPrecisionAreReadFromKebabCaseProperties() {
        CrigeProperties p = bind(Map.of(
                "crige.wfs.max-features", "50000",
                "crige.wfs.request-timeout", "30s",
                "crige.wfs.match-counting", "always",
                "crige.wfs.projected-decimals", "2",
                "crige.wms.max-width", "4096",
                "crige.wms.max-rendering-memory", "64MB",
                "crige.wms.max-concurrent-renderings", "3",
                "crige.wms.title", "GéoCentre — visualisation"));

        WfsSettings wfs = configuration.wfsSettings(p);
        assertThat(wfs.maxFeatures()).isEqualTo(50_000);
        assertThat(wfs.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(wfs.matchCounting()).isEqualTo(MatchCounting.ALWAYS);
        assertThat(wfs.precision().projectedDecimals()).isEqualTo(2);
        assertThat(wfs.precision().geographicDecimals()).isEqualTo(WfsSettings.defaults().precision().geographicDecimals());
        assertThat(wfs.inspire()).isNull();

        WmsSettings wms = configuration.wmsSettings(p);
        assertThat(wms.maxWidth()).isEqualTo(4096);
        assertThat(wms.maxHeight()).isEqualTo(WmsSettings.DEFAULT_MAX_SIZE);
        assertThat(wms.maxRenderingMemory()).isEqualTo(64L * 1024 * 1024);
        assertThat(wms.maxConcurrentRenderings()).isEqualTo(3);
        assertThat(wms.title()).isEqualTo("GéoCentre — visualisation");
    }

    @Test
    void inspireDeclarationsPointToTheServiceRecordOfTheCatalogueByDefault() {
        CrigeProperties p = bind(Map.of(
                "crige.wfs.inspire.enabled", "true",
                "crige.wms.inspire.enabled", "true",
                "crige.wms.inspire.other-languages", "eng,ger"));

        assertThat(configuration.wfsSettings(p).inspire().serviceMetadataUrl())
                .startsWith("{base}/csw?SERVICE=CSW&VERSION=2.0.2&REQUEST=GetRecordById").contains("&ID=");
        assertThat(configuration.wfsSettings(p).inspire().defaultLanguage()).isEqualTo("fre");
        fr.crige.wms.InspireSettings wms = configuration.wmsSettings(p).inspire();
        assertThat(wms.metadataUrl()).startsWith("{base}/csw?");
        assertThat(wms.languages()).containsExactly("fre", "eng", "ger");

        CrigeProperties own = bind(Map.of("crige.wfs.inspire.enabled", "true",
                "crige.wfs.inspire.metadata-url", "https://catalogue.example.fr/records/wfs"));
        assertThat(configuration.wfsSettings(own).inspire().serviceMetadataUrl())
                .isEqualTo("https://catalogue.example.fr/records/wfs");
    }
}
