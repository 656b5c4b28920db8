package fr.crige.wms.featureinfo;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.wfs.output.XmlValues;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;
import org.locationtech.jts.geom.Geometry;

/**
 * The GML answers of GetFeatureInfo: a {@code wfs:FeatureCollection} with one {@code gml:featureMember} per
 * feature found, the document MapServer and GeoServer answer and QGIS reads in its identify tool. Each feature
 * is an element named after its feature type in its workspace's namespace, with its attributes as child
 * elements and its geometry in the map's CRS. GML 2 and GML 3.1.1 share the {@code gml} namespace and this
 * structure; they differ by how the feature id and the geometry are written.
 */
abstract sealed class GmlInfoFormat implements InfoFormat permits Gml2InfoFormat, Gml3InfoFormat {

    static final String WFS = "http://www.opengis.net/wfs";
    static final String GML = "http://www.opengis.net/gml";

    private final WstxOutputFactory factory = new WstxOutputFactory();

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
            Set<String> prefixes = new HashSet<>();
            for (LayerFeatures layer : results) {
                if (prefixes.add(layer.prefix())) {
                    xml.setPrefix(layer.prefix(), layer.namespace());
                    xml.writeNamespace(layer.prefix(), layer.namespace());
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

    private void feature(XMLStreamWriter2 xml, LayerFeatures layer, Feature f) throws XMLStreamException {
        String ns = layer.namespace();
        String prefix = layer.prefix();
        String id = layer.publishedId(f);
        xml.writeStartElement(GML, "featureMember");
        xml.writeStartElement(prefix, layer.localName(), ns);
        writeId(xml, id);
        List<AttributeDescriptor> attributes = layer.schema().attributes();
        for (int i = 0; i < attributes.size(); i++) {
            AttributeDescriptor a = attributes.get(i);
            Object value = f.get(a.name());
            if (value == null || value instanceof Geometry g && g.isEmpty()) {
                continue;
            }
            xml.writeStartElement(prefix, a.name(), ns);
            if (value instanceof Geometry g) {
                writeGeometry(xml, layer, g, id + ".g" + (i + 1));
            } else {
                xml.writeCharacters(XmlValues.format(value));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Writes the feature's id on its element, which is open. */
    abstract void writeId(XMLStreamWriter2 xml, String id) throws XMLStreamException;

    /**
     * Writes a geometry in the map's CRS, inside its property element.
     *
     * @param id an identifier unique in the document, for encodings that give geometries one
     */
    abstract void writeGeometry(XMLStreamWriter2 xml, LayerFeatures layer, Geometry geometry, String id)
            throws XMLStreamException;
}
