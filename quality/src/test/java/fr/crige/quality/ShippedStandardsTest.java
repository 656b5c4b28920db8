package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.quality.model.StandardFormatException;
import fr.crige.quality.model.StandardLoader;
import fr.crige.quality.model.StandardRepository;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The standards shipped in the project's data directory load, and faulty standard files fail clearly. */
class ShippedStandardsTest {

    @Test
    void everyShippedStandardLoads() {
        StandardRepository repository = new StandardRepository(Path.of("..", "data-dir", "quality", "standards"));
        assertThat(repository.problems()).isEmpty();
        assertThat(repository.all()).extracting(s -> s.id()).contains("cnig-plu-2024", "schema-arbre",
                "cnig-plu-2024-prescription-surf", "cnig-plu-2024-info-surf", "etalab-cadastre-parcelles");
    }

    @Test
    void anUnknownOperatorNamesTheCondition() {
        String yaml = """
                standard: {id: x}
                tables:
                  - name: T
                    fields: [{name: A}]
                    conditions:
                      - {id: C1, assert: {almostEq: [{field: A}, 1]}}
                """;
        assertThatThrownBy(() -> new StandardLoader().load(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), false))
                .isInstanceOf(StandardFormatException.class).hasMessageContaining("C1").hasMessageContaining("almostEq");
    }

    @Test
    void anInvalidRegexIsRefusedAtLoading() {
        String yaml = """
                standard: {id: x}
                tables:
                  - name: T
                    fields: [{name: A, pattern: "^[0-9$"}]
                """;
        assertThatThrownBy(() -> new StandardLoader().load(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), false))
                .isInstanceOf(StandardFormatException.class).hasMessageContaining("pattern of A");
    }
}
