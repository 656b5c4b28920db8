package fr.crige.csw.load;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The answer of the records API: counts, then one entry per uploaded file in upload order, so that whoever
 * loads a folder of records can fix the refused ones and send them again (loading is idempotent: a record
 * sent twice is replaced by itself).
 *
 * @param summary  the counts per status
 * @param records  one outcome per file
 * @param message  why reading stopped early (a limit, a damaged archive) or could not start; null when the
 *                 whole upload was read
 * @param outcome  whether the upload was read, for the HTTP status; not part of the JSON
 */
public record LoadReport(Summary summary, List<RecordOutcome> records, String message,
        @JsonIgnore Outcome outcome) {

    /** How far the upload could be read. */
    public enum Outcome {
        /** Read to its end, or up to damage that the message describes; some records may have been refused. */
        READ,
        /** Nothing could be read: not XML, not a zip archive, an empty body, an archive without records. */
        UNREADABLE,
        /** Over a size or entry limit: reading stopped there; the records before it are loaded. */
        TOO_LARGE
    }

    /** The number of outcomes of each status. */
    public record Summary(int inserted, int replaced, int refused, int skipped) {
    }

    public LoadReport {
        Objects.requireNonNull(outcome, "outcome");
        records = List.copyOf(records);
        Objects.requireNonNull(summary, "summary");
    }

    static LoadReport of(List<RecordOutcome> records, String message, Outcome outcome) {
        int[] counts = new int[RecordOutcome.Status.values().length];
        records.forEach(r -> counts[r.status().ordinal()]++);
        Summary summary = new Summary(counts[RecordOutcome.Status.INSERTED.ordinal()],
                counts[RecordOutcome.Status.REPLACED.ordinal()], counts[RecordOutcome.Status.REFUSED.ordinal()],
                counts[RecordOutcome.Status.SKIPPED.ordinal()]);
        return new LoadReport(summary, records, message, outcome);
    }
}
