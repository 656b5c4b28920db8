package fr.crige.csw.load;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What became of one uploaded file: an entry of the load report.
 *
 * @param file       the archive entry's name, {@code body} for a record sent alone, or the uploaded file's name
 * @param identifier the record's {@code gmd:fileIdentifier}; null when it could not be read
 * @param status     what was done
 * @param problems   why it was refused or skipped; empty otherwise
 */
public record RecordOutcome(String file, String identifier, Status status, List<String> problems) {

    /** The fate of an uploaded file. */
    public enum Status {
        /** A new record, now in the catalogue. */
        INSERTED,
        /** A record with this identifier was in the catalogue: it is replaced. */
        REPLACED,
        /** Not loaded: not an ISO 19139 record, or invalid; the problems say why. */
        REFUSED,
        /** An archive entry that is not a record (another kind of file). */
        SKIPPED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RecordOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
    }

    static RecordOutcome refused(String file, String identifier, List<String> problems) {
        return new RecordOutcome(file, identifier, Status.REFUSED, problems);
    }
}
