package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.quality.engine.Finding;
import fr.crige.quality.engine.TableValidator;
import fr.crige.quality.engine.ValidationContext;
import fr.crige.quality.input.GeoJsonSource;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped parcel standard (the one of the benchmark) on a small delivery with one fault of each kind. */
class ParcelStandardTest {

    @TempDir
    Path tmp;

    private static String parcel(String id, String commune, String section, String numero, String created,
            String updated, double x) {
        return """
                {"type":"Feature","properties":{"id":"%s","commune":"%s","prefixe":"000","section":"%s",
                 "numero":"%s","contenance":120,"arpente":false,"created":"%s","updated":"%s"},
                 "geometry":{"type":"Polygon","coordinates":[[[%s,6700000],[%s,6700000],[%s,6700010],[%s,6700010],
                 [%s,6700000]]]}}""".formatted(id, commune, section, numero, created, updated, x, x + 10, x + 10, x, x);
    }

    @Test
    void findsTheIduMismatchTheDatesTheDuplicateAndTheOverlap() throws Exception {
        String geojson = """
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},
                 "features":[%s,%s,%s,%s]}""".formatted(
                parcel("451340000A0001", "45134", "0A", "0001", "2010-01-01", "2012-01-01", 600000),
                parcel("451340000A0002", "45134", "0A", "0003", "2010-01-01", "2012-01-01", 600010),
                parcel("451340000A0004", "45134", "0A", "0004", "2015-01-01", "2012-01-01", 600020),
                parcel("451340000A0001", "45134", "0A", "0001", "2010-01-01", "2012-01-01", 600025));
        Path file = Files.writeString(tmp.resolve("cadastre-45134-parcelles.geojson"), geojson);
        Standard standard = new StandardLoader().load(
                Path.of("..", "data-dir", "quality", "standards", "etalab-cadastre-parcelles.yaml"));

        List<Finding> findings = new TableValidator().validate(standard, standard.table("parcelles").orElseThrow(),
                new GeoJsonSource(file, file.getFileName().toString()), ValidationContext.of(Map.of(), null))
                .findings();

        assertThat(findings).extracting(Finding::ruleId, f -> f.row() != null ? List.of(f.row()) : f.rows())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("parcelles.ID_IS_IDU", List.of(2L)),
                        org.assertj.core.groups.Tuple.tuple("parcelles.UPDATED_NOT_BEFORE_CREATED", List.of(3L)),
                        org.assertj.core.groups.Tuple.tuple("parcelles.id.unique", List.of(1L, 4L)),
                        org.assertj.core.groups.Tuple.tuple("parcelles.NO_OVERLAP", List.of(3L, 4L)));
    }
}
