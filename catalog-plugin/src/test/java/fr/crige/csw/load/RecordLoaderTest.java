package fr.crige.csw.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.io.Zips;
import fr.crige.csw.TestRecords;
import fr.crige.csw.load.LoadReport.Outcome;
import fr.crige.csw.load.RecordOutcome.Status;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLoaderTest {

    static final byte[] TREES = TestRecords.sample("trees");
    static final byte[] HEAT_ZONES = TestRecords.sample("heat_zones");
    /** Well-formed, with an identifier, but without the gmd:contact ISO 19139 requires. */
    static final byte[] NO_CONTACT = TestRecords.record("no-contact", "Sans contact", "dataset", 1, 47).xml();

    @TempDir
    Path dir;

    private RecordStore store;
    private RecordLoader loader;

    @BeforeEach
    void open() {
        store = SqliteRecordStore.open(dir.resolve("records.sqlite"));
        loader = new RecordLoader(store, RecordLoadLimits.defaults());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LoadReport record(byte[] xml, boolean validate) throws IOException {
        return loader.loadRecord("body", new ByteArrayInputStream(xml), validate);
    }

    private LoadReport archive(Zips zip) throws IOException {
        return loader.loadArchive(new ByteArrayInputStream(zip.bytes()), true);
    }

    @Test
    void aNewRecordIsInsertedByteForByte() throws IOException {
        LoadReport report = record(TREES, true);

        assertThat(report.outcome()).isEqualTo(Outcome.READ);
        assertThat(report.summary()).isEqualTo(new LoadReport.Summary(1, 0, 0, 0));
        assertThat(report.records()).containsExactly(
                new RecordOutcome("body", TestRecords.TREES_ID, Status.INSERTED, java.util.List.of()));
        assertThat(store.get(TestRecords.TREES_ID)).hasValueSatisfying(r -> assertThat(r.xml()).isEqualTo(TREES));
    }

    @Test
    void aRecordWhoseIdentifierExistsReplacesTheStoredOne() throws IOException {
        record(TREES, true);
        byte[] retitled = new String(TREES, StandardCharsets.UTF_8)
                .replace("Arbres", "Arbres remarquables").getBytes(StandardCharsets.UTF_8);

        LoadReport report = record(retitled, true);

        assertThat(report.records()).singleElement().extracting(RecordOutcome::status).isEqualTo(Status.REPLACED);
        assertThat(report.summary().replaced()).isEqualTo(1);
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.get(TestRecords.TREES_ID).orElseThrow().xml()).isEqualTo(retitled);
    }

    @Test
    void aSchemaInvalidRecordIsRefusedWithItsProblemsUnlessValidationIsOff() throws IOException {
        LoadReport refused = record(NO_CONTACT, true);

        assertThat(refused.outcome()).isEqualTo(Outcome.READ);
        assertThat(refused.records()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.identifier()).isEqualTo("no-contact");
            assertThat(r.problems()).first().asString().startsWith("5:").contains("gmd:contact");
        });
        assertThat(store.size()).isZero();

        assertThat(record(NO_CONTACT, false).summary().inserted()).isEqualTo(1);
        assertThat(store.get("no-contact")).isPresent();
    }

    @Test
    void aRecordWithoutFileIdentifierIsRefusedWithTheReason() throws IOException {
        byte[] anonymous = new String(TREES, StandardCharsets.UTF_8)
                .replaceFirst("(?s)<gmd:fileIdentifier>.*?</gmd:fileIdentifier>", "")
                .getBytes(StandardCharsets.UTF_8);

        LoadReport report = record(anonymous, true);

        assertThat(report.outcome()).isEqualTo(Outcome.READ);
        assertThat(report.records()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.identifier()).isNull();
            assertThat(r.problems()).singleElement().asString().contains("fileIdentifier");
        });
    }

    @Test
    void aBodyThatIsNotXmlOrEmptyIsUnreadable() throws IOException {
        LoadReport notXml = record("title;abstract\n".getBytes(StandardCharsets.UTF_8), true);
        assertThat(notXml.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(notXml.message()).contains("not well-formed XML");
        assertThat(notXml.records()).singleElement().extracting(RecordOutcome::problems).asList().isNotEmpty();

        assertThat(record(new byte[0], true).outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(store.size()).isZero();
    }

    @Test
    void aRecordOverTheSizeLimitIsTooLarge() throws IOException {
        loader = new RecordLoader(store, new RecordLoadLimits(10, 1000, 100_000));

        LoadReport report = record(TREES, true);

        assertThat(report.outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(report.message()).contains("larger than 1000 bytes");
        assertThat(store.size()).isZero();
    }

    @Test
    void aMixedArchiveLoadsTheGoodRecordAndReportsTheOthers() throws IOException {
        LoadReport report = archive(Zips.archive().add("lots/trees.xml", TREES).add("lots/no-contact.xml", NO_CONTACT)
                .add("lisezmoi.pdf", "%PDF-1.4"));

        assertThat(report.outcome()).isEqualTo(Outcome.READ);
        assertThat(report.message()).isNull();
        assertThat(report.summary()).isEqualTo(new LoadReport.Summary(1, 0, 1, 1));
        assertThat(report.records()).extracting(RecordOutcome::file, RecordOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lots/trees.xml", Status.INSERTED),
                org.assertj.core.groups.Tuple.tuple("lots/no-contact.xml", Status.REFUSED),
                org.assertj.core.groups.Tuple.tuple("lisezmoi.pdf", Status.SKIPPED));
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void aBrokenRecordInAnArchiveDoesNotBlockTheNextOnes() throws IOException {
        LoadReport report = archive(Zips.archive().add("broken.xml", "<gmd:MD_Metadata")
                .add("heat.xml", HEAT_ZONES).add("trees.xml", TREES));

        assertThat(report.summary()).isEqualTo(new LoadReport.Summary(2, 0, 1, 0));
        assertThat(report.records().get(0).problems()).singleElement().asString().contains("not well-formed");
        assertThat(store.get(TestRecords.HEAT_ZONES_ID)).isPresent();
        assertThat(store.get(TestRecords.TREES_ID)).isPresent();
    }

    @Test
    void reloadingAnArchiveReplacesItsRecords() throws IOException {
        Zips zip = Zips.archive().add("heat.xml", HEAT_ZONES).add("trees.xml", TREES);
        archive(zip);

        assertThat(archive(zip).summary()).isEqualTo(new LoadReport.Summary(0, 2, 0, 0));
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void anArchiveOverTheEntryLimitKeepsTheRecordsLoadedBeforeTheLimit() throws IOException {
        loader = new RecordLoader(store, new RecordLoadLimits(1, 1_000_000, 10_000_000));

        LoadReport report = archive(Zips.archive().add("heat.xml", HEAT_ZONES).add("trees.xml", TREES));

        assertThat(report.outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(report.message()).contains("more than 1 entries");
        assertThat(report.records()).extracting(RecordOutcome::file).containsExactly("heat.xml");
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void anArchiveWithoutRecordsOrNotAnArchiveIsUnreadable() throws IOException {
        LoadReport noRecords = archive(Zips.archive().add("notes.txt", "hello"));
        assertThat(noRecords.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(noRecords.summary().skipped()).isEqualTo(1);

        LoadReport notZip = loader.loadArchive(new ByteArrayInputStream(TREES), true);
        assertThat(notZip.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(notZip.message()).contains("not a zip archive");
        assertThat(store.size()).isZero();
    }

    @Test
    void anUploadedFileIsAnArchiveWhenItStartsAsOne() throws IOException {
        LoadReport zip = loader.loadFile("records.zip",
                new ByteArrayInputStream(Zips.archive().add("trees.xml", TREES).bytes()), true);
        assertThat(zip.records()).extracting(RecordOutcome::file).containsExactly("trees.xml");

        LoadReport xml = loader.loadFile("heat_zones.xml", new ByteArrayInputStream(HEAT_ZONES), true);
        assertThat(xml.records()).extracting(RecordOutcome::file, RecordOutcome::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("heat_zones.xml", Status.INSERTED));
    }
}
