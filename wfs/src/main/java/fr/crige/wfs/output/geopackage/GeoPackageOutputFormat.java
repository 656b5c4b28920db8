package fr.crige.wfs.output.geopackage;

import fr.crige.ows.OwsRequest;
import fr.crige.wfs.getfeature.CountsPosition;
import fr.crige.wfs.getfeature.FeatureCollectionPlan;
import fr.crige.wfs.getfeature.PlannedQuery;
import fr.crige.wfs.output.FeatureOutputFormat;
import fr.crige.wfs.output.TemporaryFiles;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;

/**
 * OGC GeoPackage output of GetFeature, written with the NGA GeoPackage library: one feature table per queried
 * type, in the output CRS, with an R-tree spatial index. SQLite needs a file, so the GeoPackage is built in a
 * temporary directory while the features stream from the store (inserted in batches, memory stays bounded),
 * then sent and deleted.
 */
public final class GeoPackageOutputFormat implements FeatureOutputFormat {

    public static final String MIME_TYPE = "application/geopackage+sqlite3";

    @Override
    public List<String> names() {
        return List.of(MIME_TYPE, "geopackage", "gpkg", "application/x-gpkg");
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
        return Optional.of("gpkg");
    }

    @Override
    public void writeCollection(FeatureCollectionPlan plan, OwsRequest request, OutputStream out) throws IOException {
        try (TemporaryFiles temp = TemporaryFiles.create("crige-gpkg-")) {
            File file = temp.directory().resolve("features.gpkg").toFile();
            GeoPackageManager.create(file);
            GeoPackage gpkg = GeoPackageManager.open(file);
            try {
                Set<String> tables = new HashSet<>();
                for (PlannedQuery query : plan.queries()) {
                    String table = query.type().name();
                    for (int i = 2; !tables.add(table.toLowerCase(Locale.ROOT)); i++) {
                        table = query.type().name() + "_" + i;
                    }
                    new FeatureTableWriter(gpkg, table, query).write();
                }
            } catch (GeoPackageException e) {
                throw new IOException("Could not write the GeoPackage", e);
            } finally {
                gpkg.close();
            }
            Files.copy(file.toPath(), out);
        }
    }
}
