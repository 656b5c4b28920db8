package fr.crige.wfs.output.shapefile;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.getfeature.CountsPosition;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.PlannedQuery;
import fr.crige.wfs.output.CrsWkt;
import fr.crige.wfs.output.FeatureOutputFormat;
import fr.crige.wfs.output.TemporaryFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.locationtech.jts.geom.Geometry;

/**
 * Zipped ESRI Shapefile output of GetFeature: per queried type a .shp, .shx, .dbf (UTF-8), .cpg and, when the
 * output CRS is known, a .prj. The files are written to a temporary directory while the features stream from
 * the store (the shapefile headers need the totals), then zipped to the client and deleted, so memory stays
 * bounded whatever the number of features.
 *
 * <p>The writer is crige's own: Maven Central has no maintained shapefile writer (GeoTools is published in the
 * OSGeo repository only, and the small Central artifacts are unmaintained or read-only), and the format is a
 * short, frozen specification. Limits of the format apply: one geometry type per file (the first geometry
 * attribute; other geometry and binary attributes are left out), field names of 10 characters, text of 254
 * bytes.
 */
public final class ShapefileOutputFormat implements FeatureOutputFormat {

    public static final String MIME_TYPE = "application/zip";

    @Override
    public List<String> names() {
        return List.of("SHAPE-ZIP", MIME_TYPE, "shapefile", "application/x-shapefile");
    }

    @Override
    public String contentType() {
        return MIME_TYPE;
    }

    @Override
    public CountsPosition countsPosition() {
        return CountsPosition.NOT_WRITTEN;
    }

    @Override
    public Optional<String> fileExtension() {
        return Optional.of("zip");
    }

    @Override
    public void writeCollection(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        try (TemporaryFiles temp = TemporaryFiles.create("crige-shp-")) {
            List<Path> files = new ArrayList<>();
            Set<String> baseNames = new HashSet<>();
            for (PlannedQuery query : plan.queries()) {
                String base = unique(query.type().name().replaceAll("[^\\w.-]", "_"), baseNames);
                files.addAll(writeShapefile(temp.directory(), base, query));
            }
            ZipOutputStream zip = new ZipOutputStream(TemporaryFiles.nonClosing(out));
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
            zip.close();
        }
    }

    private static List<Path> writeShapefile(Path dir, String base, PlannedQuery query) throws IOException {
        FeatureSchema schema = query.schema();
        Optional<AttributeDescriptor> geometry = schema.attributes().stream().filter(AttributeDescriptor::isGeometry)
                .findFirst();
        ShapeType type = geometry.map(g -> ShapeType.of(g.geometryKind())).orElse(ShapeType.NULL);
        List<Path> files = new ArrayList<>(List.of(dir.resolve(base + ".shp"), dir.resolve(base + ".shx"),
                dir.resolve(base + ".dbf"), dir.resolve(base + ".cpg")));
        Files.writeString(files.get(3), "UTF-8", StandardCharsets.US_ASCII);
        if (query.outputCrs() != null) {
            Path prj = dir.resolve(base + ".prj");
            Files.writeString(prj, CrsWkt.forPrj(query.outputCrs().srid()), StandardCharsets.US_ASCII);
            files.add(prj);
        }
        try (ShpWriter shp = new ShpWriter(files.get(0), files.get(1), type);
                DbfWriter dbf = new DbfWriter(files.get(2), fields(schema))) {
            if (!query.isEmpty()) {
                try (FeatureReader reader = query.open()) {
                    while (reader.hasNext()) {
                        Feature feature = reader.next();
                        shp.write(geometry.map(g -> (Geometry) feature.get(g.name())).orElse(null));
                        dbf.write(feature);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw OwsException.invalidParameter("outputFormat", "Cannot write " + query.type().qualifiedName()
                    + " as a shapefile: " + e.getMessage());
        }
        return files;
    }

    /** The dBASE fields of the attributes dBASE can hold, with unique names of at most 10 ASCII characters. */
    static List<DbfField> fields(FeatureSchema schema) {
        List<DbfField> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (AttributeDescriptor a : schema.attributes()) {
            String ascii = a.name().replaceAll("[^A-Za-z0-9_]", "_");
            String name = ascii.substring(0, Math.min(10, ascii.length()));
            for (int i = 1; !names.add(name.toUpperCase(Locale.ROOT)); i++) {
                String suffix = "_" + i;
                name = ascii.substring(0, Math.min(10 - suffix.length(), ascii.length())) + suffix;
            }
            DbfField field = DbfField.of(name, a);
            if (field != null) {
                fields.add(field);
            } else {
                names.remove(name.toUpperCase(Locale.ROOT));
            }
        }
        return fields;
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
