package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.crige.quality.engine.Finding;
import fr.crige.quality.engine.TableValidator;
import fr.crige.quality.engine.ValidationContext;
import fr.crige.quality.input.CsvSource;
import fr.crige.quality.input.GeoJsonSource;
import fr.crige.quality.input.TableSource;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardLoader;
import fr.crige.quality.model.TableRule;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture of the shared standards folder (copied under test resources) gives exactly the findings of
 * expected-findings.yaml: same code, level, ruleId and, when given, attribute, row(s) and value; none extra,
 * none missing.
 */
class FixtureFindingsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<JsonNode> fixtures() throws Exception {
        try (InputStream in = FixtureFindingsTest.class.getResourceAsStream("/fixtures/expected-findings.yaml")) {
            List<JsonNode> list = new ArrayList<>();
            YAML.readTree(in).path("fixtures").forEach(list::add);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureGivesExactlyTheExpectedFindings(JsonNode fixture) throws Exception {
        Standard standard = new StandardLoader().load(resource("/standards/" + fixture.get("standard").asText()));
        TableRule table = standard.table(fixture.get("table").asText()).orElseThrow();
        String file = fixture.get("file").asText().replaceFirst("^fixtures/", "");
        Path path = resource("/fixtures/" + file);
        String name = path.getFileName().toString();
        TableSource source = name.endsWith(".csv")
                ? new CsvSource(path, name, table.csv(), Charset.forName(table.encoding()), null, null)
                : new GeoJsonSource(path, name);
        Map<String, String> context = new HashMap<>();
        fixture.path("context").fields().forEachRemaining(e -> context.put(e.getKey(), e.getValue().asText()));
        String declaredCrs = fixture.path("declaredCrs").asText(null);

        List<Finding> findings = new TableValidator().validate(standard, table, source,
                ValidationContext.of(context, declaredCrs)).findings();

        List<Map<String, Object>> unmatched = findings.stream().map(FixtureFindingsTest::actualKey)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        List<Map<String, Object>> missing = new ArrayList<>();
        fixture.path("findings").forEach(f -> {
            Map<String, Object> expected = expectedKey(f);
            // attribute, row(s) and value take part only when the expectation gives them
            Map<String, Object> match = unmatched.stream()
                    .filter(a -> expected.entrySet().stream().allMatch(e -> e.getValue().equals(a.get(e.getKey()))))
                    .findFirst().orElse(null);
            if (match == null) {
                missing.add(expected);
            } else {
                unmatched.remove(match);
            }
        });
        assertThat(missing).as("expected findings not produced").isEmpty();
        assertThat(unmatched).as("findings not expected").isEmpty();
        assertThat(findings.stream().noneMatch(f -> f.level().blocking())).isEqualTo(fixture.get("valid").asBoolean());
    }

    private static Map<String, Object> expectedKey(JsonNode f) {
        Map<String, Object> key = new TreeMap<>();
        key.put("code", f.get("code").asText());
        key.put("level", f.get("level").asText());
        key.put("ruleId", f.get("ruleId").asText());
        if (f.has("attribute")) {
            key.put("attribute", f.get("attribute").asText());
        }
        if (f.has("row")) {
            key.put("row", f.get("row").asLong());
        }
        if (f.has("rows")) {
            List<Long> rows = new ArrayList<>();
            f.get("rows").forEach(r -> rows.add(r.asLong()));
            key.put("rows", rows);
        }
        if (f.has("value")) {
            key.put("value", f.get("value").asText());
        }
        return key;
    }

    /** The finding projected. */
    private static Map<String, Object> actualKey(Finding f) {
        Map<String, Object> key = new TreeMap<>();
        key.put("code", f.code());
        key.put("level", f.level().name());
        key.put("ruleId", f.ruleId());
        key.put("attribute", f.attribute());
        if (f.row() != null) {
            key.put("row", f.row());
        }
        if (f.rows() != null) {
            key.put("rows", f.rows());
        }
        key.put("value", f.value());
        return key;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FixtureFindingsTest.class.getResource(name).toURI());
    }
}
