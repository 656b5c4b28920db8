package fr.crige.wfs.getfeature;

import fr.crige.core.crs.Crs;
import fr.crige.core.crs.CrsService;
import fr.crige.core.crs.UnsupportedCrsException;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Filter;
import fr.crige.core.query.Query;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.FeatureTypeResolver;
import fr.crige.wfs.PublishedType;
import fr.crige.wfs.ResourceIds;
import fr.crige.wfs.StoreErrors;
import fr.crige.wfs.WfsSettings;
import fr.crige.wfs.WfsVersion;
import fr.crige.wfs.fes.GmlStandardProperties;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a GetFeature request into store queries. The result set of a request is the concatenation of its
 * queries' results; {@code startIndex} and {@code count} (capped by {@link WfsSettings#maxFeatures()}) page
 * through it, so each query gets the offset and limit of its part of the page. Counting the matches of each
 * query first gives the honest {@code numberMatched}/{@code numberReturned} that WFS 2.0 writes before the
 * features, and lets queries outside the page be skipped. Filters, sorting and paging all run in the store.
 */
public final class FeatureQueryPlanner {

    private final FeatureTypeResolver resolver;
    private final CrsService crsService;
    private final WfsSettings settings;

    public FeatureQueryPlanner(FeatureTypeResolver resolver, CrsService crsService, WfsSettings settings) {
        this.resolver = resolver;
        this.crsService = crsService;
        this.settings = settings;
    }

    public FeatureCollectionPlan plan(GetFeatureRequest request, OwsRequest owsRequest) {
        long pageSize = request.count() < 0 ? settings.maxFeatures()
                : Math.min(request.count(), settings.maxFeatures());
        long toSkip = request.startIndex();
        long toReturn = request.hits() ? 0 : pageSize;
        long matched = 0;
        long returned = 0;
        List<PlannedQuery> planned = new ArrayList<>();
        for (QuerySpec spec : request.queries()) {
            PublishedType type = resolver.resolve(spec.typeName(), owsRequest.workspace());
            FeatureSchema schema = StoreErrors.call(type::schema);
            Crs outputCrs = outputCrs(spec.srsName(), schema);
            int targetSrid = spec.srsName() == null ? 0 : outputCrs.srid();
            Filter filter = GmlStandardProperties.resolve(ResourceIds.toStore(spec.filter(), type));
            Query all = Query.builder(type.nativeName()).filter(filter).sortBy(spec.sortBy())
                    .properties(spec.propertyNames()).targetSrid(targetSrid).build();
            long queryMatched = StoreErrors.call(() -> type.store().count(all));
            long offset = Math.min(toSkip, queryMatched);
            toSkip -= offset;
            long queryReturned = Math.min(queryMatched - offset, toReturn);
            toReturn -= queryReturned;
            Query page = new Query(all.typeName(), all.filter(), all.sortBy(), offset, queryReturned,
                    all.properties(), all.targetSrid());
            planned.add(new PlannedQuery(type, page, outputCrs, srsName(spec, outputCrs, owsRequest), queryMatched,
                    queryReturned));
            matched += queryMatched;
            returned += queryReturned;
        }
        PagingLinks links = !request.pagingLinks() ? PagingLinks.NONE
                : request.hits() ? PagingLinks.ofHits(owsRequest, request.startIndex(), pageSize, matched)
                : PagingLinks.of(owsRequest, request.startIndex(), pageSize, returned, matched);
        return new FeatureCollectionPlan(planned, matched, returned, links.next(), links.previous(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The identifier written on geometries. WFS 2.0 answers with the URN, whose axis order is unambiguous; WFS
     * 1.1.0 echoes the client's srsName, since 1.1 clients read {@code EPSG:4326} as longitude first.
     */
    private static String srsName(QuerySpec spec, Crs crs, OwsRequest request) {
        if (crs == null) {
            return null;
        }
        boolean echo = WfsVersion.of(request) == WfsVersion.WFS_1_1_0 && spec.srsName() != null;
        return echo ? spec.srsName().trim() : crs.urn();
    }

    private Crs outputCrs(String srsName, FeatureSchema schema) {
        try {
            if (srsName != null) {
                return crsService.decode(srsName.trim());
            }
            return schema.srid() > 0 ? crsService.forSrid(schema.srid()) : null;
        } catch (UnsupportedCrsException e) {
            throw OwsException.invalidParameter("srsName", "Unsupported srsName " + srsName);
        }
    }
}
