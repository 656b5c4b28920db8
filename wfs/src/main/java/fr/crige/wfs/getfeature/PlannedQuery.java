package fr.crige.wfs.getfeature;

import fr.crige.core.crs.Crs;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.query.Query;
import fr.crige.wfs.PublishedType;
import fr.crige.wfs.StoreErrors;

/**
 * One query ready to run against its store.
 *
 * @param type      the published type
 * @param query     the store query, with this query's share of the page as offset/limit
 * @param outputCrs the CRS of the returned geometries, or null when the type has no geometry or no CRS
 * @param srsName   the identifier of that CRS written on geometries (it decides their axis order), or null
 * @param matched   the features matching the filter
 * @param returned  the features this query contributes to the page
 */
public record PlannedQuery(PublishedType type, Query query, Crs outputCrs, String srsName, long matched,
        long returned) {

    /** The schema of the features this query returns: the type's, restricted to the selected properties. */
    public FeatureSchema schema() {
        FeatureSchema full = StoreErrors.call(type::schema);
        return query.properties() == null ? full : full.retype(query.properties());
    }
}
