package fr.crige.wfs;

import static fr.crige.wfs.SampleWfs.body;
import static fr.crige.wfs.SampleWfs.kvp;
import static fr.crige.wfs.SampleWfs.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.wfs.getfeature.MatchCounting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What GetFeature counts before answering: by default nothing it can learn while reading the page, with
 * {@code numberMatched} exact on the last page and {@code unknown} on the others; everything with
 * {@link MatchCounting#ALWAYS}. The departement 37 has many communes, the sample's departements table 6 rows.
 */
class MatchCountingTest extends AbstractSampleWfsTest {

    private static final String FILTER_37 = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\">"
            + "<fes:PropertyIsEqualTo><fes:ValueReference>insee_dep</fes:ValueReference><fes:Literal>37</fes:Literal>"
            + "</fes:PropertyIsEqualTo></fes:Filter>";

    private static WfsService wfs;
    private static long communes37;

    @BeforeAll
    static void countCommunes37() throws Exception {
        wfs = sample.service(WfsSettings.defaults());
        communes37 = Long.parseLong(xpath(body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes",
                "filter", FILTER_37, "resultType", "hits")), "/wfs:FeatureCollection/@numberMatched"));
        assertThat(communes37).isGreaterThan(100);
    }

    @BeforeEach
    void resetCounter() {
        sample.takeCountQueries();
    }

    @Test
    void aFullGmlPageHasAnUnknownNumberMatchedAndANextLink() throws Exception {
        byte[] page = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "filter", FILTER_37,
                "count", "10", "startIndex", "20"));
        assertThat(xpath(page, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("unknown");
        assertThat(xpath(page, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("10");
        assertThat(xpath(page, "count(//wfs:member)")).isEqualTo("10");
        assertThat(xpath(page, "/wfs:FeatureCollection/@next")).contains("STARTINDEX=30");
        assertThat(sample.takeCountQueries()).as("one count, bounded by the page").isEqualTo(1);
    }

    @Test
    void theLastGmlPageKnowsNumberMatchedAndHasNoNextLink() throws Exception {
        long start = communes37 - 4;
        byte[] page = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "filter", FILTER_37,
                "count", "10", "startIndex", Long.toString(start)));
        assertThat(xpath(page, "/wfs:FeatureCollection/@numberMatched")).isEqualTo(Long.toString(communes37));
        assertThat(xpath(page, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("4");
        assertThat(xpath(page, "count(//wfs:member)")).isEqualTo("4");
        assertThat(xpath(page, "/wfs:FeatureCollection/@next")).isEmpty();
        assertThat(xpath(page, "/wfs:FeatureCollection/@previous")).contains("STARTINDEX=" + (start - 10));
    }

    @Test
    void aPageExactlyAtTheEndHasNoNextLink() throws Exception {
        byte[] page = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "filter", FILTER_37,
                "count", "10", "startIndex", Long.toString(communes37 - 10)));
        assertThat(xpath(page, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("10");
        assertThat(xpath(page, "/wfs:FeatureCollection/@numberMatched")).isEqualTo(Long.toString(communes37));
        assertThat(xpath(page, "/wfs:FeatureCollection/@next")).isEmpty();
    }

    @Test
    void anEmptyPageBeyondTheEndCountsTheMatches() throws Exception {
        byte[] page = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "filter", FILTER_37,
                "count", "10", "startIndex", "100000"));
        assertThat(xpath(page, "/wfs:FeatureCollection/@numberMatched")).isEqualTo(Long.toString(communes37));
        assertThat(xpath(page, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("0");
    }

    @Test
    void geoJsonCountsNothingAndWritesTheCountsAfterTheFeatures() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode full = mapper.readTree(body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes",
                "filter", FILTER_37, "count", "10", "outputFormat", "application/json")));
        assertThat(full.get("features")).hasSize(10);
        assertThat(full.get("numberReturned").asLong()).isEqualTo(10);
        assertThat(full.has("numberMatched")).as("unknown, left out").isFalse();
        assertThat(full.get("links").get(0).get("rel").asText()).isEqualTo("next");
        assertThat(full.get("links").get(0).get("href").asText()).contains("STARTINDEX=10");

        JsonNode last = mapper.readTree(body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes",
                "filter", FILTER_37, "count", "10", "startIndex", Long.toString(communes37 - 3),
                "outputFormat", "application/json")));
        assertThat(last.get("features")).hasSize(3);
        assertThat(last.get("numberMatched").asLong()).isEqualTo(communes37);
        assertThat(last.get("links")).hasSize(1);
        assertThat(last.get("links").get(0).get("rel").asText()).isEqualTo("previous");
        assertThat(sample.takeCountQueries()).isZero();
    }

    @Test
    void downloadFormatsCountNothing() throws Exception {
        String csv = new String(body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:departements",
                "outputFormat", "csv")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.split("\r?\n")).hasSize(1 + 6);
        assertThat(sample.takeCountQueries()).isZero();
    }

    @Test
    void hitsAndSeveralQueriesStillCount() throws Exception {
        byte[] hits = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:departements", "resultType", "hits"));
        assertThat(xpath(hits, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("6");
        byte[] two = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:departements,cvl:communes",
                "count", "8"));
        assertThat(xpath(two, "/wfs:FeatureCollection/@numberMatched")).isNotEqualTo("unknown");
        assertThat(xpath(two, "count(//cvl:departements)")).isEqualTo("6");
        assertThat(xpath(two, "count(//cvl:communes)")).isEqualTo("2");
    }

    @Test
    void alwaysCountsEveryPage() throws Exception {
        WfsService counting = sample.service(WfsSettings.defaults().withMatchCounting(MatchCounting.ALWAYS));
        byte[] page = body(counting, kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "filter", FILTER_37,
                "count", "10"));
        assertThat(xpath(page, "/wfs:FeatureCollection/@numberMatched")).isEqualTo(Long.toString(communes37));
        assertThat(xpath(page, "/wfs:FeatureCollection/@next")).contains("STARTINDEX=10");
        JsonNode json = new ObjectMapper().readTree(body(counting, kvp("2.0.0", "GetFeature", "typeNames",
                "cvl:communes", "filter", FILTER_37, "count", "10", "outputFormat", "application/json")));
        assertThat(json.get("numberMatched").asLong()).isEqualTo(communes37);
    }
}
