package fr.crige.wfs.getfeature;

import fr.crige.core.crs.AxisOrder;
import fr.crige.core.crs.Crs;
import fr.crige.core.crs.CrsService;
import fr.crige.core.crs.UnsupportedCrsException;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.SortBy;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.wfs.KvpNamespaces;
import fr.crige.wfs.TypeName;
import fr.crige.wfs.WfsVersion;
import fr.crige.wfs.WfsSettings;
import fr.crige.wfs.fes.FesErrors;
import fr.crige.wfs.fes.FesParser;
import fr.crige.wfs.storedquery.StoredQueries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads the KVP encoding of GetFeature (WFS 2.0, 7.9.2 and table 8; the query parameters of table 5): type
 * names, FILTER / RESOURCEID (FEATUREID in WFS 1.1.0) / BBOX (mutually exclusive), SORTBY, PROPERTYNAME,
 * SRSNAME, COUNT (MAXFEATURES in WFS 1.1.0), STARTINDEX,
 * RESULTTYPE, OUTPUTFORMAT and the GetFeatureById stored query. With several type names, FILTER and
 * PROPERTYNAME may be parenthesised lists, one entry per type.
 */
public final class GetFeatureKvpReader {

    private final CrsService crsService;
    private final FesParser fesParser;
    private final WfsSettings settings;

    public GetFeatureKvpReader(CrsService crsService, FesParser fesParser, WfsSettings settings) {
        this.crsService = crsService;
        this.fesParser = fesParser;
        this.settings = settings;
    }

    /** Reads a WFS 2.0 request. */
    public GetFeatureRequest read(KvpParameters kvp) {
        return read(kvp, WfsVersion.WFS_2_0);
    }

    /** Reads a request of the given version, whose axis order rules apply to BBOX. */
    public GetFeatureRequest read(KvpParameters kvp, WfsVersion version) {
        long count = nonNegative("count", kvp.get("COUNT").or(() -> kvp.get("MAXFEATURES")).orElse(null));
        long startIndex = nonNegative("startIndex", kvp.get("STARTINDEX").orElse(null));
        boolean hits = resultType(kvp);
        String outputFormat = kvp.get("OUTPUTFORMAT").orElse(null);
        if (kvp.contains("STOREDQUERY_ID")) {
            return new GetFeatureRequest(List.of(storedQuery(kvp)), count, startIndex, hits, outputFormat, true,
                    true);
        }
        return new GetFeatureRequest(queries(kvp, version), count, startIndex, hits, outputFormat, false, true);
    }

    private QuerySpec storedQuery(KvpParameters kvp) {
        String id = kvp.require("STOREDQUERY_ID");
        if (!StoredQueries.GET_FEATURE_BY_ID.equals(id)) {
            throw OwsException.invalidParameter("STOREDQUERY_ID", "Unknown stored query " + id);
        }
        return StoredQueries.getFeatureById(kvp.require(StoredQueries.ID), kvp.get("SRSNAME").orElse(null));
    }

    private List<QuerySpec> queries(KvpParameters kvp, WfsVersion version) {
        List<String> ids = list(kvp.get("RESOURCEID").or(() -> kvp.get("FEATUREID")).orElse(null));
        exclusive(kvp);
        List<TypeName> types = KvpNamespaces.of(kvp).typeNames(kvp);
        if (types.isEmpty() && ids.isEmpty()) {
            throw OwsException.missingParameter("typeNames");
        }
        if (types.isEmpty()) {
            return queriesOfIds(ids, kvp.get("SRSNAME").orElse(null), sortBy(kvp.get("SORTBY").orElse(null)),
                    kvp.get("PROPERTYNAME").orElse(null));
        }
        List<String> filters = perQuery(kvp.get("FILTER").orElse(null), types.size(), "filter");
        List<String> properties = perQuery(kvp.get("PROPERTYNAME").orElse(null), types.size(), "propertyName");
        List<SortBy> sortBy = sortBy(kvp.get("SORTBY").orElse(null));
        String srsName = kvp.get("SRSNAME").orElse(null);
        Filter bbox = kvp.get("BBOX").map(b -> bbox(b, version)).orElse(null);
        List<QuerySpec> queries = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            Filter filter;
            if (!ids.isEmpty()) {
                filter = new Filter.ResourceId(new LinkedHashSet<>(ids));
            } else if (bbox != null) {
                filter = bbox;
            } else {
                filter = filters.get(i) == null ? Filter.INCLUDE : filter(filters.get(i));
            }
            List<String> selected = properties.get(i) == null ? null
                    : list(properties.get(i)).stream().map(FesParser::propertyName).toList();
            queries.add(new QuerySpec(types.get(i), filter, sortBy, selected, srsName));
        }
        return queries;
    }

    /**
     * RESOURCEID without TYPENAMES: one query per type the ids name, in the order of their first id, each
     * selecting its own ids.
     */
    private static List<QuerySpec> queriesOfIds(List<String> ids, String srsName, List<SortBy> sortBy,
            String propertyName) {
        Map<TypeName, Set<String>> byType = new LinkedHashMap<>();
        for (String id : ids) {
            byType.computeIfAbsent(typeOfId(id, "resourceId"), t -> new LinkedHashSet<>()).add(id);
        }
        List<String> selected = propertyName == null ? null
                : list(propertyName).stream().map(FesParser::propertyName).toList();
        return byType.entrySet().stream().map(e -> new QuerySpec(e.getKey(), new Filter.ResourceId(e.getValue()),
                sortBy, selected, srsName)).toList();
    }

    private Filter filter(String xml) {
        if (xml.length() > settings.maxFilterLength()) {
            throw FesErrors.invalid("The filter is longer than " + settings.maxFilterLength() + " characters");
        }
        return fesParser.parse(xml);
    }

    private static void exclusive(KvpParameters kvp) {
        List<String> given = List.of("RESOURCEID", "FEATUREID", "FILTER", "BBOX").stream().filter(kvp::contains)
                .toList();
        if (given.size() > 1) {
            throw OwsException.invalidParameter(given.get(1).toLowerCase(Locale.ROOT),
                    "RESOURCEID, FILTER and BBOX are mutually exclusive");
        }
    }

    /** The type a published feature id belongs to: the part before its last dot. */
    private static TypeName typeOfId(String id, String locator) {
        int dot = id.lastIndexOf('.');
        if (dot <= 0 || dot == id.length() - 1) {
            throw OwsException.invalidParameter(locator, "'" + id + "' is not a feature id of the form type.key");
        }
        return TypeName.parse(id.substring(0, dot));
    }

    /**
     * BBOX=minx,miny,maxx,maxy[,crs]: in the axis order of the CRS as the WFS version reads its identifier, or in
     * the queried type's CRS when none is given.
     */
    private Filter bbox(String value, WfsVersion version) {
        String[] parts = value.split(",");
        if (parts.length != 4 && parts.length != 5) {
            throw OwsException.invalidParameter("bbox", "BBOX must be minx,miny,maxx,maxy[,crs]");
        }
        double[] n = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw OwsException.invalidParameter("bbox", "BBOX value '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(n[i])) {
                throw OwsException.invalidParameter("bbox", "BBOX values must be finite");
            }
        }
        if (n[0] > n[2] || n[1] > n[3]) {
            throw OwsException.invalidParameter("bbox", "BBOX minimum exceeds maximum");
        }
        Envelope envelope = new Envelope(n[0], n[2], n[1], n[3]);
        if (parts.length == 4) {
            return new Filter.BBox(null, envelope, 0);
        }
        String identifier = parts[4].trim();
        Crs crs;
        try {
            crs = crsService.decode(identifier);
        } catch (UnsupportedCrsException e) {
            throw OwsException.invalidParameter("bbox", "Unsupported BBOX CRS " + identifier);
        }
        boolean swap = AxisOrder.isNorthingFirst(version.axisOrder(), identifier, crs);
        return new Filter.BBox(null, swap ? AxisOrder.swap(envelope) : envelope, crs.srid());
    }

    /** SORTBY=a ASC,b DESC (WFS 2.0) or a A,b D (WFS 1.1). */
    private static List<SortBy> sortBy(String value) {
        List<SortBy> keys = new ArrayList<>();
        for (String item : list(value)) {
            String[] words = item.trim().split("\\s+");
            if (words.length > 2) {
                throw OwsException.invalidParameter("sortBy", "Invalid sort key '" + item + "'");
            }
            boolean ascending = words.length == 1 || switch (words[1].toUpperCase(Locale.ROOT)) {
                case "ASC", "A" -> true;
                case "DESC", "D" -> false;
                default -> throw OwsException.invalidParameter("sortBy", "Sort order must be ASC or DESC");
            };
            keys.add(new SortBy(FesParser.propertyName(words[0]), ascending));
        }
        return keys;
    }

    /**
     * One value per query: a parenthesised list {@code (a)(b)} must have one entry per type name, a plain value
     * applies to every query.
     */
    private static List<String> perQuery(String value, int queries, String locator) {
        if (value == null) {
            return Arrays.asList(new String[queries]);
        }
        String trimmed = value.trim();
        if (queries > 1 && trimmed.startsWith("(") && trimmed.endsWith(")")) {
            List<String> entries = List.of(trimmed.substring(1, trimmed.length() - 1).split("\\)\\s*\\("));
            if (entries.size() != queries) {
                throw OwsException.invalidParameter(locator, "Expected " + queries + " parenthesised values, got "
                        + entries.size());
            }
            return entries.stream().map(e -> e.isBlank() ? null : e).toList();
        }
        return Collections.nCopies(queries, trimmed);
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean resultType(KvpParameters kvp) {
        String value = kvp.get("RESULTTYPE").orElse("results").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "results" -> false;
            case "hits" -> true;
            default -> throw OwsException.invalidParameter("resultType", "resultType must be results or hits");
        };
    }

    static long nonNegative(String locator, String value) {
        if (value == null) {
            return locator.equals("count") ? -1 : 0;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OwsException.invalidParameter(locator, locator + " must be a non-negative integer");
    }
}
