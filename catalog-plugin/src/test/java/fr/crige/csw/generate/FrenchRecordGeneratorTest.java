package fr.crige.csw.generate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.xml.OfficialSchemas;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.record.QueryableValues;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The generated catalogue is what benchmarks and harvest tests need it to be: valid, varied, reproducible. */
class FrenchRecordGeneratorTest {

    private final FrenchRecordGenerator generator = new FrenchRecordGenerator(42);
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();

    @Test
    void recordsOfEveryTypeAreValidIso19139() {
        OfficialSchemas iso = OfficialSchemas.validator(OfficialSchemas.ISO_19139_GMD,
                "http://schemas.opengis.net/iso/19139/20070417/gmx/gmx.xsd", OfficialSchemas.ISO_19139_SRV);
        Set<String> types = new HashSet<>();
        for (int i = 0; i < 150; i++) {
            MetadataRecord record = generator.record(i);
            assertThat(iso.validate(record.xml())).as("record %d", i).isEmpty();
            types.add(extractor.extract(record.xml()).first(Queryable.TYPE).orElseThrow());
        }
        assertThat(types).containsExactlyInAnyOrder("dataset", "series", "service", "nonGeographicDataset");
        assertThat(iso.validate(generator.record(7, "model").xml())).isEmpty();
    }

    @Test
    void theSameSeedAndIndexGiveTheSameRecord() {
        assertThat(new FrenchRecordGenerator(42).record(123).xml()).isEqualTo(generator.record(123).xml());
        assertThat(new FrenchRecordGenerator(43).record(123).xml()).isNotEqualTo(generator.record(123).xml());
        assertThat(generator.record(5, "model").identifier()).isEqualTo(generator.record(5).identifier());
    }

    @Test
    void recordsLookLikeARegionalCatalogue() {
        Map<String, Integer> types = new HashMap<>();
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Envelope france = new Envelope(-5.2, 9.6, 41.3, 51.1);
        int inspire = 0;
        for (int i = 0; i < 2_000; i++) {
            MetadataRecord record = generator.record(i);
            QueryableValues values = extractor.extract(record.xml());
            ids.add(record.identifier());
            titles.add(values.first(Queryable.TITLE).orElseThrow());
            types.merge(values.first(Queryable.TYPE).orElseThrow(), 1, Integer::sum);
            values.extents().forEach(e -> assertThat(france.contains(e)).as("%s inside France", e).isTrue());
            assertThat(values.first(Queryable.ORGANISATION_NAME)).isPresent();
            if (values.values(Queryable.SUBJECT).stream().anyMatch(s -> s.equals("Zones à risque naturel")
                    || s.equals("Usage des sols") || s.equals("Répartition des espèces"))) {
                inspire++;
            }
        }
        assertThat(ids).hasSize(2_000);
        assertThat(titles.size()).isGreaterThan(1_000);
        assertThat(types.get("dataset")).isBetween(1_500, 1_700);
        assertThat(types.get("series")).isBetween(90, 200);
        assertThat(types.get("service")).isBetween(70, 180);
        assertThat(types.get("nonGeographicDataset")).isBetween(90, 200);
        assertThat(inspire).isGreaterThan(100);
    }

    @Test
    void placesAreWrittenWithFrenchElision() {
        assertThat(FrenchRecordGenerator.of("Tours")).isEqualTo("de Tours");
        assertThat(FrenchRecordGenerator.of("Orléans")).isEqualTo("d'Orléans");
        assertThat(FrenchRecordGenerator.of("Le Mans")).isEqualTo("du Mans");
        assertThat(FrenchRecordGenerator.slug("Îlots de chaleur — Orléans Métropole"))
                .isEqualTo("ilots-de-chaleur-orleans-metropole");
    }
}
