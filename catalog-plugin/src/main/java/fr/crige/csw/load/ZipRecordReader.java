package fr.crige.csw.load;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded zip archive of ISO 19139 records entry by entry, as it streams in, within the
 * {@link RecordLoadLimits}: nothing is extracted to disk and entry names are never used as paths (a
 * {@code ../} name is just a name), so "zip slip" cannot happen. The limits are checked on the bytes
 * decompressed, as they are read; the sizes announced in the headers are ignored since the sender writes
 * them. An entry that is too large is read to its end (counted in the archive total, which bounds that work)
 * but not kept.
 *
 * <p>Entries are handed over one at a time, so memory holds one record at most, not the archive: a record
 * can be loaded before the next is read.
 */
final class ZipRecordReader {

    /** Names without the zip "UTF-8" flag are in IBM code page 437, as the zip specification says. */
    private static final Charset LEGACY_NAMES = Charset.forName("IBM437");
    private static final int BUFFER = 64 * 1024;

    private final RecordLoadLimits limits;

    ZipRecordReader(RecordLoadLimits limits) {
        this.limits = limits;
    }

    /**
     * Hands each file entry of the archive to {@code entries}, in archive order; folders are counted, not
     * handed over.
     *
     * @throws UploadTooLargeException   after the entry that broke the entry count or total size limit
     * @throws UnreadableUploadException when the body is not a zip archive, an empty one, or is damaged
     *                                   (entries handed over before the damage stay handed over)
     */
    void read(InputStream archive, Consumer<ArchiveEntry> entries)
            throws IOException, UploadTooLargeException, UnreadableUploadException {
        ZipInputStream zip = new ZipInputStream(archive, LEGACY_NAMES);
        byte[] buffer = new byte[BUFFER];
        int count = 0;
        long total = 0;
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > limits.maxEntries()) {
                    throw new UploadTooLargeException("The archive has more than " + limits.maxEntries()
                            + " entries; reading stopped there");
                }
                String name = entry.getName();
                String skipReason = entry.isDirectory() ? null : skipReason(name);
                ByteArrayOutputStream content = entry.isDirectory() || skipReason != null
                        ? null : new ByteArrayOutputStream();
                long size = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (total > limits.maxArchiveBytes()) {
                        throw new UploadTooLargeException("The archive expands to more than "
                                + limits.maxArchiveBytes() + " bytes; reading stopped in entry " + name);
                    }
                    if (content != null && size > limits.maxRecordBytes()) {
                        content = null;
                    } else if (content != null) {
                        content.write(buffer, 0, n);
                    }
                }
                if (entry.isDirectory()) {
                    continue;
                }
                entries.accept(skipReason != null ? new ArchiveEntry.Skipped(name, skipReason)
                        : content == null ? new ArchiveEntry.Oversized(name, limits.maxRecordBytes())
                        : new ArchiveEntry.Xml(name, content.toByteArray()));
            }
        } catch (ZipException | EOFException e) {
            // EOFException: the archive ends in the middle of an entry (a truncated upload)
            throw new UnreadableUploadException(count == 0
                    ? "The body is not a readable zip archive: " + e.getMessage()
                    : "The archive is damaged or truncated in entry " + count + ": " + e.getMessage());
        }
        if (count == 0) {
            throw new UnreadableUploadException("The body is not a zip archive, or an empty one");
        }
    }

    /** Why an entry is not a record, or null when it is one. */
    private static String skipReason(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (name.startsWith("__MACOSX/") || fileName.startsWith("._")) {
            return "macOS file metadata, not a record";
        }
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return "not a .xml file";
        }
        return null;
    }
}
