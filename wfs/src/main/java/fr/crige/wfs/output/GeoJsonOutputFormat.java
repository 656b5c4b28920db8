package fr.crige.wfs.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import fr.crige.core.crs.Crs;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.PublishedType;
import fr.crige.wfs.StoreErrors;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.PlannedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * GeoJSON output of GetFeature: a FeatureCollection with the WFS counts ({@code numberMatched},
 * {@code numberReturned}, {@code timeStamp}) and paging {@code links}, each feature with its published id,
 * its default geometry and its other attributes as properties. Coordinates are x/y in the output CRS; when
 * that is not WGS 84 the collection names it in the pre-RFC 7946 {@code crs} member, as WFS servers commonly do
 * and as QGIS and GDAL read it.
 */
public final class GeoJsonOutputFormat implements FeatureOutputFormat {

    public static final String MIME_TYPE = "application/json";
    private static final int WGS84 = 4326;

    /**
     * Doubles are written with Jackson's Schubfach writer, which gives the shortest digits that read back as the
     * same double, as fast as it gets: JDK 17's {@code Double.toString} took about a third of the CPU of GeoJSON
     * responses in the benchmark ({@code wfs/bench}).
     */
    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    @Override
    public List<String> names() {
        return List.of(MIME_TYPE, "application/geo+json", "json", "geojson");
    }

    @Override
    public String contentType() {
        return MIME_TYPE;
    }

    @Override
    public void writeCollection(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeNumberField("numberMatched", plan.numberMatched());
            json.writeNumberField("numberReturned", plan.numberReturned());
            json.writeStringField("timeStamp", plan.timeStamp().toString());
            links(json, plan);
            Optional<Crs> crs = commonCrs(plan);
            if (crs.isPresent()) {
                crsMember(json, crs.get());
            }
            json.writeArrayFieldStart("features");
            for (PlannedQuery query : plan.queries()) {
                if (query.returned() == 0) {
                    continue;
                }
                FeatureWriter writer = new FeatureWriter(json, query.type());
                try (FeatureReader reader = StoreErrors.call(() -> query.type().store().features(query.query()))) {
                    while (reader.hasNext()) {
                        writer.write(reader.next());
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    @Override
    public void writeFeature(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        PlannedQuery query = plan.queries().get(0);
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8);
                FeatureReader reader = StoreErrors.call(() -> query.type().store().features(query.query()))) {
            if (!reader.hasNext()) {
                throw new OwsException(OwsExceptionCode.NOT_FOUND, "ID", "No such feature");
            }
            new FeatureWriter(json, query.type()).write(reader.next());
        }
    }

    private static void links(JsonGenerator json, FeatureCollectionPlan plan) throws IOException {
        if (plan.next() == null && plan.previous() == null) {
            return;
        }
        json.writeArrayFieldStart("links");
        link(json, "next", plan.next());
        link(json, "previous", plan.previous());
        json.writeEndArray();
    }

    private static void link(JsonGenerator json, String rel, String href) throws IOException {
        if (href != null) {
            json.writeStartObject();
            json.writeStringField("rel", rel);
            json.writeStringField("type", MIME_TYPE);
            json.writeStringField("href", href);
            json.writeEndObject();
        }
    }

    /** The output CRS when all queries share one that is not WGS 84. */
    private static Optional<Crs> commonCrs(FeatureCollectionPlan plan) {
        List<Crs> crss = plan.queries().stream().map(PlannedQuery::outputCrs).filter(Objects::nonNull).distinct()
                .toList();
        return crss.size() == 1 && crss.get(0).srid() != WGS84 ? Optional.of(crss.get(0)) : Optional.empty();
    }

    private static void crsMember(JsonGenerator json, Crs crs) throws IOException {
        json.writeObjectFieldStart("crs");
        json.writeStringField("type", "name");
        json.writeObjectFieldStart("properties");
        json.writeStringField("name", crs.urn());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Writes the features of one type. */
    private static final class FeatureWriter {
        private final JsonGenerator json;
        private final PublishedType type;
        private final GeoJsonGeometryWriter geometries;

        FeatureWriter(JsonGenerator json, PublishedType type) {
            this.json = json;
            this.type = type;
            this.geometries = new GeoJsonGeometryWriter(json);
        }

        void write(Feature feature) throws IOException {
            FeatureSchema schema = feature.schema();
            String geometryName = schema.defaultGeometry().map(AttributeDescriptor::name).orElse(null);
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeStringField("id", type.publishedId(feature.id()));
            json.writeFieldName("geometry");
            Geometry geometry = feature.geometry();
            if (geometry == null || geometry.isEmpty()) {
                json.writeNull();
            } else {
                geometries.write(geometry);
            }
            json.writeObjectFieldStart("properties");
            for (int i = 0; i < schema.size(); i++) {
                AttributeDescriptor a = schema.attribute(i);
                if (!a.name().equals(geometryName)) {
                    json.writeFieldName(a.name());
                    value(feature.get(i));
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        }

        private void value(Object value) throws IOException {
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Integer i) {
                json.writeNumber(i);
            } else if (value instanceof Long l) {
                json.writeNumber(l);
            } else if (value instanceof Double d) {
                if (d.isNaN() || d.isInfinite()) {
                    json.writeNull(); // JSON has no NaN or infinity
                } else {
                    json.writeNumber(d);
                }
            } else if (value instanceof BigDecimal b) {
                json.writeNumber(b);
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else if (value instanceof Geometry g) {
                geometries.write(g);
            } else if (value instanceof byte[] bytes) {
                json.writeBinary(bytes);
            } else {
                json.writeString(XmlValues.format(value));
            }
        }
    }
}
