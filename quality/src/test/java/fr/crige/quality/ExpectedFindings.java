package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fixtures of the shared standards folder and their expected findings (copied under test resources as
 * {@code fixtures/expected-findings.yaml}), with the comparison that file prescribes: an expected finding
 * matches an actual one when every field it lists (code, level, ruleId, and when given attribute, row, rows,
 * value, intersectionArea) is equal; order does not matter; any extra or missing finding fails.
 */
final class ExpectedFindings {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Areas are computed by JTS in CRS units²; the expectation gives them to the square metre. */
    private static final double AREA_TOLERANCE = 1e-6;

    private ExpectedFindings() {
    }

    /** One entry of expected-findings.yaml per fixture. */
    static Stream<JsonNode> fixtures() {
        try (InputStream in = ExpectedFindings.class.getResourceAsStream("/fixtures/expected-findings.yaml")) {
            List<JsonNode> list = new ArrayList<>();
            YAML.readTree(in).path("fixtures").forEach(list::add);
            return list.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's file in the test resources ({@code fixtures/...} as the expectation names it). */
    static Path file(JsonNode fixture) {
        return resource("/" + fixture.get("file").asText());
    }

    /** The standard file the fixture is checked against (the shared copy under {@code /standards}). */
    static Path standardFile(JsonNode fixture) {
        return resource("/standards/" + fixture.get("standard").asText());
    }

    /** The context parameters of the fixture (idurba, datappro...), as text. */
    static Map<String, String> context(JsonNode fixture) {
        Map<String, String> context = new java.util.LinkedHashMap<>();
        fixture.path("context").fields().forEachRemaining(e -> context.put(e.getKey(), e.getValue().asText()));
        return context;
    }

    /** Asserts that the findings (JSON objects of the report format) are exactly the fixture's expected ones. */
    static void assertExactly(JsonNode fixture, Iterable<JsonNode> findings) {
        List<JsonNode> unmatched = new ArrayList<>();
        findings.forEach(unmatched::add);
        List<JsonNode> missing = new ArrayList<>();
        for (JsonNode expected : fixture.path("findings")) {
            JsonNode match = unmatched.stream().filter(actual -> matches(expected, actual)).findFirst().orElse(null);
            if (match == null) {
                missing.add(expected);
            } else {
                unmatched.remove(match);
            }
        }
        assertThat(missing).as("expected findings not produced").isEmpty();
        assertThat(unmatched).as("findings not expected").isEmpty();
    }

    private static boolean matches(JsonNode expected, JsonNode actual) {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!equal(field.getValue(), actual.path(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(JsonNode expected, JsonNode actual) {
        if (actual.isMissingNode() || actual.isNull()) {
            return false;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!equal(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isNumber()) {
            return actual.isNumber() && Math.abs(expected.asDouble() - actual.asDouble())
                    <= AREA_TOLERANCE * Math.max(1, Math.abs(expected.asDouble()));
        }
        return expected.asText().equals(actual.asText());
    }

    private static Path resource(String name) {
        try {
            return Path.of(ExpectedFindings.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }
}
