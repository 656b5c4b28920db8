package fr.crige.wfs.output;

import fr.crige.wfs.GmlVersion;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as GML 3.2 or GML 3.1.1 simple-feature geometries on a StAX writer: Point
 * ({@code pos}), LineString and LinearRing ({@code posList}), Polygon, MultiPoint, MultiCurve, MultiSurface
 * and MultiGeometry, each with the {@code gml:id} that GML 3.2 requires (and GML 3.1.1 allows). The axis
 * swap for CRSs written latitude first is done while writing, without copying the geometry, and coordinates
 * are rounded to the decimals of a {@link CoordinateFormatter}. JTS offers no GML 3 writer.
 *
 * <p>Public for the other services that answer in GML 3, such as the WMS GetFeatureInfo.
 */
public final class GmlGeometryWriter {

    private final XMLStreamWriter xml;
    private final String gml;
    private final CoordinateFormatter coordinates;
    private final StringBuilder buffer = new StringBuilder(256);
    private char[] chars = new char[256];

    /**
     * @param decimals decimals of the coordinates, up to {@link fr.crige.wfs.CoordinatePrecision#MAX_DECIMALS},
     *                 or {@link fr.crige.wfs.CoordinatePrecision#FULL} for every significant digit
     */
    public GmlGeometryWriter(XMLStreamWriter xml, GmlVersion version, int decimals) {
        this.xml = xml;
        this.gml = version.namespace();
        this.coordinates = CoordinateFormatter.of(decimals);
    }

    /**
     * @param srsName written on the outer element, or null
     * @param swap    whether coordinates are written y first
     * @param id      the gml:id of the outer element; members get {@code id.1}, {@code id.2}...
     */
    public void write(Geometry geometry, String srsName, boolean swap, String id) throws XMLStreamException {
        writeGeometry(geometry, srsName, swap, id);
    }

    private void writeGeometry(Geometry g, String srsName, boolean swap, String id) throws XMLStreamException {
        if (g instanceof Point p) {
            start("Point", srsName, id);
            xml.writeStartElement("gml", "pos", gml);
            positions(p.getCoordinateSequence(), swap);
            xml.writeEndElement();
            xml.writeEndElement();
        } else if (g instanceof LineString l) {
            start("LineString", srsName, id);
            posList(l, swap);
            xml.writeEndElement();
        } else if (g instanceof Polygon p) {
            start("Polygon", srsName, id);
            ring("exterior", p.getExteriorRing(), swap);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring("interior", p.getInteriorRingN(i), swap);
            }
            xml.writeEndElement();
        } else if (g instanceof MultiPoint) {
            members("MultiPoint", "pointMember", g, srsName, swap, id);
        } else if (g instanceof MultiLineString) {
            members("MultiCurve", "curveMember", g, srsName, swap, id);
        } else if (g instanceof MultiPolygon) {
            members("MultiSurface", "surfaceMember", g, srsName, swap, id);
        } else if (g instanceof GeometryCollection) {
            members("MultiGeometry", "geometryMember", g, srsName, swap, id);
        } else {
            throw new IllegalArgumentException("Unsupported geometry " + g.getGeometryType());
        }
    }

    private void members(String element, String member, Geometry g, String srsName, boolean swap, String id)
            throws XMLStreamException {
        start(element, srsName, id);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            xml.writeStartElement("gml", member, gml);
            writeGeometry(g.getGeometryN(i), null, swap, id + "." + (i + 1));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void ring(String boundary, LineString ring, boolean swap) throws XMLStreamException {
        xml.writeStartElement("gml", boundary, gml);
        xml.writeStartElement("gml", "LinearRing", gml);
        posList(ring, swap);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void posList(LineString line, boolean swap) throws XMLStreamException {
        xml.writeStartElement("gml", "posList", gml);
        positions(line.getCoordinateSequence(), swap);
        xml.writeEndElement();
    }

    private void start(String element, String srsName, String id) throws XMLStreamException {
        xml.writeStartElement("gml", element, gml);
        xml.writeAttribute("gml", gml, "id", id);
        if (srsName != null) {
            xml.writeAttribute("srsName", srsName);
        }
    }

    /** Writes the coordinates through reused buffers: a large posList makes no intermediate string. */
    private void positions(CoordinateSequence seq, boolean swap) throws XMLStreamException {
        buffer.setLength(0);
        for (int i = 0; i < seq.size(); i++) {
            if (i > 0) {
                buffer.append(' ');
            }
            coordinates.append(buffer, swap ? seq.getY(i) : seq.getX(i));
            buffer.append(' ');
            coordinates.append(buffer, swap ? seq.getX(i) : seq.getY(i));
        }
        int length = buffer.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        buffer.getChars(0, length, chars, 0);
        xml.writeCharacters(chars, 0, length);
    }
}
