package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.crige.quality.engine.DeliveredFolder;
import fr.crige.quality.engine.Finding;
import fr.crige.quality.engine.TableValidator;
import fr.crige.quality.engine.ValidationContext;
import fr.crige.quality.input.GeoJsonSource;
import fr.crige.quality.model.Level;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code filename} fields in document mode: ATTRIBUTE_FILE_NOT_FOUND (rule-model.md §2.3). */
class FileReferenceTest {

    private static final String STANDARD = """
            standard: {id: t}
            tables:
              - name: T
                columns: {missing: IGNORE, unexpected: IGNORE}
                fields:
                  - {name: NOMFIC, type: filename, pattern: "^[A-Za-z0-9_./-]+\\\\.pdf(#page=[0-9]+)?$"}
                  - {name: ANNEXE, type: filename, severity: {file: WARNING}}
            """;

    @TempDir
    Path tmp;

    private Path extracted;
    private Standard standard;

    @BeforeEach
    void delivery() throws Exception {
        standard = new StandardLoader().load(new ByteArrayInputStream(STANDARD.getBytes(StandardCharsets.UTF_8)),
                false);
        extracted = Files.createDirectories(tmp.resolve("extracted"));
        Path root = Files.createDirectories(extracted.resolve("44109_PLU_20230615/Pieces_ecrites/3_Reglement"));
        Files.writeString(root.resolve("44109_reglement_20230615.pdf"), "%PDF");
        Files.writeString(extracted.resolve("44109_PLU_20230615/Pieces_ecrites/annexe.pdf"), "%PDF");
    }

    private List<Finding> check(DeliveredFolder folder, String... rows) throws Exception {
        StringBuilder features = new StringBuilder();
        for (String r : rows) {
            features.append(features.isEmpty() ? "" : ",")
                    .append("{\"type\":\"Feature\",\"properties\":{").append(r).append("},\"geometry\":null}");
        }
        Path file = tmp.resolve("t.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
        return new TableValidator().validate(standard, standard.tables().get(0), new GeoJsonSource(file, "t.geojson"),
                new ValidationContext(Map.of(), null, null, folder)).findings();
    }

    @Test
    void aNamedFileMustBeSomewhereInTheDeliveredFolderWithItsExactCase() throws Exception {
        List<Finding> findings = check(DeliveredFolder.of(extracted, "livraison.zip"),
                "\"NOMFIC\":\"44109_reglement_20230615.pdf#page=12\"",
                "\"NOMFIC\":\"44109_Reglement_20230615.pdf\"",
                "\"NOMFIC\":\"Pieces_ecrites/3_Reglement/44109_reglement_20230615.pdf\"",
                "\"NOMFIC\":\"Pieces_ecrites/44109_reglement_20230615.pdf\"",
                "\"NOMFIC\":\"../44109_PLU_20230615/Pieces_ecrites/annexe.pdf\"",
                "\"NOMFIC\":null,\"ANNEXE\":\"annexe.pdf\"",
                "\"ANNEXE\":\"plan.pdf\"");

        assertThat(findings).extracting(Finding::code, Finding::level, Finding::ruleId, Finding::row, Finding::value,
                Finding::expected).containsExactly(
                        tuple("ATTRIBUTE_FILE_NOT_FOUND", Level.ERROR, "T.NOMFIC.file", 2L,
                                "44109_Reglement_20230615.pdf", "44109_PLU_20230615"),
                        tuple("ATTRIBUTE_FILE_NOT_FOUND", Level.ERROR, "T.NOMFIC.file", 4L,
                                "Pieces_ecrites/44109_reglement_20230615.pdf", "44109_PLU_20230615"),
                        tuple("ATTRIBUTE_FILE_NOT_FOUND", Level.ERROR, "T.NOMFIC.file", 5L,
                                "../44109_PLU_20230615/Pieces_ecrites/annexe.pdf", "44109_PLU_20230615"),
                        tuple("ATTRIBUTE_FILE_NOT_FOUND", Level.WARNING, "T.ANNEXE.file", 7L, "plan.pdf",
                                "44109_PLU_20230615"));
    }

    @Test
    void aValueAlreadyReportedIsNotLookedUp() throws Exception {
        assertThat(check(DeliveredFolder.of(extracted, "livraison.zip"), "\"NOMFIC\":\"reglement.docx\""))
                .extracting(Finding::code).containsExactly("ATTRIBUTE_INVALID_REGEXP");
    }

    @Test
    void withoutADeliveredFolderFileNamesAreNotLookedUp() throws Exception {
        assertThat(check(null, "\"NOMFIC\":\"absent.pdf\"", "\"ANNEXE\":\"absent.pdf\"")).isEmpty();
    }
}
