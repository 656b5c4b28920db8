package fr.crige.wfs.operation;

import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.PropertyName;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.FeatureTypeResolver;
import fr.crige.wfs.GmlVersion;
import fr.crige.wfs.StoreErrors;
import fr.crige.wfs.WfsVersion;
import fr.crige.wfs.getfeature.CountsPosition;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.FeatureQueryPlanner;
import fr.crige.wfs.getfeature.GetFeatureKvpReader;
import fr.crige.wfs.getfeature.GetFeatureRequest;
import fr.crige.wfs.getfeature.GetFeatureXmlReader;
import fr.crige.wfs.getfeature.QuerySpec;
import fr.crige.wfs.output.GmlOutputFormat;
import fr.crige.wfs.output.OutputFormats;
import fr.crige.wfs.output.ValueCollectionWriter;
import fr.crige.wfs.propertyvalue.ValueReference;
import java.util.List;

/**
 * GetPropertyValue (WFS 2.0, 10): the values of one property of the features a query selects, as a
 * {@code wfs:ValueCollection}. The query is a GetFeature query restricted to the features that have a value,
 * so {@code numberMatched}, paging and {@code resultType=hits} count values, and only that attribute is read
 * from the store. Only the GML 3.2 encoding exists for values.
 */
public final class GetPropertyValueOperation implements OwsOperation {

    private final GetFeatureKvpReader kvpReader;
    private final GetFeatureXmlReader xmlReader;
    private final FeatureQueryPlanner planner;
    private final FeatureTypeResolver resolver;
    private final OutputFormats formats;
    private final ValueCollectionWriter writer = new ValueCollectionWriter();

    public GetPropertyValueOperation(GetFeatureKvpReader kvpReader, GetFeatureXmlReader xmlReader,
            FeatureQueryPlanner planner, FeatureTypeResolver resolver, OutputFormats formats) {
        this.kvpReader = kvpReader;
        this.xmlReader = xmlReader;
        this.planner = planner;
        this.resolver = resolver;
        this.formats = formats;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        WfsVersion.require20(request);
        ValueReference reference = ValueReference.parse(request.isXml()
                ? XmlRequests.rootAttribute(request, ValueReference.PARAMETER)
                : request.parameters().get("VALUEREFERENCE").orElse(null));
        GetFeatureRequest parsed = request.isXml()
                ? xmlReader.read(request.xmlBody().orElseThrow(), "GetPropertyValue")
                : kvpReader.read(request.parameters());
        if (!(formats.get(parsed.outputFormat(), GmlOutputFormat.GML32_MIME_TYPE) instanceof GmlOutputFormat gml)
                || gml.gmlVersion() != GmlVersion.GML_3_2) {
            throw OwsException.invalidParameter("outputFormat", "GetPropertyValue answers in "
                    + GmlOutputFormat.GML32_MIME_TYPE + " only");
        }
        if (parsed.queries().size() != 1) {
            throw OwsException.invalidParameter(FeatureTypeResolver.TYPE_NAMES,
                    "GetPropertyValue takes exactly one query");
        }
        QuerySpec query = restrict(parsed.queries().get(0), reference, request);
        GetFeatureRequest valueRequest = new GetFeatureRequest(List.of(query), parsed.count(),
                parsed.startIndex(), parsed.hits(), null, false, parsed.pagingLinks());
        FeatureCollectionPlan plan = planner.plan(valueRequest, request, CountsPosition.BEFORE_FEATURES);
        return OwsResponse.ok(GmlOutputFormat.GML32_MIME_TYPE, out -> writer.write(plan, reference.attribute(), out));
    }

    /** The query reading only the referenced attribute, of the features where it is not null. */
    private QuerySpec restrict(QuerySpec query, ValueReference reference, OwsRequest request) {
        if (reference.isGmlId()) {
            return new QuerySpec(query.typeName(), query.filter(), query.sortBy(), List.of(), query.srsName());
        }
        FeatureSchema schema = StoreErrors.call(resolver.resolve(query.typeName(), request.workspace())::schema);
        if (schema.attribute(reference.attribute()).isEmpty()) {
            throw OwsException.invalidParameter(ValueReference.PARAMETER, "Unknown property "
                    + reference.attribute() + " in " + query.typeName());
        }
        Filter hasValue = new Filter.Not(new Filter.IsNull(new PropertyName(reference.attribute())));
        Filter filter = query.filter() instanceof Filter.Include ? hasValue
                : new Filter.And(List.of(query.filter(), hasValue));
        return new QuerySpec(query.typeName(), filter, query.sortBy(), List.of(reference.attribute()),
                query.srsName());
    }
}
