package fr.crige.wfs.operation;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.FeatureQueryPlanner;
import fr.crige.wfs.getfeature.GetFeatureKvpReader;
import fr.crige.wfs.getfeature.GetFeatureRequest;
import fr.crige.wfs.getfeature.GetFeatureXmlReader;
import fr.crige.wfs.output.FeatureOutputFormat;
import fr.crige.wfs.output.OutputFormats;

/**
 * GetFeature (WFS 2.0, 11): parses the request, plans the store queries (counts included) and answers a
 * response whose body streams the features in the requested format. Everything that can fail on the client's
 * account (names, filter, CRS, counts) is checked before the body starts, so it is reported as an exception.
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
                : kvpReader.read(request.parameters());
        FeatureOutputFormat format = formats.get(parsed.outputFormat());
        FeatureCollectionPlan plan = planner.plan(parsed, request);
        if (parsed.byId()) {
            if (plan.numberMatched() == 0) {
                throw new OwsException(OwsExceptionCode.NOT_FOUND, "ID", "No feature has this identifier");
            }
            return OwsResponse.ok(format.contentType(), out -> format.writeFeature(plan, request, out));
        }
        return OwsResponse.ok(format.contentType(), out -> format.writeCollection(plan, request, out));
    }
}
