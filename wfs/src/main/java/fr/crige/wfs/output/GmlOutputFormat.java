package fr.crige.wfs.output;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.core.crs.AxisOrder;
import fr.crige.core.crs.Crs;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.GmlVersion;
import fr.crige.wfs.Namespaces;
import fr.crige.wfs.PublishedType;
import fr.crige.wfs.WfsUrls;
import fr.crige.wfs.WfsVersion;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.PageSummary;
import fr.crige.wfs.getfeature.PlannedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Geometry;

/**
 * GML output of GetFeature, in the two flavours of the WFS versions:
 * <ul>
 * <li>GML 3.2 (WFS 2.0): a {@code wfs:FeatureCollection} with {@code numberMatched}, {@code numberReturned},
 * {@code timeStamp} and paging links, one {@code wfs:member} per feature;</li>
 * <li>GML 3.1.1 (WFS 1.1.0): a WFS 1.1 {@code wfs:FeatureCollection} with {@code numberOfFeatures} and
 * {@code timeStamp}, one {@code gml:featureMember} per feature.</li>
 * </ul>
 * Each feature is an element of its workspace's namespace as DescribeFeatureType describes it for that GML
 * version. Geometries carry the CRS identifier of the plan, with coordinates in the axis order that identifier
 * implies and the plan's decimals. Null values are left out (the schema declares every property optional).
 * {@code numberMatched} is {@code unknown} when the plan did not count it.
 */
public final class GmlOutputFormat implements FeatureOutputFormat {

    /** The main MIME type of GML 3.2, as WFS 2.0 names it. */
    public static final String GML32_MIME_TYPE = "application/gml+xml; version=3.2";
    /** The main MIME type of GML 3.1.1, as WFS 1.1.0 names it. */
    public static final String GML311_MIME_TYPE = "text/xml; subtype=gml/3.1.1";

    private final XMLOutputFactory factory = new WstxOutputFactory();
    private final GmlVersion gml;
    private final WfsVersion wfs;

    private GmlOutputFormat(GmlVersion gml, WfsVersion wfs) {
        this.gml = gml;
        this.wfs = wfs;
    }

    /** GML 3.2 in WFS 2.0 feature collections. */
    public static GmlOutputFormat gml32() {
        return new GmlOutputFormat(GmlVersion.GML_3_2, WfsVersion.WFS_2_0);
    }

    /** GML 3.1.1 in WFS 1.1.0 feature collections. */
    public static GmlOutputFormat gml311() {
        return new GmlOutputFormat(GmlVersion.GML_3_1_1, WfsVersion.WFS_1_1_0);
    }

    @Override
    public List<String> names() {
        return gml == GmlVersion.GML_3_2
                ? List.of(GML32_MIME_TYPE, "text/xml; subtype=gml/3.2", "gml32", "application/gml+xml")
                : List.of(GML311_MIME_TYPE, "application/gml+xml; version=3.1", "gml3", "text/xml");
    }

    @Override
    public String contentType() {
        return gml == GmlVersion.GML_3_2 ? GML32_MIME_TYPE : "text/xml; subtype=gml/3.1.1; charset=UTF-8";
    }

    /** The GML version written. */
    public GmlVersion gmlVersion() {
        return gml;
    }

    @Override
    public void writeCollection(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        write(out, xml -> {
            xml.writeStartElement("wfs", "FeatureCollection", wfs.namespace());
            declareNamespaces(xml, plan, request);
            xml.writeAttribute("timeStamp", XmlValues.format(plan.timeStamp()));
            PageSummary counts = plan.requireCounts();
            if (wfs == WfsVersion.WFS_2_0) {
                Wfs20CountAttributes.write(xml, counts);
            } else {
                // WFS 1.1.0 (9.3): the number of features returned, or counted for resultType=hits
                long number = plan.page().hits() ? counts.numberMatched() : counts.numberReturned();
                xml.writeAttribute("numberOfFeatures", Long.toString(number));
            }
            for (PlannedQuery query : plan.queries()) {
                if (query.isEmpty()) {
                    continue;
                }
                FeatureWriter writer = new FeatureWriter(xml, query);
                try (FeatureReader reader = query.open()) {
                    while (reader.hasNext()) {
                        if (wfs == WfsVersion.WFS_2_0) {
                            xml.writeStartElement("wfs", "member", wfs.namespace());
                        } else {
                            xml.writeStartElement("gml", "featureMember", gml.namespace());
                        }
                        writer.write(reader.next());
                        xml.writeEndElement();
                    }
                }
            }
            xml.writeEndElement();
        });
    }

    @Override
    public void writeFeature(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        PlannedQuery query = plan.queries().get(0);
        write(out, xml -> {
            try (FeatureReader reader = query.open()) {
                if (!reader.hasNext()) {
                    throw new OwsException(OwsExceptionCode.NOT_FOUND, "ID", "No such feature");
                }
                FeatureWriter writer = new FeatureWriter(xml, query);
                writer.start();
                declareNamespaces(xml, plan, request);
                writer.writeContent(reader.next());
            }
        });
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private void write(OutputStream out, XmlBody body) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /**
     * Declares wfs, gml, xsi and the feature namespaces on the root, with the schema locations; the feature
     * schemas are the DescribeFeatureType of the WFS version matching this GML version.
     */
    private void declareNamespaces(XMLStreamWriter xml, FeatureCollectionPlan plan, OwsRequest request)
            throws XMLStreamException {
        xml.writeNamespace("wfs", wfs.namespace());
        xml.writeNamespace("gml", gml.namespace());
        xml.writeNamespace("xsi", Namespaces.XSI);
        Map<String, StringJoiner> typesByNamespace = new LinkedHashMap<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (PlannedQuery q : plan.queries()) {
            PublishedType t = q.type();
            prefixes.put(t.namespaceUri(), t.prefix());
            typesByNamespace.computeIfAbsent(t.namespaceUri(), ns -> new StringJoiner(",")).add(t.qualifiedName());
        }
        StringJoiner locations = new StringJoiner(" ");
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            xml.writeNamespace(e.getValue(), e.getKey());
            locations.add(e.getKey()).add(WfsUrls.describeFeatureType(request, gml,
                    typesByNamespace.get(e.getKey()).toString()));
        }
        locations.add(wfs.namespace()).add(wfs.schemaLocation());
        locations.add(gml.namespace()).add(gml.schemaLocation());
        xml.writeAttribute("xsi", Namespaces.XSI, "schemaLocation", locations.toString());
    }

    /** Writes the features of one query. */
    private final class FeatureWriter {
        private final XMLStreamWriter xml;
        private final PublishedType type;
        private final String srsName;
        private final boolean swap;
        private final GmlGeometryWriter geometries;

        FeatureWriter(XMLStreamWriter xml, PlannedQuery query) {
            this.xml = xml;
            this.type = query.type();
            Crs crs = query.outputCrs();
            this.srsName = query.srsName();
            this.swap = crs != null && AxisOrder.isNorthingFirst(wfs.axisOrder(), srsName, crs);
            this.geometries = new GmlGeometryWriter(xml, gml, query.decimals());
        }

        void start() throws XMLStreamException {
            xml.writeStartElement(type.prefix(), type.name(), type.namespaceUri());
        }

        void write(Feature feature) throws XMLStreamException {
            start();
            writeContent(feature);
        }

        void writeContent(Feature feature) throws XMLStreamException {
            String id = type.publishedId(feature.id());
            xml.writeAttribute("gml", gml.namespace(), "id", id);
            FeatureSchema schema = feature.schema();
            for (int i = 0; i < schema.size(); i++) {
                Object value = feature.get(i);
                if (value == null) {
                    continue;
                }
                AttributeDescriptor a = schema.attribute(i);
                if (a.isGeometry() && ((Geometry) value).isEmpty()) {
                    continue;
                }
                xml.writeStartElement(type.prefix(), a.name(), type.namespaceUri());
                if (a.isGeometry()) {
                    geometries.write((Geometry) value, srsName, swap, id + ".g" + (i + 1));
                } else {
                    xml.writeCharacters(XmlValues.format(value));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }
}
