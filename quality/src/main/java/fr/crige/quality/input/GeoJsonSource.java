package fr.crige.quality.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.quality.model.CrsNames;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * A GeoJSON FeatureCollection read in a streaming way (one feature in memory at a time). The first pass
 * reads the legacy {@code crs} member (e.g. {@code urn:ogc:def:crs:EPSG::2154}, still produced by GDAL and
 * QGIS for projected data), the union of the property keys (rule-model.md §2.1) and the feature count; the
 * second pass streams the rows. Geometries are decoded by the JTS GeoJSON reader.
 */
public final class GeoJsonSource implements TableSource {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Path file;
    private final String name;

    public GeoJsonSource(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TableHeader header() throws InputProblem {
        Set<String> columns = new LinkedHashSet<>();
        String crs = null;
        long count = 0;
        try (JsonParser p = open()) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                p.nextToken();
                if ("crs".equals(member)) {
                    JsonNode node = MAPPER.readTree(p);
                    String declared = node.path("properties").path("name").asText(null);
                    crs = declared == null ? null : CrsNames.normalise(declared);
                } else if ("features".equals(member) && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        count++;
                        collectKeys(p, columns);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw problem(e);
        }
        return new TableHeader(columns.stream().toList(), crs, CrsNames.CRS84, true, count, null);
    }

    /** Reads one feature object, adding its property keys. */
    private static void collectKeys(JsonParser p, Set<String> columns) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            JsonToken value = p.nextToken();
            if ("properties".equals(member) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    columns.add(p.currentName());
                    p.nextToken();
                    p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
        }
    }

    @Override
    public RowCursor rows() throws InputProblem {
        try {
            JsonParser p = open();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                p.nextToken();
                if ("features".equals(member) && p.currentToken() == JsonToken.START_ARRAY) {
                    return new Cursor(p);
                }
                p.skipChildren();
            }
            p.close();
            return new Cursor(null);
        } catch (IOException e) {
            throw problem(e);
        }
    }

    private JsonParser open() throws IOException, InputProblem {
        InputStream in = Files.newInputStream(file);
        JsonParser p = MAPPER.getFactory().createParser(in);
        if (p.nextToken() != JsonToken.START_OBJECT) {
            p.close();
            throw InputProblem.notOpened("not a GeoJSON object", null);
        }
        return p;
    }

    private static InputProblem problem(IOException e) {
        String message = e instanceof JsonParseException jp ? jp.getOriginalMessage() : e.getMessage();
        if (e instanceof CharConversionException || message != null && message.contains("UTF-8")) {
            return InputProblem.encoding("GeoJSON must be UTF-8 (RFC 8259): " + message);
        }
        return InputProblem.notOpened("not readable as GeoJSON: " + message, e);
    }

    /** Streams the features of the open {@code features} array. */
    private static final class Cursor implements RowCursor {
        private final JsonParser parser;
        private final GeoJsonReader geometries = new GeoJsonReader();
        private JsonNode next;
        private long number;
        private boolean done;

        Cursor(JsonParser parser) {
            this.parser = parser;
            this.done = parser == null;
        }

        @Override
        public boolean hasNext() throws InputProblem {
            if (next == null && !done) {
                try {
                    if (parser.nextToken() == JsonToken.START_OBJECT) {
                        next = MAPPER.readTree(parser);
                    } else {
                        done = true;
                    }
                } catch (IOException e) {
                    throw problem(e);
                }
            }
            return next != null;
        }

        @Override
        public Row next() throws InputProblem {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            JsonNode feature = next;
            next = null;
            number++;
            Map<String, Object> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = feature.path("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), value(e.getValue()));
            }
            JsonNode id = feature.get("id");
            JsonNode g = feature.get("geometry");
            Geometry geometry = null;
            String error = null;
            if (g != null && !g.isNull()) {
                try {
                    geometry = geometries.read(g.toString());
                } catch (ParseException | RuntimeException e) {
                    error = "unreadable geometry: " + e.getMessage();
                }
            }
            return new Row(number, id == null || id.isNull() ? null : id.asText(), values, geometry, error);
        }

        private static Object value(JsonNode v) {
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isTextual()) {
                return v.textValue();
            }
            if (v.isNumber()) {
                return v.isIntegralNumber() ? (Object) v.bigIntegerValue() : v.decimalValue();
            }
            if (v.isBoolean()) {
                return v.booleanValue();
            }
            return v.toString();
        }

        @Override
        public void close() {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // nothing left to release
                }
            }
        }
    }

}
