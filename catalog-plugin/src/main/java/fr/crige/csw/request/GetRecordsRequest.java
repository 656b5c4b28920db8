package fr.crige.csw.request;

import fr.crige.core.filter.Filter;
import fr.crige.csw.output.ElementSet;
import fr.crige.csw.store.RecordSort;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * A GetRecords request, from KVP or XML, checked and with its filter over queryables.
 *
 * @param outputSchema the requested outputSchema URI, or null for the default
 * @param elementSet   the element set; ignored when {@code elementNames} is not empty
 * @param elementNames the ElementName values, exclusive of ElementSetName (OGC 07-006r1, 10.8.4.9): when
 *                     present, records hold these elements only
 */
public record GetRecordsRequest(ResultType resultType, String outputSchema, ElementSet elementSet,
        List<QName> elementNames, long startPosition, int maxRecords, Filter filter, List<RecordSort> sortBy) {

    /** The resultType values of CSW 2.0.2. */
    public enum ResultType { HITS, RESULTS, VALIDATE }

    public GetRecordsRequest {
        elementNames = List.copyOf(elementNames);
        sortBy = List.copyOf(sortBy);
    }
}
