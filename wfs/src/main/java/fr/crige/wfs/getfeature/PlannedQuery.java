package fr.crige.wfs.getfeature;

import fr.crige.core.crs.Crs;
import fr.crige.core.query.Query;
import fr.crige.wfs.PublishedType;

/**
 * One query ready to run against its store.
 *
 * @param type      the published type
 * @param query     the store query, with this query's share of the page as offset/limit
 * @param outputCrs the CRS of the returned geometries, or null when the type has no geometry or no CRS
 * @param matched   the features matching the filter
 * @param returned  the features this query contributes to the page
 */
public record PlannedQuery(PublishedType type, Query query, Crs outputCrs, long matched, long returned) {
}
