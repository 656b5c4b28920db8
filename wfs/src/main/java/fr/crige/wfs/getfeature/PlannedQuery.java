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
 * @param query     the store query, with this query's share of the page as offset/limit; its limit is one more
 *                  than {@code pageLimit} when the page learns from the store whether more features follow
 * @param pageLimit the most features this query contributes to the page
 * @param outputCrs the CRS of the returned geometries, or null when the type has no geometry or no CRS
 * @param srsName   the identifier of that CRS written on geometries (it decides their axis order), or null
 * @param decimals  the decimals of written coordinates ({@link fr.crige.wfs.CoordinatePrecision#FULL}: all)
 * @param returned  the features this query contributes to the page, or {@link PageSummary#UNKNOWN} when they
 *                  are counted while written
 */
public record PlannedQuery(PublishedType type, Query query, long pageLimit, Crs outputCrs, String srsName,
        int decimals, long returned) {

    /** The schema of the features this query returns: the type's, restricted to the selected properties. */
    public FeatureSchema schema() {
        FeatureSchema full = StoreErrors.call(type::schema);
        return query.properties() == null ? full : full.retype(query.properties());
    }

    /** Whether this query is known to contribute nothing, so that its store query need not run. */
    public boolean isEmpty() {
        return returned == 0 || pageLimit == 0;
    }

    /** Runs the query; the caller closes the reader. */
    public PageReader open() {
        return new PageReader(StoreErrors.call(() -> type.store().features(query)), pageLimit);
    }
}
