package fr.crige.csw.load;

/**
 * Bounds on what one request to the records API may make the server read, so that an archive built to
 * exhaust memory or CPU (a "zip bomb": millions of entries, or a few kilobytes expanding to gigabytes) is
 * stopped early. Sizes are counted on the bytes actually read, never taken from the archive's headers,
 * which the sender writes.
 *
 * <p>In the server: {@code crige.csw.load.max-entries}, {@code crige.csw.load.max-record-size} and
 * {@code crige.csw.load.max-archive-size} (sizes in Spring's notation: {@code 20MB}, {@code 1GB}).
 *
 * @param maxEntries      the most entries an archive may hold (folders and skipped files included)
 * @param maxRecordBytes  the largest record, alone in the body or in an archive; a larger one is refused
 * @param maxArchiveBytes the most bytes an archive may expand to, all entries together
 */
public record RecordLoadLimits(int maxEntries, long maxRecordBytes, long maxArchiveBytes) {

    private static final long MB = 1024 * 1024;
    /** A record is read into one array. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    public RecordLoadLimits {
        if (maxEntries < 1 || maxRecordBytes < 1 || maxRecordBytes >= LARGEST_ARRAY
                || maxArchiveBytes < maxRecordBytes) {
            throw new IllegalArgumentException("Record load limits must be positive, the record limit under 2 GB"
                    + " and the archive limit at least the record limit: " + maxEntries + " entries, "
                    + maxRecordBytes + " bytes per record, " + maxArchiveBytes + " bytes per archive");
        }
    }

    /** 10,000 entries, 20 MB per record, 500 MB per archive: a regional catalogue's full export fits. */
    public static RecordLoadLimits defaults() {
        return new RecordLoadLimits(10_000, 20 * MB, 500 * MB);
    }
}
