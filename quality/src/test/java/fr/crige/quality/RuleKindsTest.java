package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.quality.engine.Finding;
import fr.crige.quality.engine.TableValidator;
import fr.crige.quality.engine.ValidationContext;
import fr.crige.quality.input.GeoJsonSource;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule kinds the fixtures do not cover: ranges, booleans, conditions with guards, multi forbid, custom codes. */
class RuleKindsTest {

    @TempDir
    Path tmp;

    private static final String STANDARD = """
            standard: {id: t}
            tables:
              - name: T
                crs: {allowed: [CRS84]}
                geometry: {required: false, types: [Point], multi: forbid, validity: ERROR}
                columns: {missing: IGNORE, unexpected: ERROR}
                fields:
                  - {name: n, type: number, minimum: 0, maximum: 10}
                  - {name: b, type: boolean}
                  - {name: d, type: date, dateFormats: [yyyy-MM-dd], minimum: "2000-01-01"}
                  - {name: kind, type: string, enum: [a, b]}
                  - {name: code, type: string, minLength: 3, characters: cnig-strict, severity: {characters: ERROR}}
                conditions:
                  - id: B_NEEDS_CODE
                    code: CUSTOM_RULE
                    severity: WARNING
                    when: {eq: [{field: kind}, b]}
                    assert: {matches: [{field: code}, "^B.*"]}
            """;

    private List<Finding> check(String features) throws Exception {
        Standard s = new StandardLoader().load(new ByteArrayInputStream(STANDARD.getBytes(StandardCharsets.UTF_8)), false);
        Path file = tmp.resolve("t.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
        return new TableValidator().validate(s, s.tables().get(0), new GeoJsonSource(file, "t.geojson"),
                ValidationContext.of(Map.of(), null)).findings();
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":" + geometry + "}";
    }

    @Test
    void rangesBooleansDatesAndCharactersAreCheckedWithTheirRuleIds() throws Exception {
        List<Finding> findings = check(String.join(",",
                feature("\"n\":11,\"b\":\"oui\",\"d\":\"1999-12-31\",\"kind\":\"a\",\"code\":\"é\"", "null"),
                feature("\"n\":\"1,5\",\"b\":true,\"d\":\"2001-02-29\",\"kind\":\"a\",\"code\":\"ABC\"", "null")));
        assertThat(findings).extracting(Finding::ruleId, Finding::code, f -> f.row()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("T.n.range", "ATTRIBUTE_OUT_OF_RANGE", 1L),
                org.assertj.core.groups.Tuple.tuple("T.b.type", "ATTRIBUTE_INVALID_FORMAT", 1L),
                org.assertj.core.groups.Tuple.tuple("T.d.range", "ATTRIBUTE_OUT_OF_RANGE", 1L),
                org.assertj.core.groups.Tuple.tuple("T.code.minLength", "ATTRIBUTE_SIZE_TOO_SHORT", 1L),
                org.assertj.core.groups.Tuple.tuple("T.code.characters", "CNIG_CHARACTERS_NOT_ALLOWED", 1L),
                org.assertj.core.groups.Tuple.tuple("T.n.type", "ATTRIBUTE_INVALID_FORMAT", 2L),
                org.assertj.core.groups.Tuple.tuple("T.d.type", "ATTRIBUTE_INVALID_FORMAT", 2L));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("T.code.characters")).first()
                .extracting(Finding::level).hasToString("ERROR");
    }

    @Test
    void guardedConditionsRunOnlyWhereTheGuardHoldsAndUseTheirCode() throws Exception {
        List<Finding> findings = check(String.join(",",
                feature("\"n\":1,\"kind\":\"b\",\"code\":\"XYZ\"", "null"),
                feature("\"n\":1,\"kind\":\"a\",\"code\":\"XYZ\"", "null"),
                feature("\"n\":1,\"kind\":\"b\",\"code\":\"BXY\"", "null")));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CUSTOM_RULE");
            assertThat(f.ruleId()).isEqualTo("T.B_NEEDS_CODE");
            assertThat(f.row()).isEqualTo(1L);
            assertThat(f.level()).hasToString("WARNING");
        });
    }

    @Test
    void forbiddenMultiPartIsAnErrorAndSinglePartIsNormalised() throws Exception {
        List<Finding> findings = check(String.join(",",
                feature("\"n\":1", "{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}"),
                feature("\"n\":1", "{\"type\":\"MultiPoint\",\"coordinates\":[[1,2]]}"),
                feature("\"n\":1,\"extra\":1", "{\"type\":\"Point\",\"coordinates\":[1,2]}")));
        assertThat(findings).extracting(Finding::ruleId, f -> f.level().name()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("T.geometry.multi", "ERROR"),
                org.assertj.core.groups.Tuple.tuple("T.columns.unexpected", "ERROR"));
    }
}
