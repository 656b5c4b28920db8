package fr.crige.wfs.storedquery;

import fr.crige.core.filter.Filter;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.wfs.TypeName;
import fr.crige.wfs.getfeature.QuerySpec;
import java.util.List;

/**
 * The stored queries of the service. Only the one WFS 2.0 makes mandatory exists (7.9.3.6):
 * {@code urn:ogc:def:query:OGC-WFS::GetFeatureById}, whose single parameter {@code ID} is a feature id and
 * whose answer is that feature alone. Creating stored queries (ManageStoredQueries) is not supported.
 */
public final class StoredQueries {

    public static final String GET_FEATURE_BY_ID = "urn:ogc:def:query:OGC-WFS::GetFeatureById";

    /** The name of the GetFeatureById parameter; parameter names are matched ignoring case. */
    public static final String ID = "ID";

    private StoredQueries() {
    }

    /**
     * The query GetFeatureById runs. Its type is the part of the id before the last dot, as published ids
     * are {@code <type>.<key>}; an id of any other form names no feature, which WFS 2.0 (11.4) answers with
     * NotFound (404), not as a malformed request.
     */
    public static QuerySpec getFeatureById(String featureId, String srsName) {
        if (featureId == null || featureId.isBlank()) {
            throw OwsException.missingParameter(ID);
        }
        String id = featureId.trim();
        int dot = id.lastIndexOf('.');
        if (dot <= 0 || dot == id.length() - 1) {
            throw notFound(id);
        }
        return new QuerySpec(TypeName.parse(id.substring(0, dot)), Filter.ids(id), List.of(), null, srsName);
    }

    /** NotFound for an id that names no published feature. */
    public static OwsException notFound(String featureId) {
        return new OwsException(OwsExceptionCode.NOT_FOUND, ID, "No feature has the identifier " + featureId);
    }
}
