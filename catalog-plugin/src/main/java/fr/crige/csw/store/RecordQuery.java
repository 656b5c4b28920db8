package fr.crige.csw.store;

import fr.crige.core.filter.Filter;
import java.util.List;
import java.util.Objects;

/**
 * A page request: which records (a filter over queryables), in which order and which slice of them.
 *
 * @param startPosition the 1-based position of the first record returned, as in CSW
 * @param maxRecords    the largest number of records returned; 0 asks for the count only
 */
public record RecordQuery(Filter filter, List<RecordSort> sortBy, long startPosition, int maxRecords) {

    public RecordQuery {
        Objects.requireNonNull(filter, "filter");
        sortBy = List.copyOf(sortBy);
        if (startPosition < 1) {
            throw new IllegalArgumentException("startPosition starts at 1, got " + startPosition);
        }
        if (maxRecords < 0) {
            throw new IllegalArgumentException("maxRecords cannot be negative, got " + maxRecords);
        }
    }
}
