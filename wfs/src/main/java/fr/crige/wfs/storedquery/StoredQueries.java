package fr.crige.wfs.storedquery;

/**
 * The stored queries of the service. Only the one WFS 2.0 makes mandatory exists (7.9.3.6):
 * {@code urn:ogc:def:query:OGC-WFS::GetFeatureById}, whose single parameter {@code ID} is a feature id and
 * whose answer is that feature alone. Creating stored queries (ManageStoredQueries) is not supported.
 */
public final class StoredQueries {

    public static final String GET_FEATURE_BY_ID = "urn:ogc:def:query:OGC-WFS::GetFeatureById";

    private StoredQueries() {
    }
}
