package fr.crige.wfs;

import static fr.crige.wfs.SampleWfs.body;
import static fr.crige.wfs.SampleWfs.kvp;
import static fr.crige.wfs.SampleWfs.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GetFeature writes coordinates with the decimals of the output CRS's kind, in GML and in GeoJSON. */
class CoordinatePrecisionTest extends AbstractSampleWfsTest {

    @Test
    void gmlHasMillimetresInLambert93AndEightDecimalsInDegreesByDefault() throws Exception {
        WfsService wfs = sample.service(WfsSettings.defaults());
        String lambert = xpath(body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "count", "1")),
                "(//gml:posList)[1]");
        assertThat(maxDecimals(lambert.split(" "))).isBetween(1, 3);
        String degrees = xpath(body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "count", "1",
                "srsName", "urn:ogc:def:crs:EPSG::4326")), "(//gml:posList)[1]");
        assertThat(maxDecimals(degrees.split(" "))).isBetween(4, 8);
    }

    @Test
    void geoJsonFollowsTheSettings() throws Exception {
        WfsService wfs = sample.service(WfsSettings.defaults().withPrecision(new CoordinatePrecision(0, 2)));
        JsonNode lambert = new ObjectMapper().readTree(body(wfs, kvp("2.0.0", "GetFeature", "typeNames",
                "cvl:communes", "count", "1", "outputFormat", "application/json")));
        List<String> ordinates = ordinates(lambert.get("features").get(0).get("geometry").get("coordinates"));
        assertThat(ordinates).isNotEmpty().allSatisfy(o -> assertThat(o).doesNotContain("."));
        JsonNode degrees = new ObjectMapper().readTree(body(wfs, kvp("2.0.0", "GetFeature", "typeNames",
                "cvl:communes", "count", "1", "outputFormat", "application/json", "srsName", "EPSG:4326")));
        assertThat(maxDecimals(ordinates(degrees.get("features").get(0).get("geometry").get("coordinates"))
                .toArray(String[]::new))).isBetween(1, 2);
    }

    @Test
    void fullPrecisionKeepsEveryDigit() throws Exception {
        WfsService wfs = sample.service(WfsSettings.defaults().withPrecision(
                new CoordinatePrecision(CoordinatePrecision.FULL, CoordinatePrecision.FULL)));
        String degrees = xpath(body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "count", "1",
                "srsName", "urn:ogc:def:crs:EPSG::4326")), "(//gml:posList)[1]");
        assertThat(maxDecimals(degrees.split(" "))).isGreaterThan(8);
    }

    private static int maxDecimals(String[] ordinates) {
        int max = 0;
        for (String o : ordinates) {
            int dot = o.indexOf('.');
            max = Math.max(max, dot < 0 ? 0 : o.length() - dot - 1);
        }
        return max;
    }

    private static List<String> ordinates(JsonNode coordinates) {
        List<String> out = new ArrayList<>();
        if (coordinates.isNumber()) {
            out.add(coordinates.asText());
        } else {
            coordinates.forEach(c -> out.addAll(ordinates(c)));
        }
        return out;
    }
}
