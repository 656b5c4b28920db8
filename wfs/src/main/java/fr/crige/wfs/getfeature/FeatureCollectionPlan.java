package fr.crige.wfs.getfeature;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a GetFeature answers, decided before anything is written: the planned queries with the counts WFS
 * 2.0 requires up front ({@code numberMatched}, {@code numberReturned}), the paging links and the time stamp.
 *
 * @param queries        the queries, in request order
 * @param numberMatched  features matching all queries
 * @param numberReturned features in this response (0 for resultType=hits)
 * @param next           the URL of the next page, or null
 * @param previous       the URL of the previous page, or null
 * @param timeStamp      when the response was prepared
 */
public record FeatureCollectionPlan(List<PlannedQuery> queries, long numberMatched, long numberReturned,
        String next, String previous, OffsetDateTime timeStamp) {

    public FeatureCollectionPlan {
        queries = List.copyOf(queries);
    }
}
