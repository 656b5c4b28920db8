package fr.crige.ows.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.ows.OwsServiceRegistry;
import fr.crige.ows.TestService;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointResolverTest {

    private final EndpointResolver resolver;

    EndpointResolverTest() {
        OwsServiceRegistry registry = new OwsServiceRegistry();
        registry.register(new TestService("WMS", List.of("1.3.0"), null));
        registry.register(new TestService("WFS", List.of("2.0.0"), null));
        resolver = new EndpointResolver(registry);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "/ows, -, -",
            "/wms, -, WMS",
            "/wfs/, -, WFS",
            "/geoserver/ows, -, -",
            "/geoserver/wfs, -, WFS",
            "/topp/ows, topp, -",
            "/topp/wms, topp, WMS",
            "/geoserver/topp/wfs, topp, WFS",
            "/geoserver/geoserver/ows, geoserver, -",
            "//topp//wms, topp, WMS",
            "/wcs, -, WCS",
            "/topp/csw, topp, CSW"})
    void resolvesOwsPaths(String path, String workspace, String service) {
        assertThat(resolver.resolve(path)).contains(new OwsEndpoint(workspace, service));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/WMS", "/OWS", "/topp/gml", "/a/b/ows", "/geoserver/a/b/wms",
            "/geoserver", "/topp/states"})
    void ignoresOtherPaths(String path) {
        assertThat(resolver.resolve(path)).isEmpty();
    }
}
