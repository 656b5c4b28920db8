package fr.crige.wfs;

import fr.crige.core.crs.CrsService;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsService;
import fr.crige.ows.exception.ExceptionReportFormat;
import fr.crige.wfs.capabilities.CapabilitiesWriter;
import fr.crige.wfs.describe.ApplicationSchemaWriter;
import fr.crige.wfs.fes.FesParser;
import fr.crige.wfs.getfeature.FeatureQueryPlanner;
import fr.crige.wfs.getfeature.GetFeatureKvpReader;
import fr.crige.wfs.getfeature.GetFeatureXmlReader;
import fr.crige.wfs.operation.DescribeFeatureTypeOperation;
import fr.crige.wfs.operation.GetCapabilitiesOperation;
import fr.crige.wfs.operation.GetFeatureOperation;
import fr.crige.wfs.operation.StoredQueryOperations;
import fr.crige.wfs.output.GeoJsonOutputFormat;
import fr.crige.wfs.output.Gml32OutputFormat;
import fr.crige.wfs.output.OutputFormats;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Web Feature Service 2.0 (OGC 09-025r2 / ISO 19142, versions 2.0.0 and 2.0.2): GetCapabilities,
 * DescribeFeatureType, GetFeature (ad hoc queries and the GetFeatureById stored query), ListStoredQueries and
 * DescribeStoredQueries, in KVP and XML encodings, with GML 3.2 and GeoJSON output streamed from the stores.
 * Exception reports are OWS 1.1 with {@code version="2.0.0"}, as WFS 2.0 requires.
 */
public final class WfsService implements OwsService {

    public static final List<String> VERSIONS = List.of("2.0.0", "2.0.2");

    private final Map<String, OwsOperation> operations;

    public WfsService(FeatureTypeResolver resolver, CrsService crsService, WfsSettings settings) {
        FesParser fes = new FesParser(crsService);
        OutputFormats formats = new OutputFormats().register(new Gml32OutputFormat())
                .register(new GeoJsonOutputFormat());
        StoredQueryOperations storedQueries = new StoredQueryOperations(resolver);
        Map<String, OwsOperation> ops = new LinkedHashMap<>();
        ops.put("GetCapabilities", new GetCapabilitiesOperation(resolver,
                new CapabilitiesWriter(crsService, settings), formats));
        ops.put("DescribeFeatureType", new DescribeFeatureTypeOperation(resolver, new ApplicationSchemaWriter()));
        ops.put("GetFeature", new GetFeatureOperation(new GetFeatureKvpReader(crsService, fes, settings),
                new GetFeatureXmlReader(fes), new FeatureQueryPlanner(resolver, crsService, settings), formats));
        ops.put("ListStoredQueries", storedQueries::list);
        ops.put("DescribeStoredQueries", storedQueries::describe);
        this.operations = Collections.unmodifiableMap(ops);
    }

    @Override
    public String name() {
        return "WFS";
    }

    @Override
    public List<String> versions() {
        return VERSIONS;
    }

    @Override
    public ExceptionReportFormat exceptionReportFormat(String version) {
        return ExceptionReportFormat.ows11("2.0.0");
    }

    @Override
    public Map<String, OwsOperation> operations() {
        return operations;
    }
}
