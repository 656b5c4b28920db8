package fr.crige.wfs.getfeature;

import fr.crige.core.filter.Filter;
import fr.crige.core.filter.SortBy;
import fr.crige.wfs.TypeName;
import java.util.List;
import java.util.Objects;

/**
 * One {@code wfs:Query} of a GetFeature request, before the type is resolved.
 *
 * @param typeName      the queried type (joins of several types are not supported)
 * @param filter        the selection, with resource ids in their published form
 * @param sortBy        sort keys, empty for the natural order
 * @param propertyNames attributes to return, or null for all
 * @param srsName       the CRS to answer in as the client wrote it, or null for the type's own
 */
public record QuerySpec(TypeName typeName, Filter filter, List<SortBy> sortBy, List<String> propertyNames,
        String srsName) {

    public QuerySpec {
        Objects.requireNonNull(typeName, "typeName");
        filter = filter == null ? Filter.INCLUDE : filter;
        sortBy = sortBy == null ? List.of() : List.copyOf(sortBy);
        propertyNames = propertyNames == null ? null : List.copyOf(propertyNames);
    }
}
