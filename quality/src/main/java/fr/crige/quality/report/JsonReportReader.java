package fr.crige.quality.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.quality.engine.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Reads back a report written by {@link JsonReportWriter}, so that a stored report is the very document the
 * API serves (findings in the format of rule-model.md §9). What the writer derives (summary, messages in one
 * language) is skipped: it is derived again, in the reader's language, whenever the report is served.
 * Binding is streamed, without an intermediate tree.
 */
public final class JsonReportReader {

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @throws IOException when the stream is not a report (malformed JSON, missing identification)
     */
    public ValidationReport read(InputStream in) throws IOException {
        Stored stored = mapper.readValue(in, Stored.class);
        if (stored.id() == null || stored.standard() == null || stored.checkedAt() == null) {
            throw new IOException("not a quality report: id, standard or checkedAt missing");
        }
        try {
            return new ValidationReport(stored.id(), stored.standard().id(), stored.standard().title(),
                    stored.standard().version(), stored.table(), stored.file(), Instant.parse(stored.checkedAt()),
                    stored.rows(), stored.findings() == null ? List.of() : stored.findings());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("not a quality report: bad checkedAt " + stored.checkedAt(), e);
        }
    }

    /** The members of the report document that are not derived. */
    record Stored(String id, StoredStandard standard, String table, String file, String checkedAt, long rows,
            List<Finding> findings) {
    }

    /** The standard a report cites. */
    record StoredStandard(String id, String title, String version) {
    }
}
