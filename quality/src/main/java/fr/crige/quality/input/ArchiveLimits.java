package fr.crige.quality.input;

/**
 * Bounds on what an uploaded archive may expand to, against zip bombs: a few kilobytes of zip can claim
 * gigabytes. The sizes are counted on the bytes actually written, not on the sizes the archive announces
 * (which an attacker sets).
 *
 * @param maxEntries    maximum number of entries
 * @param maxTotalBytes maximum total uncompressed size
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes) {

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(1000, 1L << 30);
    }
}
