package fr.crige.wms.featureinfo;

import fr.crige.core.crs.AxisOrder;
import fr.crige.wfs.CoordinatePrecision;
import fr.crige.wfs.GmlVersion;
import fr.crige.wfs.output.GmlGeometryWriter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code application/vnd.ogc.gml/3.1.1}, also asked as {@code text/xml; subtype=gml/3.1.1} (the names GeoServer
 * and MapServer give it): the features found as GML 3.1.1, ids in {@code gml:id} attributes (the WFS's feature
 * ids) and geometries written by the WFS's GML 3 writer, with an {@code urn:ogc:def:crs:EPSG::} srsName and the
 * axis order of the CRS's definition (latitude first for EPSG:4326), as a WFS 1.1.0 answer would have them.
 */
final class Gml3InfoFormat extends GmlInfoFormat {

    @Override
    public String mimeType() {
        return "application/vnd.ogc.gml/3.1.1";
    }

    @Override
    public List<String> aliases() {
        return List.of("text/xml; subtype=gml/3.1.1");
    }

    @Override
    void writeId(XMLStreamWriter2 xml, String id) throws XMLStreamException {
        xml.writeAttribute("gml", GML, "id", id);
    }

    @Override
    void writeGeometry(XMLStreamWriter2 xml, LayerFeatures layer, Geometry geometry, String id)
            throws XMLStreamException {
        String srsName = "urn:ogc:def:crs:EPSG::" + layer.srid();
        boolean swap = AxisOrder.isNorthingFirst(AxisOrder.Protocol.GML_3, srsName, layer.crs());
        new GmlGeometryWriter(xml, GmlVersion.GML_3_1_1, CoordinatePrecision.DEFAULT.decimalsFor(layer.crs()))
                .write(geometry, srsName, swap, id);
    }
}
