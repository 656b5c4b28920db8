package fr.crige.csw.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.io.Zips;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ZipRecordReaderTest {

    private static final RecordLoadLimits SMALL = new RecordLoadLimits(5, 1024, 10 * 1024);

    private final List<ArchiveEntry> read = new ArrayList<>();

    private void read(RecordLoadLimits limits, byte[] zip) throws Exception {
        new ZipRecordReader(limits).read(new ByteArrayInputStream(zip), read::add);
    }

    private List<String> names() {
        return read.stream().map(ArchiveEntry::name).toList();
    }

    @Test
    void xmlEntriesAreReadInMemoryInArchiveOrderWithTheirFolders() throws Exception {
        read(SMALL, Zips.archive().add("b.xml", "<b/>").add("départements/37/a.XML", "<a/>").add("dept/", "")
                .bytes());

        assertThat(names()).containsExactly("b.xml", "départements/37/a.XML");
        assertThat(read).allSatisfy(e -> assertThat(e).isInstanceOf(ArchiveEntry.Xml.class));
        assertThat(new String(((ArchiveEntry.Xml) read.get(1)).content(), StandardCharsets.UTF_8)).isEqualTo("<a/>");
    }

    @Test
    void aNameClimbingOutOfTheArchiveIsJustAName() throws Exception {
        read(SMALL, Zips.archive().add("../../etc/evil.xml", "<evil/>").add("/abs/root.xml", "<r/>").bytes());

        assertThat(names()).containsExactly("../../etc/evil.xml", "/abs/root.xml");
        assertThat(read).allSatisfy(e -> assertThat(e).isInstanceOf(ArchiveEntry.Xml.class));
    }

    @Test
    void otherFilesAndMacOsMetadataAreSkippedWithAReason() throws Exception {
        read(SMALL, Zips.archive().add("readme.txt", "hello").add("__MACOSX/._a.xml", "junk")
                .add("dir/._b.xml", "junk").add("a.xml", "<a/>").bytes());

        assertThat(read).hasSize(4);
        assertThat(read.get(0)).isEqualTo(new ArchiveEntry.Skipped("readme.txt", "not a .xml file"));
        assertThat(read.subList(1, 3)).allSatisfy(e -> assertThat(e).isInstanceOf(ArchiveEntry.Skipped.class));
        assertThat(read.get(3)).isInstanceOf(ArchiveEntry.Xml.class);
    }

    @Test
    void aRecordOverTheRecordLimitIsNotKeptAndTheNextOneIsRead() throws Exception {
        read(SMALL, Zips.archive().add("big.xml", new byte[1025]).add("next.xml", "<n/>").bytes());

        assertThat(read.get(0)).isEqualTo(new ArchiveEntry.Oversized("big.xml", 1024));
        assertThat(read.get(1)).isInstanceOf(ArchiveEntry.Xml.class);
    }

    @Test
    void tooManyEntriesStopTheReadingAfterTheLimit() {
        Zips zips = Zips.archive();
        for (int i = 0; i < 1000; i++) {
            zips.add("r" + i + ".xml", "<r/>");
        }
        byte[] zip = zips.bytes();

        assertThatThrownBy(() -> read(SMALL, zip)).isInstanceOf(UploadTooLargeException.class)
                .hasMessageContaining("more than 5 entries");
        assertThat(read).hasSize(5);
    }

    @Test
    void folderEntriesCountTowardsTheEntryLimit() {
        Zips zips = Zips.archive();
        for (int i = 0; i < 10; i++) {
            zips.add("d" + i + "/", "");
        }
        byte[] zip = zips.bytes();

        assertThatThrownBy(() -> read(SMALL, zip)).isInstanceOf(UploadTooLargeException.class);
        assertThat(read).isEmpty();
    }

    @Test
    void anArchiveExpandingBeyondTheTotalLimitIsStoppedWhileReading() {
        // 100 MB of zeros deflate to about 100 kB: the classic compression bomb, read against a 10 kB limit
        byte[] bomb = Zips.archive().add("bomb.txt", new byte[100 * 1024 * 1024]).bytes();
        assertThat(bomb.length).isLessThan(200 * 1024);

        assertThatThrownBy(() -> read(SMALL, bomb)).isInstanceOf(UploadTooLargeException.class)
                .hasMessageContaining("expands to more than 10240 bytes");
        assertThat(read).isEmpty();
    }

    @Test
    void skippedAndOversizedEntriesCountTowardsTheTotal() {
        byte[] zip = Zips.archive().add("a.bin", new byte[6000]).add("b.xml", new byte[6000]).bytes();

        assertThatThrownBy(() -> read(SMALL, zip)).isInstanceOf(UploadTooLargeException.class);
        assertThat(names()).containsExactly("a.bin");
    }

    @Test
    void aBodyThatIsNotAZipOrAnEmptyArchiveIsUnreadable() {
        assertThatThrownBy(() -> read(SMALL, "<not-a-zip/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableUploadException.class);
        assertThatThrownBy(() -> read(SMALL, Zips.archive().bytes())).isInstanceOf(UnreadableUploadException.class);
        assertThatThrownBy(() -> read(SMALL, new byte[0])).isInstanceOf(UnreadableUploadException.class);
    }

    @Test
    void aTruncatedArchiveKeepsTheEntriesReadBeforeTheDamage() {
        byte[] noise = new byte[4000];
        new Random(5).nextBytes(noise);
        byte[] zip = Zips.archive().add("a.xml", "<a/>").add("b.bin", noise).bytes();
        byte[] truncated = Arrays.copyOf(zip, zip.length / 2);

        assertThatThrownBy(() -> read(SMALL, truncated)).isInstanceOf(UnreadableUploadException.class);
        assertThat(names()).containsExactly("a.xml");
    }
}
