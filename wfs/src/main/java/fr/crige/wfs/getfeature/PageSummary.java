package fr.crige.wfs.getfeature;

/**
 * The counts and paging links of a GetFeature response (WFS 2.0, 7.7.4.3 and 7.7.4.4).
 *
 * @param numberMatched  the features matching the queries, or {@link #UNKNOWN}
 * @param numberReturned the features in this response (0 for {@code resultType=hits})
 * @param next           the URL of the next page, or null when there is none
 * @param previous       the URL of the previous page, or null
 */
public record PageSummary(long numberMatched, long numberReturned, String next, String previous) {

    /** A {@code numberMatched} the service did not count: WFS 2.0 writes it {@code unknown}. */
    public static final long UNKNOWN = -1;

    public boolean isMatchedKnown() {
        return numberMatched != UNKNOWN;
    }

    /** {@code numberMatched} as WFS 2.0 writes it: the number, or {@code unknown}. */
    public String numberMatchedText() {
        return isMatchedKnown() ? Long.toString(numberMatched) : "unknown";
    }
}
