package fr.crige.wfs.getfeature;

import java.util.List;

/**
 * A parsed GetFeature request, from KVP or XML.
 *
 * @param queries      the queries, answered one after the other in a single result set
 * @param count        the most features to return, or -1 when the client set no count
 * @param startIndex   features of the result set to skip
 * @param hits         {@code resultType=hits}: counts only
 * @param outputFormat the requested output format, or null for GML 3.2
 * @param byId         true for the GetFeatureById stored query, which answers a bare feature
 * @param pagingLinks  whether next/previous links can be built, i.e. the request came as KVP
 */
public record GetFeatureRequest(List<QuerySpec> queries, long count, long startIndex, boolean hits,
        String outputFormat, boolean byId, boolean pagingLinks) {

    public GetFeatureRequest {
        queries = List.copyOf(queries);
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("a GetFeature request has at least one query");
        }
    }
}
