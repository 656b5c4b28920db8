package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.crige.quality.engine.DeliveredFolder;
import fr.crige.quality.engine.DocumentChecker;
import fr.crige.quality.engine.Finding;
import fr.crige.quality.model.Level;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document mode (rule-model.md §6) with the folder rules of the shipped CNIG PLU standard. */
class DocumentRulesTest {

    @TempDir
    Path extracted;

    private static Standard plu() throws Exception {
        return new StandardLoader().load(Path.of("..", "data-dir", "quality", "standards", "cnig-plu-zone-urba.yaml"));
    }

    private List<Finding> check(String archiveName) throws Exception {
        return new DocumentChecker().check(plu(), DeliveredFolder.of(extracted, archiveName), archiveName);
    }

    @Test
    void aCompleteDeliveryHasNoFolderFinding() throws Exception {
        Path root = Files.createDirectories(extracted.resolve("44109_PLU_20230615"));
        Files.createDirectories(root.resolve("Pieces_ecrites"));
        Files.createDirectories(root.resolve("Donnees_geographiques"));
        Files.writeString(root.resolve("Donnees_geographiques/44109_ZONE_URBA_20230615.geojson"), "{}");

        assertThat(check("livraison.zip")).isEmpty();
    }

    @Test
    void reportsTheFolderNameAndEveryMissingFolderAndFile() throws Exception {
        Path root = Files.createDirectories(extracted.resolve("PLU_Nantes_final"));
        Files.createDirectories(root.resolve("Donnees_geographiques"));
        Files.writeString(root.resolve("Donnees_geographiques/zonage.geojson"), "{}");

        assertThat(check("PLU_Nantes_final.zip"))
                .extracting(Finding::code, Finding::level, Finding::ruleId, f -> f.attribute() == null ? f.value()
                        : f.attribute())
                .containsExactly(
                        tuple("DIRECTORY_UNEXPECTED_NAME", Level.ERROR, "document.folderName", "PLU_Nantes_final"),
                        tuple("FILE_MISSING_MANDATORY_DIRECTORY", Level.ERROR, "document.files.Pieces_ecrites",
                                "Pieces_ecrites"),
                        tuple("FILE_MISSING_MANDATORY", Level.ERROR, "document.files.ZONE_URBA", "ZONE_URBA"));
    }

    @Test
    void anArchiveWithoutTopFolderIsNamedAfterTheArchive() throws Exception {
        Files.createDirectories(extracted.resolve("Pieces_ecrites"));
        Files.createDirectories(extracted.resolve("Donnees_geographiques"));
        Files.writeString(extracted.resolve("Donnees_geographiques/44109_ZONE_URBA_20230615.shp"), "");

        assertThat(check("44109_PLU_20230615.zip")).isEmpty();
        assertThat(check("envoi.zip")).extracting(Finding::value)
                .containsExactly("envoi");
    }
}
