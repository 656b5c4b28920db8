package fr.crige.wms.featureinfo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code application/json}: a GeoJSON FeatureCollection (RFC 7946 structure) of the features found, each
 * with its layer name in {@code layer}, its attributes in {@code properties} and its geometry in the map's
 * CRS, named in a {@code crs} member as GeoServer does, since map CRSs are rarely WGS 84.
 */
final class GeoJsonInfoFormat implements InfoFormat {

    private final JsonFactory factory = new JsonFactory();

    @Override
    public String mimeType() {
        return "application/json";
    }

    @Override
    public void write(List<LayerFeatures> results, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            int srid = 0;
            for (LayerFeatures layer : results) {
                srid = layer.srid();
                for (Feature f : layer.features()) {
                    feature(json, layer, f);
                }
            }
            json.writeEndArray();
            if (srid != 0) {
                json.writeObjectFieldStart("crs");
                json.writeStringField("type", "name");
                json.writeObjectFieldStart("properties");
                json.writeStringField("name", "urn:ogc:def:crs:EPSG::" + srid);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndObject();
        }
    }

    private static void feature(JsonGenerator json, LayerFeatures layer, Feature f) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", f.id());
        json.writeStringField("layer", layer.layerName());
        json.writeFieldName("geometry");
        Geometry g = f.geometry();
        if (g == null) {
            json.writeNull();
        } else {
            geometry(json, g);
        }
        json.writeObjectFieldStart("properties");
        for (AttributeDescriptor a : layer.schema().attributes()) {
            if (a.isGeometry()) {
                continue;
            }
            Object v = f.get(a.name());
            json.writeFieldName(a.name());
            if (v == null) {
                json.writeNull();
            } else if (v instanceof Boolean b) {
                json.writeBoolean(b);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                json.writeNumber(((Number) v).longValue());
            } else if (v instanceof BigDecimal d) {
                json.writeNumber(d);
            } else if (v instanceof Number n) {
                json.writeNumber(n.doubleValue());
            } else {
                json.writeString(v.toString());
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void geometry(JsonGenerator json, Geometry g) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", g.getGeometryType());
        if (g instanceof GeometryCollection && !g.getGeometryType().startsWith("Multi")) {
            json.writeArrayFieldStart("geometries");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                geometry(json, g.getGeometryN(i));
            }
            json.writeEndArray();
        } else {
            json.writeFieldName("coordinates");
            coordinates(json, g);
        }
        json.writeEndObject();
    }

    private static void coordinates(JsonGenerator json, Geometry g) throws IOException {
        if (g instanceof Point p) {
            position(json, p.getCoordinate());
        } else if (g instanceof LineString l) {
            json.writeStartArray();
            for (Coordinate c : l.getCoordinates()) {
                position(json, c);
            }
            json.writeEndArray();
        } else if (g instanceof Polygon p) {
            json.writeStartArray();
            coordinates(json, p.getExteriorRing());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                coordinates(json, p.getInteriorRingN(i));
            }
            json.writeEndArray();
        } else {
            json.writeStartArray();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                coordinates(json, g.getGeometryN(i));
            }
            json.writeEndArray();
        }
    }

    private static void position(JsonGenerator json, Coordinate c) throws IOException {
        json.writeStartArray();
        json.writeNumber(c.x);
        json.writeNumber(c.y);
        json.writeEndArray();
    }
}
