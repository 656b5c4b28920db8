package fr.crige.quality.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Extracts an uploaded zip into a private folder, refusing entries that would escape it ("../", absolute
 * paths: "zip slip"), more entries or more uncompressed bytes than the {@link ArchiveLimits} (counted while
 * writing, since announced sizes are attacker-controlled). On refusal the partial extraction is the
 * caller's to delete with the folder.
 */
public final class SafeZipExtractor {

    private final ArchiveLimits limits;

    public SafeZipExtractor(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** @throws RejectedInputException when the archive is unreadable, unsafe or too large */
    public void extract(Path zip, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new RejectedInputException("the archive has more than " + limits.maxEntries() + " entries",
                            true);
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.getName().startsWith("/") || entry.getName().contains("\\")) {
                    throw new RejectedInputException("the archive entry '" + entry.getName()
                            + "' points outside the archive", false);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > limits.maxTotalBytes()) {
                            throw new RejectedInputException("the archive expands to more than "
                                    + limits.maxTotalBytes() + " bytes", true);
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new RejectedInputException("unreadable zip archive: " + e.getMessage(), false);
        }
        if (entries == 0) {
            throw new RejectedInputException("the file is not a zip archive or is empty", false);
        }
    }

}
