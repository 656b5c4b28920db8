package fr.crige.wfs.output;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.core.crs.AxisOrder;
import fr.crige.core.crs.Crs;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.wfs.GmlVersion;
import fr.crige.wfs.Namespaces;
import fr.crige.wfs.WfsUrls;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.PlannedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes the answer of GetPropertyValue (WFS 2.0, 10.3): a {@code wfs:ValueCollection} with the counts and
 * paging links of the plan and one {@code wfs:member} per value, streamed from the store. A simple value is
 * the member's text in its XML Schema form, a geometry is a GML 3.2 geometry element, {@code @gml:id} is the
 * published feature id.
 */
public final class ValueCollectionWriter {

    private final XMLOutputFactory factory = new WstxOutputFactory();

    /**
     * @param plan      the single query selecting the features that have a value
     * @param attribute the attribute whose values to write, or null for the feature ids
     */
    public void write(FeatureCollectionPlan plan, String attribute, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("wfs", "ValueCollection", Namespaces.WFS_2_0);
            xml.writeNamespace("wfs", Namespaces.WFS_2_0);
            xml.writeNamespace("gml", Namespaces.GML_3_2);
            xml.writeNamespace("xsi", Namespaces.XSI);
            xml.writeAttribute("xsi", Namespaces.XSI, "schemaLocation", Namespaces.WFS_2_0 + " "
                    + WfsUrls.WFS_2_0_SCHEMA + " " + Namespaces.GML_3_2 + " " + WfsUrls.GML_3_2_SCHEMA);
            xml.writeAttribute("timeStamp", XmlValues.format(plan.timeStamp()));
            Wfs20CountAttributes.write(xml, plan.requireCounts());
            for (PlannedQuery query : plan.queries()) {
                if (!query.isEmpty()) {
                    members(xml, query, attribute);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void members(XMLStreamWriter xml, PlannedQuery query, String attribute)
            throws XMLStreamException {
        Crs crs = query.outputCrs();
        String srsName = crs == null ? null : crs.urn();
        boolean swap = crs != null && AxisOrder.isNorthingFirst(AxisOrder.Protocol.WFS_2_0, srsName, crs);
        GmlGeometryWriter geometries = new GmlGeometryWriter(xml, GmlVersion.GML_3_2, query.decimals());
        try (FeatureReader reader = query.open()) {
            while (reader.hasNext()) {
                Feature feature = reader.next();
                String id = query.type().publishedId(feature.id());
                Object value = attribute == null ? id : feature.get(attribute);
                if (value == null) {
                    continue;
                }
                xml.writeStartElement("wfs", "member", Namespaces.WFS_2_0);
                if (value instanceof Geometry g) {
                    geometries.write(g, srsName, swap, id + "." + attribute);
                } else {
                    xml.writeCharacters(XmlValues.format(value));
                }
                xml.writeEndElement();
            }
        }
    }
}
