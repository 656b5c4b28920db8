package fr.crige.wfs.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.getfeature.CountsPosition;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.PlannedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * CSV output of GetFeature (RFC 4180, UTF-8, header line): a {@code FID} column with the published feature id,
 * then one column per attribute, geometries as WKT with x/y coordinates in the output CRS and other values in
 * their XML Schema lexical form (ISO 8601 dates). Rows are written as they are read, so memory is constant.
 * One CSV holds one feature type.
 */
public final class CsvOutputFormat implements FeatureOutputFormat {

    public static final String MIME_TYPE = "text/csv";

    private final CsvMapper mapper = new CsvMapper();

    @Override
    public List<String> names() {
        return List.of(MIME_TYPE, "csv");
    }

    @Override
    public String contentType() {
        return MIME_TYPE + "; charset=UTF-8";
    }

    @Override
    public Optional<String> fileExtension() {
        return Optional.of("csv");
    }

    @Override
    public CountsPosition countsPosition() {
        return CountsPosition.NOT_WRITTEN;
    }

    @Override
    public boolean supportsSeveralTypes() {
        return false;
    }

    @Override
    public void writeCollection(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        PlannedQuery query = plan.queries().get(0);
        FeatureSchema schema = query.schema();
        CsvSchema.Builder columns = CsvSchema.builder().addColumn("FID");
        schema.attributes().forEach(a -> columns.addColumn(a.name()));
        WKTWriter wkt = new WKTWriter();
        try (SequenceWriter rows = mapper.writer(columns.build().withHeader()).writeValues(out)) {
            if (query.isEmpty()) {
                rows.flush(); // the header alone
                return;
            }
            try (FeatureReader reader = query.open()) {
                while (reader.hasNext()) {
                    rows.write(row(reader.next(), query, wkt));
                }
            }
        }
    }

    private static String[] row(Feature feature, PlannedQuery query, WKTWriter wkt) {
        FeatureSchema schema = feature.schema();
        String[] row = new String[schema.size() + 1];
        row[0] = query.type().publishedId(feature.id());
        for (int i = 0; i < schema.size(); i++) {
            Object value = feature.get(i);
            AttributeDescriptor a = schema.attribute(i);
            if (value == null) {
                row[i + 1] = "";
            } else {
                row[i + 1] = a.isGeometry() ? wkt.write((Geometry) value) : XmlValues.format(value);
            }
        }
        return row;
    }
}
