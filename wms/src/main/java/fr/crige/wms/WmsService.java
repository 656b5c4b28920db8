package fr.crige.wms;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.crs.CrsService;
import fr.crige.core.store.StoreManager;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsResponse;
import fr.crige.ows.OwsService;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import fr.crige.ows.exception.ExceptionReportFormat;
import fr.crige.wfs.fes.FesParser;
import fr.crige.wms.capabilities.CapabilitiesWriter;
import fr.crige.wms.describe.DescribeLayerOperation;
import fr.crige.wms.featureinfo.GetFeatureInfoOperation;
import fr.crige.wms.graphic.ExternalGraphicLoader;
import fr.crige.wms.legend.GetLegendGraphicOperation;
import fr.crige.wms.map.GetMapOperation;
import fr.crige.wms.map.MapRequestReader;
import fr.crige.wms.render.MapRenderer;
import fr.crige.wms.sld.SldParser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Web Map Service, versions 1.3.0 (OGC 06-042, ISO 19128) and 1.1.1 (OGC 01-068r3): GetCapabilities,
 * GetMap, GetFeatureInfo and the SLD extensions GetLegendGraphic and DescribeLayer, drawing the catalog's feature types with
 * their SLD 1.0 / SE 1.1 styles. Exception reports are the ServiceExceptionReport of the negotiated version.
 */
public final class WmsService implements OwsService {

    public static final List<String> VERSIONS = List.of("1.1.1", "1.3.0");

    private final Map<String, OwsOperation> operations;

    /** A WMS reading inline external graphics only, with the catalogue links of the settings' URL pattern. */
    public WmsService(Catalog catalog, StoreManager stores, CrsService crsService, WmsSettings settings) {
        this(catalog, stores, crsService, settings, ExternalGraphicLoader.inlineOnly(),
                MetadataRecordLinks.fromTemplate(settings.metadataUrlTemplate()));
    }

    /**
     * @param graphics      reads the images of ExternalGraphic symbols
     * @param metadataLinks the catalogue records of the layers, for MetadataURL
     */
    public WmsService(Catalog catalog, StoreManager stores, CrsService crsService, WmsSettings settings,
            ExternalGraphicLoader graphics, MetadataRecordLinks metadataLinks) {
        SldParser sldParser = new SldParser(new FesParser(crsService), graphics);
        WmsCatalog wmsCatalog = new WmsCatalog(catalog, stores, crsService, sldParser);
        MapRequestReader mapReader = new MapRequestReader(wmsCatalog, crsService, settings, sldParser);
        CapabilitiesWriter capabilities = new CapabilitiesWriter(wmsCatalog, crsService, settings, metadataLinks);
        Map<String, OwsOperation> ops = new LinkedHashMap<>();
        ops.put("GetCapabilities", request -> OwsResponse.ok(CapabilitiesWriter.contentType(request.version()),
                out -> capabilities.write(request, out)));
        ops.put("GetMap", new GetMapOperation(mapReader, wmsCatalog, new MapRenderer(), settings));
        ops.put("GetFeatureInfo", new GetFeatureInfoOperation(mapReader, wmsCatalog, settings));
        ops.put("GetLegendGraphic", new GetLegendGraphicOperation(wmsCatalog));
        ops.put("DescribeLayer", new DescribeLayerOperation(wmsCatalog));
        this.operations = Collections.unmodifiableMap(ops);
    }

    @Override
    public String name() {
        return "WMS";
    }

    @Override
    public List<String> versions() {
        return VERSIONS;
    }

    @Override
    public ExceptionReportFormat exceptionReportFormat(String version) {
        return "1.1.1".equals(version) ? ExceptionReportFormat.WMS_1_1_1 : ExceptionReportFormat.WMS_1_3_0;
    }

    @Override
    public Map<String, OwsOperation> operations() {
        return operations;
    }
}
