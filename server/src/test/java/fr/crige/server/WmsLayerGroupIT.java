package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Layer groups through HTTP: the sample group {@code cvl:fond_de_plan} in the capabilities and in GetMap, and a
 * group created with the REST API, requestable at once and gone once deleted.
 */
class WmsLayerGroupIT extends ServerTestSupport {

    private static final String MAP = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:2154"
            + "&BBOX=500000,6620000,720000,6820000&WIDTH=128&HEIGHT=128&FORMAT=image/png&LAYERS=";

    @Test
    void theSampleGroupIsANamedLayerHoldingItsLayers() {
        HttpResponse<String> workspace = get("/cvl/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertThat(workspace.body()).containsPattern("(?s)<Name>fond_de_plan</Name>.*<Name>communes</Name>"
                + ".*<Name>departements</Name>.*<Name>roads</Name>");
        HttpResponse<String> global = get("/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetCapabilities");
        assertThat(global.body()).contains("<Name>cvl:fond_de_plan</Name>");

        HttpResponse<byte[]> map = sendBytes("/cvl/wms?" + MAP + "fond_de_plan");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type")).contains("image/png");
        HttpResponse<String> styled = get("/cvl/wms?" + MAP.replace("STYLES=", "STYLES=communes") + "fond_de_plan");
        assertThat(styled.statusCode()).isEqualTo(400);
        assertThat(styled.body()).contains("StyleNotDefined");
    }

    @Test
    void aGroupCreatedThroughRestIsRequestableUntilDeleted() {
        HttpResponse<String> created = post("/rest/layergroups", "application/json",
                "{\"layerGroup\": {\"name\": \"it_carte\", \"mode\": \"single\", \"title\": \"Carte IT\","
                        + " \"layers\": [\"cvl:fond_de_plan\", \"cvl:trees\"]}}");
        assertThat(created.statusCode()).isEqualTo(201);
        try {
            HttpResponse<byte[]> map = sendBytes("/wms?" + MAP + "it_carte");
            assertThat(map.statusCode()).isEqualTo(200);
            assertThat(map.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            assertThat(get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities").body())
                    .contains("<Name>it_carte</Name>");
        } finally {
            assertThat(delete("/rest/layergroups/it_carte").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> gone = get("/wms?" + MAP + "it_carte");
        assertThat(gone.statusCode()).isEqualTo(400);
        assertThat(gone.body()).contains("LayerNotDefined");
    }
}
