package fr.crige.wms.featureinfo;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.gml2.GMLWriter;

/**
 * {@code application/vnd.ogc.gml}: the features found as a GML 2.1.2 {@code wfs:FeatureCollection}, the
 * document MapServer and GeoServer answer for this MIME type and that QGIS reads in its identify tool. Each
 * feature is an element named after its feature type in its workspace's namespace, with its attributes as
 * child elements and its geometry, in the map's CRS, written by JTS's GML 2 writer.
 */
final class Gml2InfoFormat implements InfoFormat {

    private static final String WFS = "http://www.opengis.net/wfs";
    private static final String GML = "http://www.opengis.net/gml";

    private final WstxOutputFactory factory = new WstxOutputFactory();

    @Override
    public String mimeType() {
        return "application/vnd.ogc.gml";
    }

    @Override
    public void write(List<LayerFeatures> results, OutputStream out) throws IOException {
        try {
            XMLStreamWriter2 xml = (XMLStreamWriter2) factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("wfs", WFS);
            xml.setPrefix("gml", GML);
            xml.writeStartElement(WFS, "FeatureCollection");
            xml.writeNamespace("wfs", WFS);
            xml.writeNamespace("gml", GML);
            Map<String, String> prefixes = new LinkedHashMap<>();
            for (LayerFeatures layer : results) {
                String prefix = prefix(layer);
                if (prefixes.putIfAbsent(prefix, layer.namespace()) == null) {
                    xml.setPrefix(prefix, layer.namespace());
                    xml.writeNamespace(prefix, layer.namespace());
                }
            }
            for (LayerFeatures layer : results) {
                for (Feature f : layer.features()) {
                    feature(xml, layer, f);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the GML feature info", e);
        }
    }

    private static void feature(XMLStreamWriter2 xml, LayerFeatures layer, Feature f)
            throws XMLStreamException, IOException {
        String ns = layer.namespace();
        String prefix = prefix(layer);
        xml.writeStartElement(GML, "featureMember");
        xml.writeStartElement(prefix, localName(layer), ns);
        xml.writeAttribute("fid", f.id());
        for (AttributeDescriptor a : layer.schema().attributes()) {
            Object value = f.get(a.name());
            if (value == null) {
                continue;
            }
            xml.writeStartElement(prefix, a.name(), ns);
            if (value instanceof Geometry g) {
                GMLWriter gml = new GMLWriter(false);
                gml.setPrefix("gml");
                gml.setNamespace(false);
                gml.setSrsName("EPSG:" + layer.srid());
                xml.writeRaw(gml.write(g));
            } else {
                xml.writeCharacters(value.toString());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String prefix(LayerFeatures layer) {
        return layer.typeName().substring(0, layer.typeName().indexOf(':'));
    }

    private static String localName(LayerFeatures layer) {
        return layer.typeName().substring(layer.typeName().indexOf(':') + 1);
    }
}
