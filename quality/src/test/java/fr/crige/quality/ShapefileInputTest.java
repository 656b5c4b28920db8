package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.crige.quality.engine.Finding;
import fr.crige.quality.engine.TableValidator;
import fr.crige.quality.engine.ValidationContext;
import fr.crige.quality.input.GeoJsonSource;
import fr.crige.quality.input.TableSource;
import fr.crige.quality.input.shapefile.ShapefileSource;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardLoader;
import fr.crige.quality.model.TableRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zipped Shapefile deliveries (made with GDAL from the ZONE_URBA fixtures): the same findings as the GeoJSON
 * they were converted from, the CRS from the .prj, and code pages (.cpg) that do not match the text as
 * findings.
 */
class ShapefileInputTest {

    private static final String BASE = "44109_ZONE_URBA_20230615";
    private static final Map<String, String> CONTEXT = Map.of("idurba", "44109_PLU_20230615", "datappro", "20230615");

    @TempDir
    Path tmp;

    private Standard standard;
    private TableRule table;

    @BeforeEach
    void load() throws Exception {
        standard = new StandardLoader().load(resource("/standards/cnig-plu-zone-urba.yaml"));
        table = standard.table("ZONE_URBA").orElseThrow();
    }

    /** Copies a fixture Shapefile into a folder of its own, with files replaced or removed by the test. */
    private Path shapefile(String variant, Map<String, String> replacedFiles) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(variant + replacedFiles.hashCode()));
        try (Stream<Path> files = Files.list(resource("/fixtures/shapefile/" + variant))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        for (Map.Entry<String, String> e : replacedFiles.entrySet()) {
            Path target = folder.resolve(BASE + "." + e.getKey());
            if (e.getValue() == null) {
                Files.delete(target);
            } else {
                Files.writeString(target, e.getValue(), StandardCharsets.ISO_8859_1);
            }
        }
        return folder.resolve(BASE + ".shp");
    }

    private List<Finding> check(TableSource source) {
        return new TableValidator().validate(standard, table, source, ValidationContext.of(CONTEXT, null)).findings();
    }

    private List<Finding> checkShapefile(String variant, Map<String, String> replaced) throws Exception {
        return check(new ShapefileSource(shapefile(variant, replaced), BASE + ".shp", StandardCharsets.UTF_8,
                table.allowedCrs()));
    }

    @Test
    void aConformantShapefileHasNoFindingAndItsLambert93PrjIsRecognised() throws Exception {
        assertThat(checkShapefile("utf8", Map.of())).isEmpty();
    }

    @Test
    void givesTheFindingsOfTheGeoJsonItWasConvertedFrom() throws Exception {
        // GDAL could not write feature 21 (a LineString) into a Polygon Shapefile: rows after it move up by one
        List<Finding> geojson = check(new GeoJsonSource(resource("/fixtures/cnig-plu-zone-urba/" + BASE
                + "_invalid_values.geojson"), "zone.geojson")).stream()
                .filter(f -> !Objects.equals(f.row(), 21L)).toList();
        List<Finding> shapefile = checkShapefile("invalid", Map.of());
        assertThat(shapefile).extracting(Finding::code, Finding::ruleId, Finding::row, Finding::rows, Finding::value)
                .containsExactlyInAnyOrderElementsOf(geojson.stream().map(f -> tuple(f.code(), f.ruleId(),
                        f.row() == null ? null : f.row() > 21 ? f.row() - 1 : f.row(),
                        f.rows() == null ? null : f.rows().stream().map(r -> r > 21 ? r - 1 : r).toList(),
                        f.value())).toList());
        assertThat(shapefile).hasSizeGreaterThan(15);
    }

    @Test
    void aLatin1ShapefileDeclaredByItsCpgIsReadAndReported() throws Exception {
        assertThat(checkShapefile("latin1", Map.of())).extracting(Finding::code, Finding::detail).containsExactly(
                tuple("FILE_ENCODING_INVALID", "declared ISO-8859-1 (.cpg), the standard requires UTF-8"));
    }

    @Test
    void latin1TextDeclaredUtf8StopsTheFile() throws Exception {
        List<Finding> findings = checkShapefile("latin1", Map.of("cpg", "UTF-8"));
        assertThat(findings).extracting(Finding::code).containsExactly("FILE_ENCODING_INVALID");
        assertThat(findings.get(0).detail()).contains("field LIBELONG is not valid UTF-8", "windows-1252");
        assertThat(checkShapefile("latin1", java.util.Collections.singletonMap("cpg", null)))
                .extracting(Finding::code).containsExactly("FILE_ENCODING_INVALID");
    }

    @Test
    void utf8TextDeclaredAsWindows1252IsNotReadAsGarbledAccents() throws Exception {
        List<Finding> findings = checkShapefile("utf8", Map.of("cpg", "1252"));
        assertThat(findings).extracting(Finding::code).containsExactly("FILE_ENCODING_INVALID");
        assertThat(findings.get(0).detail()).contains("UTF-8 but the file declares windows-1252");
    }

    @Test
    void theCrsComesFromThePrj() throws Exception {
        String wgs84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        assertThat(checkShapefile("utf8", Map.of("prj", wgs84))).extracting(Finding::code, Finding::value)
                .containsExactly(tuple("CRS_UNEXPECTED", "EPSG:4326"));
    }

    @Test
    void aShapefileWithoutItsDbfIsNotOpened() throws Exception {
        assertThat(checkShapefile("utf8", java.util.Collections.singletonMap("dbf", null)))
                .extracting(Finding::code).containsExactly("FILE_NOT_OPENED");
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ShapefileInputTest.class.getResource(name).toURI());
    }
}
