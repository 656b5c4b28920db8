package fr.crige.csw.load;

/**
 * One entry of an uploaded archive as {@link ZipRecordReader} hands it over. The name is the entry's name as
 * written in the archive, folders included: it is only ever shown in the report, never used as a path.
 */
sealed interface ArchiveEntry {

    String name();

    /** A {@code *.xml} entry, read in memory, to be loaded as a record. */
    record Xml(String name, byte[] content) implements ArchiveEntry {
    }

    /** An entry that is not a record (another extension, macOS metadata). */
    record Skipped(String name, String reason) implements ArchiveEntry {
    }

    /** A {@code *.xml} entry larger than the record limit: read to its end but not kept. */
    record Oversized(String name, long limit) implements ArchiveEntry {
    }
}
