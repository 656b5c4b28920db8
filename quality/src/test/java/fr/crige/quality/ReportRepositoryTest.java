package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.quality.engine.Finding;
import fr.crige.quality.model.Level;
import fr.crige.quality.report.ReportRepository;
import fr.crige.quality.report.ReportRetention;
import fr.crige.quality.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports kept as files of the data directory: read back whole after a reopening, and the retention. */
class ReportRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static ValidationReport report(String id) {
        Finding single = Finding.of("ATTRIBUTE_UNEXPECTED_VALUE", Level.ERROR, "ZONE_URBA.TYPEZONE.enum")
                .where("cnig-plu-2024", "ZONE_URBA", "zone.geojson").row(2, "ZO2").attribute("TYPEZONE")
                .value("AUC").expected("U, AUc, AUs, A, N").build();
        Finding pair = Finding.of("GEOMETRY_OVERLAP", Level.ERROR, "ZONE_URBA.NO_OVERLAP")
                .where("cnig-plu-2024", "ZONE_URBA", "zone.geojson").rows(List.of(1L, 3L)).attribute("geometry")
                .intersectionArea(12.5).errorGeometry("POINT (1 2)").build();
        return new ValidationReport(id, "cnig-plu-2024", "CNIG PLU", "2024", "ZONE_URBA", "zone.geojson",
                Instant.parse("2026-11-20T08:30:00Z"), 3, List.of(single, pair));
    }

    @Test
    void aReportIsReadBackWholeByANewRepositoryOverTheSameFolder() {
        ValidationReport saved = report("3f2b8c1e-0000-4000-8000-000000000001");
        new ReportRepository(dir, ReportRetention.defaults(), Clock.systemUTC()).save(saved);

        ReportRepository reopened = new ReportRepository(dir, ReportRetention.defaults(), Clock.systemUTC());

        assertThat(reopened.find(saved.id())).contains(saved);
        assertThat(dir.resolve(saved.id() + ".json")).content().contains("\"summary\"", "ne correspond pas");
    }

    @Test
    void unknownOrNonIdentifierIdsFindNothing() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "{}");
        ReportRepository reports = new ReportRepository(dir, ReportRetention.defaults(), CLOCK);

        assertThat(reports.find("nope")).isEmpty();
        assertThat(reports.find("../secret.txt")).isEmpty();
        assertThat(reports.find("")).isEmpty();
        assertThat(reports.find(null)).isEmpty();
    }

    @Test
    void onlyTheNewestReportsUpToTheCountAreKept() throws Exception {
        ReportRepository reports = new ReportRepository(dir, new ReportRetention(2, null), CLOCK);
        for (int i = 1; i <= 3; i++) {
            reports.save(report("r" + i));
            Files.setLastModifiedTime(dir.resolve("r" + i + ".json"), FileTime.from(NOW.minusSeconds(100 - i)));
        }
        reports.save(report("r4"));

        assertThat(reports.find("r1")).isEmpty();
        assertThat(reports.find("r2")).isEmpty();
        assertThat(reports.find("r3")).isPresent();
        assertThat(reports.find("r4")).isPresent();
    }

    @Test
    void reportsOlderThanTheMaximumAgeAreDeletedWhenTheRepositoryOpens() throws Exception {
        ReportRepository first = new ReportRepository(dir, ReportRetention.defaults(), CLOCK);
        first.save(report("old"));
        first.save(report("recent"));
        Files.setLastModifiedTime(dir.resolve("old.json"), FileTime.from(NOW.minus(Duration.ofDays(31))));
        Files.setLastModifiedTime(dir.resolve("recent.json"), FileTime.from(NOW.minus(Duration.ofDays(29))));

        ReportRepository reopened = new ReportRepository(dir, new ReportRetention(100, Duration.ofDays(30)), CLOCK);

        assertThat(reopened.find("old")).isEmpty();
        assertThat(reopened.find("recent")).isPresent();
    }

    @Test
    void theReportJustSavedIsKeptEvenWhenOthersHaveTheSameTime() throws Exception {
        ReportRepository reports = new ReportRepository(dir, new ReportRetention(1, null), CLOCK);
        reports.save(report("a"));
        Files.setLastModifiedTime(dir.resolve("a.json"), FileTime.from(NOW.plusSeconds(3600)));

        reports.save(report("b")); // older modification time than "a", but it is the one being written

        assertThat(reports.find("b")).isPresent();
        assertThat(reports.find("a")).isEmpty();
    }

    @Test
    void aReportBeingWrittenIsNeverTouchedByTheCleanUpAndACrashLeftoverGoesAtTheNextOpening() throws Exception {
        ReportRepository reports = new ReportRepository(dir, new ReportRetention(1, Duration.ofDays(1)), CLOCK);
        Path inProgress = dir.resolve(".r9.json." + java.util.UUID.randomUUID() + ".tmp");
        Files.writeString(inProgress, "{\"id\":\"r9\"");
        Files.setLastModifiedTime(inProgress, FileTime.from(NOW.minus(Duration.ofDays(10))));
        reports.save(report("r1"));

        assertThat(reports.cleanUp()).isZero();
        assertThat(inProgress).exists();

        new ReportRepository(dir, new ReportRetention(1, Duration.ofDays(1)), CLOCK);
        assertThat(inProgress).doesNotExist();
        assertThat(dir.resolve("r1.json")).exists();
    }
}
