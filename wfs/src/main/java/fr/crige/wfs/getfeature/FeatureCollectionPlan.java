package fr.crige.wfs.getfeature;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a GetFeature answers, decided before anything is written: the planned queries, the page they fill and,
 * when the output format writes them before the features, the counts and paging links.
 *
 * @param queries   the queries, in request order
 * @param page      the requested page, which gives counts and links from what was written
 * @param counts    the counts and links known before writing, or null when the format learns them while
 *                  writing ({@link CountsPosition#AFTER_FEATURES}) or does not write them
 * @param timeStamp when the response was prepared
 */
public record FeatureCollectionPlan(List<PlannedQuery> queries, ResultPage page, PageSummary counts,
        OffsetDateTime timeStamp) {

    public FeatureCollectionPlan {
        queries = List.copyOf(queries);
    }

    /** The counts and links known before writing. */
    public Optional<PageSummary> knownCounts() {
        return Optional.ofNullable(counts);
    }

    /**
     * The counts and links known before writing, for formats that write them first.
     *
     * @throws IllegalStateException when the plan was made for a format that counts while writing
     */
    public PageSummary requireCounts() {
        if (counts == null) {
            throw new IllegalStateException("This plan counts while writing; plan it for counts before features");
        }
        return counts;
    }
}
