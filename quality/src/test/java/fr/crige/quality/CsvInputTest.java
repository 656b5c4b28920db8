package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.quality.engine.Finding;
import fr.crige.quality.engine.TableValidator;
import fr.crige.quality.engine.ValidationContext;
import fr.crige.quality.input.CsvSource;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardLoader;
import fr.crige.quality.model.TableRule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV whose standard declares no delimiter: the delimiter is detected on the header line. */
class CsvInputTest {

    private static final String STANDARD = """
            standard: {id: c}
            tables:
              - name: C
                columns: {unexpected: ERROR}
                fields:
                  - {name: code, presence: required, required: true, pattern: "^[0-9]{5}$"}
                  - {name: libelle, presence: required}
                  - {name: hauteur, type: number, presence: required}
            """;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "delimiter {0}")
    @ValueSource(strings = {",", ";", "\t", "|"})
    void theDelimiterIsDetectedAndTheRowsAreCheckedWithIt(String delimiter) throws Exception {
        Standard standard = new StandardLoader().load(new ByteArrayInputStream(STANDARD.getBytes(StandardCharsets.UTF_8)),
                false);
        TableRule table = standard.tables().get(0);
        Path file = tmp.resolve("c.csv");
        // the quoted value holds the other candidate delimiters, which must not be counted
        Files.writeString(file, String.join(delimiter, "code", "libelle", "hauteur") + "\n"
                + String.join(delimiter, "44109", "\"Nantes, centre; quai | est\"", "12.5") + "\n"
                + String.join(delimiter, "4410", "Rezé", "3") + "\n");

        List<Finding> findings = new TableValidator().validate(standard, table,
                new CsvSource(file, "c.csv", table.csv(), StandardCharsets.UTF_8, null, null),
                ValidationContext.of(Map.of(), null)).findings();

        assertThat(findings).extracting(Finding::ruleId, Finding::row, Finding::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C.code.pattern", 2L, "4410"));
    }
}
