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
import fr.crige.wfs.Namespaces;
import fr.crige.wfs.PublishedType;
import fr.crige.wfs.StoreErrors;
import fr.crige.wfs.WfsUrls;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
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
 * GML 3.2 output of GetFeature: a {@code wfs:FeatureCollection} with {@code numberMatched},
 * {@code numberReturned}, {@code timeStamp} and paging links, one {@code wfs:member} per feature, each feature
 * an element of its workspace's namespace as described by DescribeFeatureType. Geometries are written with
 * the URN of their CRS, so EPSG:4326 is latitude first as GML 3.2 requires. Null values are left out (the
 * schema declares every property optional).
 */
public final class Gml32OutputFormat implements FeatureOutputFormat {

    /** The main MIME type, as WFS 2.0 names GML 3.2. */
    public static final String MIME_TYPE = "application/gml+xml; version=3.2";

    private final XMLOutputFactory factory = new WstxOutputFactory();

    @Override
    public List<String> names() {
        return List.of(MIME_TYPE, "text/xml; subtype=gml/3.2", "gml32", "application/gml+xml");
    }

    @Override
    public String contentType() {
        return MIME_TYPE;
    }

    @Override
    public void writeCollection(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        write(out, xml -> {
            xml.writeStartElement("wfs", "FeatureCollection", Namespaces.WFS_2_0);
            declareNamespaces(xml, plan, request);
            xml.writeAttribute("timeStamp", plan.timeStamp().toString());
            xml.writeAttribute("numberMatched", Long.toString(plan.numberMatched()));
            xml.writeAttribute("numberReturned", Long.toString(plan.numberReturned()));
            if (plan.next() != null) {
                xml.writeAttribute("next", plan.next());
            }
            if (plan.previous() != null) {
                xml.writeAttribute("previous", plan.previous());
            }
            for (PlannedQuery query : plan.queries()) {
                if (query.returned() == 0) {
                    continue;
                }
                FeatureWriter writer = new FeatureWriter(xml, query);
                try (FeatureReader reader = StoreErrors.call(() -> query.type().store().features(query.query()))) {
                    while (reader.hasNext()) {
                        xml.writeStartElement("wfs", "member", Namespaces.WFS_2_0);
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
            try (FeatureReader reader = StoreErrors.call(() -> query.type().store().features(query.query()))) {
                if (!reader.hasNext()) {
                    throw new OwsException(OwsExceptionCode.NOT_FOUND, "ID", "No such feature");
                }
                new FeatureWriter(xml, query).writeRoot(reader.next(), plan, request, this);
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

    /** Declares wfs, gml, xsi and the feature namespaces on the root, with the schema locations. */
    void declareNamespaces(XMLStreamWriter xml, FeatureCollectionPlan plan, OwsRequest request)
            throws XMLStreamException {
        xml.writeNamespace("wfs", Namespaces.WFS_2_0);
        xml.writeNamespace("gml", Namespaces.GML_3_2);
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
            locations.add(e.getKey()).add(WfsUrls.describeFeatureType(request, typesByNamespace.get(e.getKey())
                    .toString()));
        }
        locations.add(Namespaces.WFS_2_0).add(WfsUrls.WFS_2_0_SCHEMA);
        locations.add(Namespaces.GML_3_2).add(WfsUrls.GML_3_2_SCHEMA);
        xml.writeAttribute("xsi", Namespaces.XSI, "schemaLocation", locations.toString());
    }

    /** Writes the features of one query. */
    private static final class FeatureWriter {
        private final XMLStreamWriter xml;
        private final PublishedType type;
        private final String srsName;
        private final boolean swap;
        private final GmlGeometryWriter geometries;

        FeatureWriter(XMLStreamWriter xml, PlannedQuery query) {
            this.xml = xml;
            this.type = query.type();
            Crs crs = query.outputCrs();
            this.srsName = crs == null ? null : crs.urn();
            this.swap = crs != null && AxisOrder.isNorthingFirst(AxisOrder.Protocol.WFS_2_0, srsName, crs);
            this.geometries = new GmlGeometryWriter(xml);
        }

        void writeRoot(Feature feature, FeatureCollectionPlan plan, OwsRequest request, Gml32OutputFormat format)
                throws XMLStreamException {
            xml.writeStartElement(type.prefix(), type.name(), type.namespaceUri());
            format.declareNamespaces(xml, plan, request);
            writeContent(feature);
        }

        void write(Feature feature) throws XMLStreamException {
            xml.writeStartElement(type.prefix(), type.name(), type.namespaceUri());
            writeContent(feature);
        }

        private void writeContent(Feature feature) throws XMLStreamException {
            String id = type.publishedId(feature.id());
            xml.writeAttribute("gml", Namespaces.GML_3_2, "id", id);
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
