package fr.crige.wms.capabilities;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.core.catalog.BoundingBox;
import fr.crige.core.crs.AxisOrder;
import fr.crige.core.crs.Crs;
import fr.crige.core.crs.CrsService;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import fr.crige.wms.Published;
import fr.crige.wms.PublishedGroup;
import fr.crige.wms.PublishedLayer;
import fr.crige.wms.WmsCatalog;
import fr.crige.wms.WmsErrors;
import fr.crige.wms.WmsSettings;
import fr.crige.wms.WmsUrls;
import fr.crige.wms.describe.DescribeLayerOperation;
import fr.crige.wms.map.ImageFormat;
import fr.crige.wms.featureinfo.InfoFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;

/**
 * Writes the service metadata document: {@code WMS_Capabilities} 1.3.0 (OGC 06-042, schema
 * capabilities_1_3_0.xsd) or {@code WMT_MS_Capabilities} 1.1.1 (OGC 01-068r3, its DTD). Layers are nested in
 * one root layer that declares the CRSs they all inherit; each layer gives its geographic extent and one
 * bounding box per CRS, in the axis order of the version, the link to its catalogue record, its styles with a
 * GetLegendGraphic URL and the scale range its default style draws in. Layer groups are layers too, nested
 * as {@link LayerTree} says. The SLD operations GetLegendGraphic and
 * DescribeLayer are declared in both versions (in 1.3.0 in the {@code sld} namespace of the SLD 1.1
 * capabilities schema, as GeoServer does); INSPIRE extended capabilities are added to 1.3.0 when configured.
 */
public final class CapabilitiesWriter {

    public static final String WMS_NS = "http://www.opengis.net/wms";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String WMS_130_SCHEMA = "http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd";
    private static final String WMS_111_DTD = "http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd";
    private static final String SLD_NS = "http://www.opengis.net/sld";
    private static final String SLD_SCHEMA = "http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd";
    private static final int WGS84 = 4326;
    private static final int LEGEND_SIZE = 20;

    private final XMLOutputFactory factory = new WstxOutputFactory();
    private final WmsCatalog catalog;
    private final CrsService crsService;
    private final WmsSettings settings;
    private final MetadataRecordLinks metadataLinks;

    public CapabilitiesWriter(WmsCatalog catalog, CrsService crsService, WmsSettings settings,
            MetadataRecordLinks metadataLinks) {
        this.catalog = catalog;
        this.crsService = crsService;
        this.settings = settings;
        this.metadataLinks = metadataLinks;
    }

    /** The MIME type of the document in a version. */
    public static String contentType(String version) {
        return WmsErrors.is130(version) ? "text/xml" : "application/vnd.ogc.wms_xml";
    }

    public void write(OwsRequest request, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            new Document(xml, request).write();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the capabilities", e);
        }
    }

    /** One document being written. */
    private final class Document {
        private final XMLStreamWriter xml;
        private final OwsRequest request;
        private final boolean v130;
        private final String ns;
        private final List<Crs> crsList;

        Document(XMLStreamWriter xml, OwsRequest request) {
            this.xml = xml;
            this.request = request;
            this.v130 = WmsErrors.is130(request.version());
            this.ns = v130 ? WMS_NS : XMLConstants.NULL_NS_URI;
            this.crsList = crsService.supported();
        }

        void write() throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            if (v130) {
                xml.setDefaultNamespace(WMS_NS);
                xml.setPrefix("xlink", XLINK);
                xml.writeStartElement(WMS_NS, "WMS_Capabilities");
                xml.writeDefaultNamespace(WMS_NS);
                xml.writeNamespace("xlink", XLINK);
                xml.setPrefix("sld", SLD_NS);
                xml.writeNamespace("sld", SLD_NS);
                xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
                String schemas = WMS_NS + " " + WMS_130_SCHEMA + " " + SLD_NS + " " + SLD_SCHEMA;
                if (settings.inspire() != null) {
                    InspireExtendedCapabilities.declareNamespaces(xml);
                    schemas += " " + InspireExtendedCapabilities.SCHEMA_LOCATION;
                }
                xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation", schemas);
            } else {
                xml.writeDTD("<!DOCTYPE WMT_MS_Capabilities SYSTEM \"" + WMS_111_DTD + "\">");
                xml.setPrefix("xlink", XLINK);
                xml.writeStartElement("WMT_MS_Capabilities");
                xml.writeNamespace("xlink", XLINK);
            }
            xml.writeAttribute("version", request.version());
            service();
            xml.writeStartElement(ns, "Capability");
            requests();
            xml.writeStartElement(ns, "Exception");
            for (String format : v130 ? new String[] {"XML", "INIMAGE", "BLANK"} : new String[] {
                    "application/vnd.ogc.se_xml", "application/vnd.ogc.se_inimage", "application/vnd.ogc.se_blank"}) {
                element("Format", format);
            }
            xml.writeEndElement();
            if (v130 && settings.inspire() != null) {
                new InspireExtendedCapabilities(settings.inspire()).write(xml, request);
            }
            if (!v130) {
                userDefinedSymbolization();
            }
            layers();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
        }

        private void service() throws XMLStreamException {
            xml.writeStartElement(ns, "Service");
            element("Name", v130 ? "WMS" : "OGC:WMS");
            element("Title", settings.title());
            element("Abstract", settings.abstractText());
            keywords(settings.keywords());
            onlineResource(WmsUrls.service(request));
            if (v130) {
                element("MaxWidth", Integer.toString(settings.maxWidth()));
                element("MaxHeight", Integer.toString(settings.maxHeight()));
            }
            xml.writeEndElement();
        }

        private void requests() throws XMLStreamException {
            xml.writeStartElement(ns, "Request");
            operation("GetCapabilities", List.of(contentType(request.version())));
            List<String> mapFormats = new ArrayList<>(List.of(ImageFormat.advertised()));
            operation("GetMap", mapFormats);
            operation("GetFeatureInfo", InfoFormat.advertised());
            // SLD operations: in 1.3.0 as extended operations of the SLD 1.1 capabilities schema
            String sld = v130 ? SLD_NS : ns;
            operation(sld, "DescribeLayer", List.of(v130 ? "text/xml" : DescribeLayerOperation.MIME_TYPE_111));
            operation(sld, "GetLegendGraphic", List.of("image/png", "image/png8"));
            xml.writeEndElement();
        }

        /** WMS 1.1.1, 7.1.4.5.3: SLD_BODY with user styles of named layers is supported. */
        private void userDefinedSymbolization() throws XMLStreamException {
            xml.writeEmptyElement("UserDefinedSymbolization");
            xml.writeAttribute("SupportSLD", "1");
            xml.writeAttribute("UserLayer", "0");
            xml.writeAttribute("UserStyle", "1");
            xml.writeAttribute("RemoteWFS", "0");
        }

        private void operation(String name, List<String> formats) throws XMLStreamException {
            operation(ns, name, formats);
        }

        private void operation(String elementNs, String name, List<String> formats) throws XMLStreamException {
            xml.writeStartElement(elementNs, name);
            for (String format : formats) {
                element("Format", format);
            }
            xml.writeStartElement(ns, "DCPType");
            xml.writeStartElement(ns, "HTTP");
            xml.writeStartElement(ns, "Get");
            onlineResource(WmsUrls.service(request) + "?");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }

        private void layers() throws XMLStreamException {
            String workspace = request.workspace().orElse(null);
            boolean virtual = workspace != null;
            List<PublishedLayer> published = catalog.published(workspace);
            xml.writeStartElement(ns, "Layer");
            element("Title", settings.title());
            element("Abstract", settings.abstractText());
            if (v130) {
                element("CRS", "CRS:84");
            }
            for (Crs crs : crsList) {
                element(v130 ? "CRS" : "SRS", crs.code());
            }
            Envelope all = new Envelope();
            published.forEach(p -> all.expandToInclude(lonLat(p)));
            if (!all.isNull()) {
                geographicBox(all);
            }
            for (Published entry : LayerTree.roots(published, catalog.publishedGroups(workspace))) {
                entry(entry, virtual);
            }
            xml.writeEndElement();
        }

        private void entry(Published entry, boolean virtual) throws XMLStreamException {
            if (entry instanceof PublishedGroup group) {
                group(group, virtual);
            } else {
                layer((PublishedLayer) entry, virtual);
            }
        }

        private void layer(PublishedLayer layer, boolean virtual) throws XMLStreamException {
            xml.writeStartElement(ns, "Layer");
            xml.writeAttribute("queryable", layer.layer().queryable() ? "1" : "0");
            var type = layer.featureType();
            element("Name", layer.name(virtual));
            element("Title", layer.title());
            if (type.abstractText() != null) {
                element("Abstract", type.abstractText());
            }
            keywords(type.keywords());
            Crs nativeCrs = crsService.decode(type.nativeCrs());
            if (crsList.stream().noneMatch(c -> c.srid() == nativeCrs.srid())) {
                element(v130 ? "CRS" : "SRS", nativeCrs.code());
            }
            Envelope lonLat = lonLat(layer);
            geographicBox(lonLat);
            BoundingBox nativeBox = type.nativeBoundingBox();
            for (Map.Entry<Crs, Envelope> box : boxes(nativeCrs, nativeBox == null ? null : nativeBox.toEnvelope(),
                    lonLat).entrySet()) {
                boundingBox(box.getKey(), box.getValue());
            }
            metadataUrl(layer);
            for (String style : catalog.styleNames(layer)) {
                style(layer, virtual, style);
            }
            scaleHint(layer);
            xml.writeEndElement();
        }

        /**
         * A layer group: a named layer (SINGLE, NAMED) or a title-only folder (CONTAINER), whose extent is the
         * union of its layers' and whose members are nested in it for the tree modes (NAMED, CONTAINER). It
         * inherits the root's CRSs and adds the native CRSs of its layers that are not among them; it has no
         * style of its own (GetMap takes the default style for a group), nor a catalogue record.
         */
        private void group(PublishedGroup group, boolean virtual) throws XMLStreamException {
            List<PublishedLayer> leaves = group.leaves();
            xml.writeStartElement(ns, "Layer");
            if (group.requestable()) {
                boolean queryable = leaves.stream().anyMatch(l -> l.layer().queryable());
                xml.writeAttribute("queryable", queryable ? "1" : "0");
                element("Name", group.name(virtual));
            }
            element("Title", group.title());
            String abstractText = group.group().abstractText();
            if (abstractText != null && !abstractText.isBlank()) {
                element("Abstract", abstractText);
            }
            List<Crs> natives = new ArrayList<>();
            Envelope lonLat = new Envelope();
            Envelope nativeUnion = new Envelope();
            for (PublishedLayer leaf : leaves) {
                Crs nativeCrs = crsService.decode(leaf.featureType().nativeCrs());
                if (!natives.contains(nativeCrs)) {
                    natives.add(nativeCrs);
                }
                lonLat.expandToInclude(lonLat(leaf));
                BoundingBox box = leaf.featureType().nativeBoundingBox();
                if (box == null) {
                    nativeUnion = null;
                } else if (nativeUnion != null) {
                    nativeUnion.expandToInclude(box.toEnvelope());
                }
            }
            for (Crs crs : natives) {
                if (crsList.stream().noneMatch(c -> c.srid() == crs.srid())) {
                    element(v130 ? "CRS" : "SRS", crs.code());
                }
            }
            geographicBox(lonLat);
            // a box in the native CRS only when all the layers share one; the others derive from the lon/lat union
            boolean oneNative = natives.size() == 1 && nativeUnion != null;
            for (Map.Entry<Crs, Envelope> box : boxes(natives.get(0), oneNative ? nativeUnion : null, lonLat)
                    .entrySet()) {
                boundingBox(box.getKey(), box.getValue());
            }
            if (group.tree()) {
                for (PublishedGroup.Member member : group.members()) {
                    entry(member.item(), virtual);
                }
            }
            xml.writeEndElement();
        }

        private void metadataUrl(PublishedLayer layer) throws XMLStreamException {
            var url = metadataLinks.recordUrl(layer.featureType(), request);
            if (url.isEmpty()) {
                return;
            }
            xml.writeStartElement(ns, "MetadataURL");
            xml.writeAttribute("type", v130 ? "ISO19115:2003" : "TC211");
            element("Format", "application/xml");
            onlineResource(url.get());
            xml.writeEndElement();
        }

        /**
         * The scale range of the layer's default style (the union of its rules' ranges), so clients grey out
         * the layer where it draws nothing: Min/MaxScaleDenominator in 1.3.0, ScaleHint in 1.1.1 (the ground
         * length of a pixel's diagonal at the standard 0.28 mm pixel).
         */
        private void scaleHint(PublishedLayer layer) throws XMLStreamException {
            ScaleRange range = ScaleRange.of(layer, catalog);
            if (range.unbounded()) {
                return;
            }
            if (v130) {
                if (range.min() > 0) {
                    element("MinScaleDenominator", number(range.min()));
                }
                if (range.max() < Double.POSITIVE_INFINITY) {
                    element("MaxScaleDenominator", number(range.max()));
                }
            } else {
                xml.writeEmptyElement("ScaleHint");
                xml.writeAttribute("min", number(ScaleRange.diagonal(range.min())));
                xml.writeAttribute("max", range.max() < Double.POSITIVE_INFINITY
                        ? number(ScaleRange.diagonal(range.max())) : "Infinity");
            }
        }

        private void style(PublishedLayer layer, boolean virtual, String reference) throws XMLStreamException {
            String name = reference.substring(reference.indexOf(':') + 1);
            xml.writeStartElement(ns, "Style");
            element("Name", name);
            element("Title", name);
            xml.writeStartElement(ns, "LegendURL");
            xml.writeAttribute("width", Integer.toString(LEGEND_SIZE));
            xml.writeAttribute("height", Integer.toString(LEGEND_SIZE));
            element("Format", "image/png");
            onlineResource(WmsUrls.legend(request, layer.name(virtual), name));
            xml.writeEndElement();
            xml.writeEndElement();
        }

        /**
         * The extent in each advertised CRS whose domain covers part of it: the native box first when known,
         * the others transformed from the geographic extent.
         */
        private Map<Crs, Envelope> boxes(Crs nativeCrs, Envelope nativeBox, Envelope lonLat) {
            Map<Crs, Envelope> boxes = new LinkedHashMap<>();
            if (nativeBox != null) {
                boxes.put(nativeCrs, nativeBox);
            }
            for (Crs crs : crsList) {
                if (boxes.containsKey(crs)) {
                    continue;
                }
                Envelope domain = crsService.domainOfValidity(crs.srid());
                if (domain != null && !domain.intersects(lonLat)) {
                    continue;
                }
                try {
                    boxes.put(crs, crs.srid() == WGS84 ? lonLat : crsService.transform(lonLat, WGS84, crs.srid()));
                } catch (RuntimeException e) {
                    // a CRS that cannot represent this extent is simply not given a box
                }
            }
            return boxes;
        }

        private Envelope lonLat(PublishedLayer layer) {
            BoundingBox box = layer.featureType().latLonBoundingBox();
            return box == null ? new Envelope(-180, 180, -90, 90) : box.toEnvelope();
        }

        private void geographicBox(Envelope e) throws XMLStreamException {
            if (v130) {
                xml.writeStartElement(ns, "EX_GeographicBoundingBox");
                element("westBoundLongitude", number(e.getMinX()));
                element("eastBoundLongitude", number(e.getMaxX()));
                element("southBoundLatitude", number(e.getMinY()));
                element("northBoundLatitude", number(e.getMaxY()));
            } else {
                xml.writeEmptyElement("LatLonBoundingBox");
                xml.writeAttribute("minx", number(e.getMinX()));
                xml.writeAttribute("miny", number(e.getMinY()));
                xml.writeAttribute("maxx", number(e.getMaxX()));
                xml.writeAttribute("maxy", number(e.getMaxY()));
                return;
            }
            xml.writeEndElement();
        }

        private void boundingBox(Crs crs, Envelope e) throws XMLStreamException {
            AxisOrder.Protocol protocol = v130 ? AxisOrder.Protocol.WMS_1_3_0 : AxisOrder.Protocol.WMS_1_1_1;
            Envelope wire = AxisOrder.isNorthingFirst(protocol, crs.code(), crs) ? AxisOrder.swap(e) : e;
            if (v130) {
                xml.writeEmptyElement(ns, "BoundingBox");
                xml.writeAttribute("CRS", crs.code());
            } else {
                xml.writeEmptyElement("BoundingBox");
                xml.writeAttribute("SRS", crs.code());
            }
            xml.writeAttribute("minx", number(wire.getMinX()));
            xml.writeAttribute("miny", number(wire.getMinY()));
            xml.writeAttribute("maxx", number(wire.getMaxX()));
            xml.writeAttribute("maxy", number(wire.getMaxY()));
        }

        private void keywords(List<String> keywords) throws XMLStreamException {
            if (keywords.isEmpty()) {
                return;
            }
            xml.writeStartElement(ns, "KeywordList");
            for (String k : keywords) {
                element("Keyword", k);
            }
            xml.writeEndElement();
        }

        private void onlineResource(String href) throws XMLStreamException {
            xml.writeEmptyElement(ns, "OnlineResource");
            xml.writeAttribute("xlink", XLINK, "type", "simple");
            xml.writeAttribute("xlink", XLINK, "href", href);
        }

        private void element(String name, String text) throws XMLStreamException {
            xml.writeStartElement(ns, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private static String number(double v) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
    }
}
