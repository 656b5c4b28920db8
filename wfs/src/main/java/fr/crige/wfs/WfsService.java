package fr.crige.wfs;

import fr.crige.core.crs.CrsService;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsService;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import fr.crige.ows.exception.ExceptionReportFormat;
import fr.crige.wfs.capabilities.CapabilitiesWriter;
import fr.crige.wfs.capabilities.UpdateSequence;
import fr.crige.wfs.capabilities.Wfs11CapabilitiesWriter;
import fr.crige.wfs.describe.ApplicationSchemaWriter;
import fr.crige.wfs.fes.FesParser;
import fr.crige.wfs.getfeature.FeatureQueryPlanner;
import fr.crige.wfs.getfeature.GetFeatureKvpReader;
import fr.crige.wfs.getfeature.GetFeatureXmlReader;
import fr.crige.wfs.operation.DescribeFeatureTypeOperation;
import fr.crige.wfs.operation.GetCapabilitiesOperation;
import fr.crige.wfs.operation.GetFeatureOperation;
import fr.crige.wfs.operation.GetPropertyValueOperation;
import fr.crige.wfs.operation.StoredQueryOperations;
import fr.crige.wfs.output.CsvOutputFormat;
import fr.crige.wfs.output.GeoJsonOutputFormat;
import fr.crige.wfs.output.GmlOutputFormat;
import fr.crige.wfs.output.OutputFormats;
import fr.crige.wfs.output.geopackage.GeoPackageOutputFormat;
import fr.crige.wfs.output.shapefile.ShapefileOutputFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Web Feature Service 2.0 (OGC 09-025r2 / ISO 19142, versions 2.0.0 and 2.0.2): GetCapabilities,
 * DescribeFeatureType, GetFeature (ad hoc queries and the GetFeatureById stored query), GetPropertyValue,
 * ListStoredQueries and DescribeStoredQueries, in KVP and XML encodings. GetFeature answers in GML 3.2, GML
 * 3.1.1, GeoJSON, CSV, zipped Shapefile and GeoPackage, streamed from the stores; a new format is one
 * {@link fr.crige.wfs.output.FeatureOutputFormat} registered here. WFS 1.1.0 (OGC 04-094) is served too for
 * older clients: GetCapabilities, DescribeFeatureType and GetFeature with GML 3.1.1 and Filter Encoding 1.1.
 * Exception reports are OWS 1.1 with {@code version="2.0.0"}, as WFS 2.0 requires, and OWS 1.0 for WFS 1.1.0.
 */
public final class WfsService implements OwsService {

    public static final List<String> VERSIONS = List.of("1.1.0", "2.0.0", "2.0.2");

    private final Map<String, OwsOperation> operations;

    /** A WFS whose feature types' records are found through the settings' URL pattern, if any. */
    public WfsService(FeatureTypeResolver resolver, CrsService crsService, WfsSettings settings) {
        this(resolver, crsService, settings, MetadataRecordLinks.fromTemplate(settings.metadataUrlTemplate()));
    }

    /** @param metadataLinks the catalogue records of the feature types, for MetadataURL */
    public WfsService(FeatureTypeResolver resolver, CrsService crsService, WfsSettings settings,
            MetadataRecordLinks metadataLinks) {
        FesParser fes = new FesParser(crsService);
        OutputFormats formats = new OutputFormats().register(GmlOutputFormat.gml32())
                .register(GmlOutputFormat.gml311()).register(new GeoJsonOutputFormat())
                .register(new CsvOutputFormat()).register(new ShapefileOutputFormat())
                .register(new GeoPackageOutputFormat());
        StoredQueryOperations storedQueries = new StoredQueryOperations(resolver);
        Map<String, OwsOperation> ops = new LinkedHashMap<>();
        ops.put("GetCapabilities", new GetCapabilitiesOperation(resolver,
                new CapabilitiesWriter(crsService, settings, metadataLinks),
                new Wfs11CapabilitiesWriter(crsService, settings, metadataLinks), formats,
                UpdateSequence.startingNow()));
        ops.put("DescribeFeatureType", new DescribeFeatureTypeOperation(resolver, new ApplicationSchemaWriter()));
        GetFeatureKvpReader kvpReader = new GetFeatureKvpReader(crsService, fes, settings);
        GetFeatureXmlReader xmlReader = new GetFeatureXmlReader(fes);
        FeatureQueryPlanner planner = new FeatureQueryPlanner(resolver, crsService, settings);
        ops.put("GetFeature", new GetFeatureOperation(kvpReader, xmlReader, planner, formats));
        ops.put("GetPropertyValue", new GetPropertyValueOperation(kvpReader, xmlReader, planner, resolver, formats));
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
        return "1.1.0".equals(version) ? ExceptionReportFormat.ows10("1.1.0") : ExceptionReportFormat.ows11("2.0.0");
    }

    @Override
    public Map<String, OwsOperation> operations() {
        return operations;
    }
}
