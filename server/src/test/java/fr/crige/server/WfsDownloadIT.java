package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The WFS over HTTP as QGIS, GDAL and harvesters use it: GeoJSON pages whose structure and links a client can
 * follow, GML pages with honest counts, and the updateSequence exchange of OWS Common.
 */
class WfsDownloadIT extends ServerTestSupport {

    private static final String GET_FEATURE = "/cvl/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature";

    @Test
    void geoJsonPagesAreFeatureCollectionsLinkedToTheNextPage() throws Exception {
        HttpResponse<String> first = get(GET_FEATURE + "&TYPENAMES=communes&COUNT=3&OUTPUTFORMAT=application/json"
                + "&SRSNAME=EPSG:4326");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        JsonNode page = new ObjectMapper().readTree(first.body());
        assertThat(page.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(page.get("features")).hasSize(3);
        for (JsonNode feature : page.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.get("id").asText()).startsWith("communes.");
            assertThat(feature.get("properties").isObject()).isTrue();
            JsonNode geometry = feature.get("geometry");
            assertThat(geometry.get("type").asText()).isEqualTo("MultiPolygon");
            JsonNode position = geometry.get("coordinates").get(0).get(0).get(0);
            assertThat(position).hasSize(2);
            assertThat(position.get(0).asDouble()).as("longitude first").isBetween(-0.5, 3.5);
            assertThat(position.get(1).asDouble()).isBetween(46.0, 49.0);
        }
        assertThat(page.get("numberReturned").asInt()).isEqualTo(3);
        JsonNode next = page.get("links").get(0);
        assertThat(next.get("rel").asText()).isEqualTo("next");
        String href = next.get("href").asText();
        JsonNode second = new ObjectMapper().readTree(get(href.substring(href.indexOf("/cvl/wfs"))).body());
        assertThat(second.get("features")).hasSize(3);
        assertThat(second.get("features").get(0).get("id").asText())
                .isNotEqualTo(page.get("features").get(0).get("id").asText());
    }

    @Test
    void gmlPagesCountOnlyWhatTheyNeed() {
        HttpResponse<String> full = get(GET_FEATURE + "&TYPENAMES=communes&COUNT=5");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body()).contains("numberMatched=\"unknown\"").contains("numberReturned=\"5\"")
                .contains("next=\"");
        HttpResponse<String> all = get(GET_FEATURE + "&TYPENAMES=departements");
        assertThat(all.body()).contains("numberMatched=\"6\"").contains("numberReturned=\"6\"")
                .doesNotContain("next=\"");
        HttpResponse<String> hits = get(GET_FEATURE + "&TYPENAMES=communes&RESULTTYPE=hits");
        assertThat(attribute(hits.body(), "numberMatched")).matches("\\d+");
    }

    @Test
    void updateSequenceTellsAClientItsCopyIsCurrent() {
        String caps = get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities").body();
        String sequence = attribute(caps, "updateSequence");
        assertThat(sequence).matches("\\d+");
        HttpResponse<String> current = get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities&UPDATESEQUENCE=" + sequence);
        assertThat(current.statusCode()).isEqualTo(400);
        assertThat(current.body()).contains("exceptionCode=\"CurrentUpdateSequence\"")
                .contains("locator=\"updateSequence\"");
        HttpResponse<String> future = get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities&UPDATESEQUENCE="
                + (Long.parseLong(sequence) + 1));
        assertThat(future.body()).contains("exceptionCode=\"InvalidUpdateSequence\"");
        HttpResponse<String> older = get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities&UPDATESEQUENCE=1");
        assertThat(older.statusCode()).isEqualTo(200);
        assertThat(older.body()).contains("WFS_Capabilities");
    }

    private static String attribute(String xml, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(xml);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }
}
