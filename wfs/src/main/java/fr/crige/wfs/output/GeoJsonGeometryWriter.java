package fr.crige.wfs.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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
 * Writes JTS geometries as GeoJSON (RFC 7946, section 3.1) on a Jackson generator, x (easting/longitude)
 * first whatever the CRS, rounded by a {@link CoordinateFormatter}. JTS's own GeoJsonWriter builds each
 * geometry as a string or map first; writing to the generator directly keeps the output streamed.
 */
final class GeoJsonGeometryWriter {

    private final JsonGenerator json;
    private final CoordinateFormatter coordinates;
    private final StringBuilder number = new StringBuilder(32);
    private char[] chars = new char[32];

    GeoJsonGeometryWriter(JsonGenerator json, CoordinateFormatter coordinates) {
        this.json = json;
        this.coordinates = coordinates;
    }

    void write(Geometry g) throws IOException {
        json.writeStartObject();
        if (g instanceof Point p) {
            json.writeStringField("type", "Point");
            json.writeFieldName("coordinates");
            position(p.getCoordinateSequence(), 0);
        } else if (g instanceof LineString l) {
            json.writeStringField("type", "LineString");
            json.writeFieldName("coordinates");
            positions(l.getCoordinateSequence());
        } else if (g instanceof Polygon p) {
            json.writeStringField("type", "Polygon");
            json.writeFieldName("coordinates");
            rings(p);
        } else if (g instanceof MultiPoint) {
            json.writeStringField("type", "MultiPoint");
            json.writeArrayFieldStart("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                position(((Point) g.getGeometryN(i)).getCoordinateSequence(), 0);
            }
            json.writeEndArray();
        } else if (g instanceof MultiLineString) {
            json.writeStringField("type", "MultiLineString");
            json.writeArrayFieldStart("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                positions(((LineString) g.getGeometryN(i)).getCoordinateSequence());
            }
            json.writeEndArray();
        } else if (g instanceof MultiPolygon) {
            json.writeStringField("type", "MultiPolygon");
            json.writeArrayFieldStart("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                rings((Polygon) g.getGeometryN(i));
            }
            json.writeEndArray();
        } else if (g instanceof GeometryCollection) {
            json.writeStringField("type", "GeometryCollection");
            json.writeArrayFieldStart("geometries");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                write(g.getGeometryN(i));
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("Unsupported geometry " + g.getGeometryType());
        }
        json.writeEndObject();
    }

    private void rings(Polygon p) throws IOException {
        json.writeStartArray();
        positions(p.getExteriorRing().getCoordinateSequence());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            positions(p.getInteriorRingN(i).getCoordinateSequence());
        }
        json.writeEndArray();
    }

    private void positions(CoordinateSequence seq) throws IOException {
        json.writeStartArray();
        for (int i = 0; i < seq.size(); i++) {
            position(seq, i);
        }
        json.writeEndArray();
    }

    private void position(CoordinateSequence seq, int i) throws IOException {
        json.writeStartArray();
        number(seq.getX(i));
        number(seq.getY(i));
        json.writeEndArray();
    }

    /** Writes a coordinate as its formatted digits, through reused buffers. */
    private void number(double value) throws IOException {
        number.setLength(0);
        coordinates.append(number, value);
        int length = number.length();
        if (chars.length < length) {
            chars = new char[length];
        }
        number.getChars(0, length, chars, 0);
        json.writeNumber(chars, 0, length);
    }
}
