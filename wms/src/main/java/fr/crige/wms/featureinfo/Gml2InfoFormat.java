package fr.crige.wms.featureinfo;

import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.gml2.GMLWriter;

/**
 * {@code application/vnd.ogc.gml}: the features found as GML 2.1.2, ids in {@code fid} attributes and
 * geometries, in the map's CRS, with {@code gml:coordinates} written by JTS's GML 2 writer.
 */
final class Gml2InfoFormat extends GmlInfoFormat {

    @Override
    public String mimeType() {
        return "application/vnd.ogc.gml";
    }

    @Override
    void writeId(XMLStreamWriter2 xml, String id) throws XMLStreamException {
        xml.writeAttribute("fid", id);
    }

    @Override
    void writeGeometry(XMLStreamWriter2 xml, LayerFeatures layer, Geometry geometry, String id)
            throws XMLStreamException {
        GMLWriter gml = new GMLWriter(false);
        gml.setPrefix("gml");
        gml.setNamespace(false);
        gml.setSrsName("EPSG:" + layer.srid());
        xml.writeRaw(gml.write(geometry));
    }
}
