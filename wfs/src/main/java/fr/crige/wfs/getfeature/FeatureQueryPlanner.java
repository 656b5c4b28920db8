package fr.crige.wfs.getfeature;

import fr.crige.core.crs.Crs;
import fr.crige.core.crs.CrsService;
import fr.crige.core.crs.UnsupportedCrsException;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Filter;
import fr.crige.core.query.Query;
import fr.crige.core.query.QueryHints;
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
 * through it, so each query gets the offset and limit of its part of the page. Filters, sorting and paging all
 * run in the store.
 *
 * <p>What is counted before the first byte depends on {@link WfsSettings#matchCounting()} and on where the
 * output format writes the counts ({@link CountsPosition}). Counting every match of every query gives exact
 * counts and lets queries outside the page be skipped; it is what {@code resultType=hits}, several queries and
 * {@link MatchCounting#ALWAYS} do. Otherwise a single query reads one feature beyond the page to learn whether
 * a next page exists, and counts nothing, or only the page when the format must write {@code numberReturned}
 * first.
 *
 * <p>Every store query of a request carries the same deadline, {@link WfsSettings#requestTimeout()} after
 * planning started: the stores stop counting or streaming past it (see {@link StoreErrors} for the report).
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

    /**
     * Plans a request for an output format writing its counts at {@code position}.
     *
     * @throws OwsException for unknown types, an unsupported srsName or a query the store refuses
     */
    public FeatureCollectionPlan plan(GetFeatureRequest request, OwsRequest owsRequest, CountsPosition position) {
        long pageSize = request.count() < 0 ? settings.maxFeatures()
                : Math.min(request.count(), settings.maxFeatures());
        ResultPage page = new ResultPage(owsRequest, request.startIndex(), pageSize, request.hits(),
                request.pagingLinks());
        QueryHints hints = settings.timeout().map(QueryHints.NONE::withTimeout).orElse(QueryHints.NONE);
        List<Selection> selections = request.queries().stream().map(spec -> select(spec, owsRequest, hints))
                .toList();
        OffsetDateTime timeStamp = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        boolean countAll = request.hits() || pageSize == 0 || selections.size() > 1
                || settings.matchCounting() == MatchCounting.ALWAYS;
        if (countAll) {
            return counted(selections, page, timeStamp);
        }
        Selection selection = selections.get(0);
        return switch (position) {
            case BEFORE_FEATURES -> pageCounted(selection, page, timeStamp);
            case AFTER_FEATURES -> uncounted(selection.page(page.startIndex(), pageSize, true), page, timeStamp);
            case NOT_WRITTEN -> uncounted(selection.page(page.startIndex(), pageSize, false), page, timeStamp);
        };
    }

    /** A plan whose format learns the counts while writing, or does not write them. */
    private static FeatureCollectionPlan uncounted(PlannedQuery query, ResultPage page, OffsetDateTime timeStamp) {
        return new FeatureCollectionPlan(List.of(query), page, null, timeStamp);
    }

    /** Counts every query's matches, then gives each query its share of the page. */
    private static FeatureCollectionPlan counted(List<Selection> selections, ResultPage page,
            OffsetDateTime timeStamp) {
        long toSkip = page.startIndex();
        long toReturn = page.hits() ? 0 : page.pageSize();
        long matched = 0;
        long returned = 0;
        List<PlannedQuery> planned = new ArrayList<>();
        for (Selection selection : selections) {
            long queryMatched = StoreErrors.call(() -> selection.type().store().count(selection.query()));
            long offset = Math.min(toSkip, queryMatched);
            toSkip -= offset;
            long queryReturned = Math.min(queryMatched - offset, toReturn);
            toReturn -= queryReturned;
            planned.add(selection.exactly(offset, queryReturned));
            matched += queryMatched;
            returned += queryReturned;
        }
        return new FeatureCollectionPlan(planned, page, page.counted(matched, returned), timeStamp);
    }

    /**
     * Counts the page and one feature beyond it, a count the store can stop early; the matches are counted in
     * full only when the page is empty and not the first, since then nothing tells how many lay before it.
     */
    private static FeatureCollectionPlan pageCounted(Selection selection, ResultPage page,
            OffsetDateTime timeStamp) {
        Query probe = selection.paged(page.startIndex(), oneMore(page.pageSize()));
        long inPage = StoreErrors.call(() -> selection.type().store().count(probe));
        boolean more = inPage > page.pageSize();
        long returned = Math.min(inPage, page.pageSize());
        PageSummary counts = returned == 0 && page.startIndex() > 0
                ? page.counted(StoreErrors.call(() -> selection.type().store().count(selection.query())), 0)
                : page.uncounted(returned, more);
        return new FeatureCollectionPlan(List.of(selection.exactly(page.startIndex(), returned)), page, counts,
                timeStamp);
    }

    /** The page size plus the feature that tells whether more follow (saturating: no page is that large). */
    private static long oneMore(long pageSize) {
        return pageSize == Long.MAX_VALUE ? pageSize : pageSize + 1;
    }

    private Selection select(QuerySpec spec, OwsRequest owsRequest, QueryHints hints) {
        PublishedType type = resolver.resolve(spec.typeName(), owsRequest.workspace());
        FeatureSchema schema = StoreErrors.call(type::schema);
        Crs outputCrs = outputCrs(spec.srsName(), schema);
        int targetSrid = spec.srsName() == null ? 0 : outputCrs.srid();
        Filter filter = GmlStandardProperties.resolve(ResourceIds.toStore(spec.filter(), type));
        Query all = Query.builder(type.nativeName()).filter(filter).sortBy(spec.sortBy())
                .properties(spec.propertyNames()).targetSrid(targetSrid).hints(hints).build();
        return new Selection(type, all, outputCrs, srsName(spec, outputCrs, owsRequest),
                settings.precision().decimalsFor(outputCrs));
    }

    /** One query of the request, resolved: all its matches, before paging. */
    private record Selection(PublishedType type, Query query, Crs outputCrs, String srsName, int decimals) {

        Query paged(long offset, long limit) {
            return new Query(query.typeName(), query.filter(), query.sortBy(), offset, limit, query.properties(),
                    query.targetSrid(), query.hints());
        }

        /** This query's share of the page, of a known size. */
        PlannedQuery exactly(long offset, long returned) {
            return new PlannedQuery(type, paged(offset, returned), returned, outputCrs, srsName, decimals, returned);
        }

        /** The page, of a size learnt while reading; with {@code probe}, one feature more tells if more follow. */
        PlannedQuery page(long offset, long pageSize, boolean probe) {
            long limit = probe ? oneMore(pageSize) : pageSize;
            return new PlannedQuery(type, paged(offset, limit), pageSize, outputCrs, srsName, decimals,
                    PageSummary.UNKNOWN);
        }
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
