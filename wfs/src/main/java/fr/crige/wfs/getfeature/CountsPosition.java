package fr.crige.wfs.getfeature;

/**
 * Where an output format writes {@code numberMatched}/{@code numberReturned}, which decides what must be
 * counted before its first byte: a streamed document cannot go back to fill in a root attribute.
 */
public enum CountsPosition {

    /** In the root element, before the features (GML, {@code wfs:ValueCollection}): known before writing. */
    BEFORE_FEATURES,

    /** After the features (GeoJSON, whose members have no order): learnt while writing them. */
    AFTER_FEATURES,

    /** Nowhere (CSV, Shapefile, GeoPackage): nothing to count. */
    NOT_WRITTEN
}
