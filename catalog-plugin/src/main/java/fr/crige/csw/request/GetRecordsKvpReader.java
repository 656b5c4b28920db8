package fr.crige.csw.request;

import fr.crige.core.filter.Filter;
import fr.crige.core.filter.SortBy;
import fr.crige.csw.CswSettings;
import fr.crige.csw.output.ElementSet;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * Reads a KVP GetRecords (OGC 07-006r1, table 29): typeNames, ElementSetName, outputSchema, resultType,
 * startPosition, maxRecords, CONSTRAINTLANGUAGE with CONSTRAINT, and SortBy as {@code name:A,name:D}.
 * ElementName (comma-separated qualified names, prefixes from NAMESPACE) instead of ElementSetName: the two
 * are mutually exclusive. ResponseHandler (asynchronous answers) is refused.
 */
public final class GetRecordsKvpReader {

    private final ConstraintParser constraints;
    private final QueryableFilters filters;
    private final CswSettings settings;

    public GetRecordsKvpReader(ConstraintParser constraints, QueryableFilters filters, CswSettings settings) {
        this.constraints = constraints;
        this.filters = filters;
        this.settings = settings;
    }

    public GetRecordsRequest read(KvpParameters kvp) {
        TypeNames.check(kvp.get("typeNames").orElse(null), "typeNames");
        List<QName> elementNames = List.of();
        if (kvp.contains(ElementNames.LOCATOR)) {
            if (kvp.contains("ElementSetName")) {
                throw OwsException.invalidParameter(ElementNames.LOCATOR,
                        "ElementName and ElementSetName are mutually exclusive");
            }
            elementNames = ElementNames.fromKvp(kvp.get(ElementNames.LOCATOR).orElse(""),
                    kvp.get("NAMESPACE").orElse(null));
        }
        if (kvp.contains("ResponseHandler")) {
            throw OwsException.invalidParameter("ResponseHandler", "Asynchronous responses are not supported");
        }
        String outputFormat = kvp.get("outputFormat").orElse("application/xml");
        if (!outputFormat.equals("application/xml") && !outputFormat.equals("text/xml")) {
            throw OwsException.invalidParameter("outputFormat", "outputFormat must be application/xml");
        }
        Filter filter = Filter.INCLUDE;
        if (kvp.get("constraint").filter(c -> !c.isBlank()).isPresent()) {
            filter = filters.resolve(constraints.parse(kvp.get("constraintLanguage").orElse(null),
                    kvp.get("constraint").get()));
        }
        return new GetRecordsRequest(RequestNumbers.resultType(kvp.get("resultType").orElse(null)),
                kvp.get("outputSchema").orElse(null),
                ElementSet.parse(kvp.get("ElementSetName").orElse("summary")), elementNames,
                RequestNumbers.startPosition(kvp.get("startPosition").orElse(null)),
                RequestNumbers.maxRecords(kvp.get("maxRecords").orElse(null), settings),
                filter, QueryableFilters.resolveSort(sortBy(kvp.get("sortBy").orElse(""))));
    }

    private static List<SortBy> sortBy(String value) {
        List<SortBy> keys = new ArrayList<>();
        for (String key : value.split(",")) {
            if (key.isBlank()) {
                continue;
            }
            String[] parts = key.trim().split(":");
            String direction = parts.length > 1 ? parts[parts.length - 1] : "A";
            String name = parts.length > 1 ? key.trim().substring(0, key.trim().lastIndexOf(':')) : parts[0];
            if (!direction.equalsIgnoreCase("A") && !direction.equalsIgnoreCase("D")) {
                // no direction: the colon was a namespace prefix
                name = key.trim();
                direction = "A";
            }
            keys.add(new SortBy(name, direction.equalsIgnoreCase("A")));
        }
        return keys;
    }
}
