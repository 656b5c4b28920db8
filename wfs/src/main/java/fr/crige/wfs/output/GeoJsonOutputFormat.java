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
import fr.crige.wfs.getfeature.CountsPosition;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.PageReader;
import fr.crige.wfs.getfeature.PageSummary;
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
 *
 * <p>JSON members have no order, so the counts and links follow the features unless the plan counted them
 * beforehand: the page is then written without any count query, reading one feature beyond it to know whether
 * a {@code next} link is due; {@code numberMatched}, when unknown, is left out, as OGC API Features allows.
 */
public final class GeoJsonOutputFormat implements FeatureOutputFormat {

    public static final String MIME_TYPE = "application/json";
    private static final int WGS84 = 4326;

    /**
     * Attribute doubles are written with Jackson's Schubfach writer, which gives the shortest digits that read
     * back as the same double, as fast as it gets: JDK 17's {@code Double.toString} took about a third of the
     * CPU of GeoJSON responses in the benchmark ({@code wfs/bench}); coordinates go through a
     * {@link CoordinateFormatter}. Open arrays and objects are not closed when writing fails: a response cut by
     * a failure (the request's time limit) must stay invalid JSON rather than look like a complete, shorter
     * collection. The client's stream is the dispatcher's to close.
     */
    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public List<String> names() {
        return List.of(MIME_TYPE, "application/geo+json", "json", "geojson");
    }

    @Override
    public String contentType() {
        return MIME_TYPE;
    }

    @Override
    public CountsPosition countsPosition() {
        return CountsPosition.AFTER_FEATURES;
    }

    @Override
    public void writeCollection(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            Optional<PageSummary> known = plan.knownCounts();
            if (known.isPresent()) {
                counts(json, known.get());
            }
            json.writeStringField("timeStamp", XmlValues.format(plan.timeStamp()));
            Optional<Crs> crs = commonCrs(plan);
            if (crs.isPresent()) {
                crsMember(json, crs.get());
            }
            json.writeArrayFieldStart("features");
            long returned = 0;
            boolean more = false;
            for (PlannedQuery query : plan.queries()) {
                if (query.isEmpty()) {
                    continue;
                }
                FeatureWriter writer = new FeatureWriter(json, query);
                try (PageReader reader = query.open()) {
                    while (reader.hasNext()) {
                        writer.write(reader.next());
                    }
                    returned += reader.returned();
                    more |= reader.hasMore();
                }
            }
            json.writeEndArray();
            if (known.isEmpty()) {
                counts(json, plan.page().uncounted(returned, more));
            }
            json.writeEndObject();
        }
    }

    @Override
    public void writeFeature(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        PlannedQuery query = plan.queries().get(0);
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8);
                FeatureReader reader = query.open()) {
            if (!reader.hasNext()) {
                throw new OwsException(OwsExceptionCode.NOT_FOUND, "ID", "No such feature");
            }
            new FeatureWriter(json, query).write(reader.next());
        }
    }

    /** numberMatched (left out when unknown), numberReturned and the paging links. */
    private static void counts(JsonGenerator json, PageSummary counts) throws IOException {
        if (counts.isMatchedKnown()) {
            json.writeNumberField("numberMatched", counts.numberMatched());
        }
        json.writeNumberField("numberReturned", counts.numberReturned());
        if (counts.next() == null && counts.previous() == null) {
            return;
        }
        json.writeArrayFieldStart("links");
        link(json, "next", counts.next());
        link(json, "previous", counts.previous());
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

        FeatureWriter(JsonGenerator json, PlannedQuery query) {
            this.json = json;
            this.type = query.type();
            this.geometries = new GeoJsonGeometryWriter(json, CoordinateFormatter.of(query.decimals()));
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
