package fr.crige.wfs.operation;

import fr.crige.ows.OwsException;
import fr.crige.core.filter.Filter;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.FeatureTypeResolver;
import fr.crige.wfs.WfsVersion;
import fr.crige.wfs.getfeature.CountsPosition;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.FeatureQueryPlanner;
import fr.crige.wfs.getfeature.GetFeatureKvpReader;
import fr.crige.wfs.getfeature.GetFeatureRequest;
import fr.crige.wfs.getfeature.GetFeatureXmlReader;
import fr.crige.wfs.output.FeatureOutputFormat;
import fr.crige.wfs.output.GmlOutputFormat;
import fr.crige.wfs.output.OutputFormats;
import fr.crige.wfs.storedquery.StoredQueries;

/**
 * GetFeature (WFS 2.0, 11): parses the request, plans the store queries (with the counts the output format
 * writes before its features) and answers a response whose body streams the features in the requested format.
 * Everything that can fail on the client's account (names, filter, CRS, counts) is checked before the body
 * starts, so it is reported as an exception.
 */
public final class GetFeatureOperation implements OwsOperation {

    private final GetFeatureKvpReader kvpReader;
    private final GetFeatureXmlReader xmlReader;
    private final FeatureQueryPlanner planner;
    private final OutputFormats formats;

    public GetFeatureOperation(GetFeatureKvpReader kvpReader, GetFeatureXmlReader xmlReader,
            FeatureQueryPlanner planner, OutputFormats formats) {
        this.kvpReader = kvpReader;
        this.xmlReader = xmlReader;
        this.planner = planner;
        this.formats = formats;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        GetFeatureRequest parsed = request.isXml() ? xmlReader.read(request.xmlBody().orElseThrow())
                : kvpReader.read(request.parameters(), WfsVersion.of(request));
        FeatureOutputFormat format = formats.get(parsed.outputFormat(), defaultFormat(request));
        if (parsed.byId()) {
            FeatureCollectionPlan plan = planById(parsed, request);
            return OwsResponse.ok(format.contentType(), out -> format.writeFeature(plan, request, out));
        }
        if (parsed.queries().size() > 1 && !format.supportsSeveralTypes()) {
            throw OwsException.invalidParameter("outputFormat", "Output format " + parsed.outputFormat()
                    + " holds one feature type; query one type per request");
        }
        FeatureCollectionPlan plan = planner.plan(parsed, request, format.countsPosition());
        OwsResponse response = OwsResponse.ok(format.contentType(), out -> format.writeCollection(plan, request, out));
        return format.fileExtension().map(ext -> response.withHeader("Content-Disposition",
                "attachment; filename=\"" + fileName(plan) + "." + ext + "\"")).orElse(response);
    }

    /** The downloaded file's name: the queried type names, joined. */
    private static String fileName(FeatureCollectionPlan plan) {
        return String.join("-", plan.queries().stream().map(q -> q.type().name()).distinct().toList())
                .replaceAll("[^\\w.-]", "_");
    }

    /** GML 3.2 for WFS 2.0, GML 3.1.1 for WFS 1.1.0. */
    static String defaultFormat(OwsRequest request) {
        return WfsVersion.of(request) == WfsVersion.WFS_2_0 ? GmlOutputFormat.GML32_MIME_TYPE
                : GmlOutputFormat.GML311_MIME_TYPE;
    }

    /** The plan of GetFeatureById: an id whose type is not published names no feature either (NotFound). */
    private FeatureCollectionPlan planById(GetFeatureRequest parsed, OwsRequest request) {
        String id = String.join(",", ((Filter.ResourceId) parsed.queries().get(0).filter()).ids());
        FeatureCollectionPlan plan;
        try {
            plan = planner.plan(parsed, request, CountsPosition.BEFORE_FEATURES);
        } catch (OwsException e) {
            if (FeatureTypeResolver.TYPE_NAMES.equals(e.locator())) {
                throw StoredQueries.notFound(id);
            }
            throw e;
        }
        if (plan.requireCounts().numberReturned() == 0) {
            throw StoredQueries.notFound(id);
        }
        return plan;
    }
}
