package fr.crige.csw.request;

import fr.crige.core.filter.Filter;
import fr.crige.csw.output.ElementSet;
import fr.crige.csw.store.RecordSort;
import java.util.List;

/**
 * A GetRecords request, from KVP or XML, checked and with its filter over queryables.
 *
 * @param outputSchema the requested outputSchema URI, or null for the default
 */
public record GetRecordsRequest(ResultType resultType, String outputSchema, ElementSet elementSet,
        long startPosition, int maxRecords, Filter filter, List<RecordSort> sortBy) {

    /** The resultType values of CSW 2.0.2. */
    public enum ResultType { HITS, RESULTS, VALIDATE }

    public GetRecordsRequest {
        sortBy = List.copyOf(sortBy);
    }
}
