package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.quality.engine.Finding;
import fr.crige.quality.engine.TableValidator;
import fr.crige.quality.engine.ValidationContext;
import fr.crige.quality.input.CsvSource;
import fr.crige.quality.input.GeoJsonSource;
import fr.crige.quality.input.TableSource;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardLoader;
import fr.crige.quality.model.TableRule;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture of the shared standards folder (copied under test resources) gives exactly the findings of
 * expected-findings.yaml when its table is read and checked by the engine directly; {@link FixtureFindingsApiTest}
 * does the same through the REST API.
 */
class FixtureFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<JsonNode> fixtures() {
        return ExpectedFindings.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureGivesExactlyTheExpectedFindings(JsonNode fixture) throws Exception {
        Standard standard = new StandardLoader().load(ExpectedFindings.standardFile(fixture));
        TableRule table = standard.table(fixture.get("table").asText()).orElseThrow();
        Path path = ExpectedFindings.file(fixture);
        String name = path.getFileName().toString();
        TableSource source = name.endsWith(".csv")
                ? new CsvSource(path, name, table.csv(), Charset.forName(table.encoding()), null, null)
                : new GeoJsonSource(path, name);

        List<Finding> findings = new TableValidator().validate(standard, table, source,
                ValidationContext.of(ExpectedFindings.context(fixture), fixture.path("declaredCrs").asText(null)))
                .findings();

        ExpectedFindings.assertExactly(fixture, findings.stream().<JsonNode>map(JSON::valueToTree).toList());
        assertThat(findings.stream().noneMatch(f -> f.level().blocking())).isEqualTo(fixture.get("valid").asBoolean());
    }
}
