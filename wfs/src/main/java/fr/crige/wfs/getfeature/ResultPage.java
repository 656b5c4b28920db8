package fr.crige.wfs.getfeature;

import fr.crige.ows.OwsRequest;

/**
 * The page of the result set a GetFeature asks for, from which counts and links follow once it is known how
 * many features the page holds and whether more follow.
 *
 * @param request    the request, whose KVP parameters the paging links repeat
 * @param startIndex features of the result set skipped
 * @param pageSize   the most features in the page: {@code count} capped by the service's maximum
 * @param hits       {@code resultType=hits}
 * @param linkable   whether paging links can be built (KVP requests only)
 */
public record ResultPage(OwsRequest request, long startIndex, long pageSize, boolean hits, boolean linkable) {

    /**
     * The summary of a page whose matches were counted.
     *
     * @param matched  all features matching the queries
     * @param returned the features in the page
     */
    public PageSummary counted(long matched, long returned) {
        PagingLinks links = !linkable ? PagingLinks.NONE
                : hits ? PagingLinks.ofHits(request, startIndex, pageSize, matched)
                : PagingLinks.of(request, startIndex, pageSize, startIndex + returned < matched);
        return new PageSummary(matched, returned, links.next(), links.previous());
    }

    /**
     * The summary of a page read without counting the matches: when no feature follows the page, the result
     * set ends in it and {@code numberMatched} is {@code startIndex + returned}; otherwise it is unknown. An
     * empty page past the first one says nothing of how many features lay before it.
     *
     * @param returned the features in the page
     * @param more     whether at least one feature follows the page
     */
    public PageSummary uncounted(long returned, boolean more) {
        long matched = more || (returned == 0 && startIndex > 0) ? PageSummary.UNKNOWN : startIndex + returned;
        PagingLinks links = linkable ? PagingLinks.of(request, startIndex, pageSize, more) : PagingLinks.NONE;
        return new PageSummary(matched, returned, links.next(), links.previous());
    }
}
