package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The server starts on the sample data directory and says so. */
class ServerStartIT extends ServerTestSupport {

    @Test
    void healthIsUpOnceTheCatalogIsLoadedAndStoresAnswer() {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theSampleLayersArePublished() {
        HttpResponse<String> layers = get("/rest/layers");
        assertThat(layers.statusCode()).isEqualTo(200);
        assertThat(layers.body()).contains("cvl:communes", "cvl:departements", "cvl:roads", "cvl:heat_zones",
                "cvl:trees");
    }

    @Test
    void featuresOfTheEmbeddedGeoPackageAreServed() {
        HttpResponse<String> hits = get("/cvl/wfs?service=WFS&version=2.0.0&request=GetFeature"
                + "&typeNames=cvl:trees&resultType=hits");
        assertThat(hits.statusCode()).isEqualTo(200);
        assertThat(hits.body()).contains("numberMatched=\"1999\"");
    }

    @Test
    void onlyTheHealthEndpointOfTheActuatorIsExposed() {
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
    }
}
