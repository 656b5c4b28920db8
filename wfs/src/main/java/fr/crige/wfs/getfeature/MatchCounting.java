package fr.crige.wfs.getfeature;

/**
 * When a GetFeature with {@code resultType=results} counts every feature matching its queries. WFS 2.0
 * (7.7.4.3) lets {@code numberMatched} be {@code unknown}, and counting a whole selection to write one page of
 * it is what makes paging through a large table slow: the count scans every match, page after page.
 * {@code resultType=hits}, a request of several queries and {@code count=0} always count exactly.
 */
public enum MatchCounting {

    /**
     * Every page counts all its matches first, so {@code numberMatched} is always a number (what MapServer
     * does), at the price of one count over the whole selection per request.
     */
    ALWAYS,

    /**
     * Counts only what the response needs (the default): {@code numberMatched} is exact on the last page,
     * where it is {@code startIndex + numberReturned}, and {@code unknown} on the others, which have a
     * {@code next} link; whether a further page exists is learnt by asking for one feature more than the page.
     * Formats that write the counts after the features (GeoJSON) and formats without counts (CSV, Shapefile,
     * GeoPackage) then run no count at all; GML, which writes {@code numberReturned} before the features, runs
     * a count bounded by the page (offset and limit given to the store).
     */
    WHEN_NEEDED
}
