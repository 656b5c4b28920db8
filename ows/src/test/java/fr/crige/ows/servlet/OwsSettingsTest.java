package fr.crige.ows.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OwsSettingsTest {

    @Test
    void defaultsAreTenMebibytesAndNoProxy() {
        OwsSettings defaults = OwsSettings.defaults();

        assertThat(defaults.maxBodyBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(defaults.proxyBaseUrl()).isNull();
        assertThat(defaults.useForwardedHeaders()).isFalse();
    }

    @Test
    void proxyBaseUrlLosesItsTrailingSlashAndBlankMeansNone() {
        assertThat(new OwsSettings(1, "https://geo.example.fr/crige/", false).proxyBaseUrl())
                .isEqualTo("https://geo.example.fr/crige");
        assertThat(new OwsSettings(1, "  ", false).proxyBaseUrl()).isNull();
    }

    @Test
    void proxyBaseUrlMustBeAnHttpUrl() {
        assertThatThrownBy(() -> new OwsSettings(1, "geo.example.fr", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OwsSettings(1, "ftp://geo.example.fr", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OwsSettings(1, "https://geo.example.fr/?a=b", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bodyLimitMustNotBeNegative() {
        assertThatThrownBy(() -> new OwsSettings(-1, null, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
