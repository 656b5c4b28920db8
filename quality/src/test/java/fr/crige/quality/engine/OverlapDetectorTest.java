package fr.crige.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.quality.model.Level;
import fr.crige.quality.model.TopologyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The plane sweep finds exactly the overlapping pairs a comparison of every pair finds. */
class OverlapDetectorTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final TopologyRule RULE = new TopologyRule("NO_OVERLAP", null, "GEOMETRY_OVERLAP", Level.ERROR,
            0.01);

    private static List<List<Long>> overlaps(List<Geometry> geometries) {
        FindingSink sink = new FindingSink("s", "T", "f");
        try (OverlapDetector detector = new OverlapDetector("T", RULE)) {
            for (int i = 0; i < geometries.size(); i++) {
                detector.add(i + 1, geometries.get(i));
            }
            detector.report(sink);
        }
        return sink.findings().stream().map(Finding::rows).toList();
    }

    private static List<List<Long>> everyPair(List<Geometry> geometries) {
        List<List<Long>> pairs = new ArrayList<>();
        for (int i = 0; i < geometries.size(); i++) {
            for (int j = i + 1; j < geometries.size(); j++) {
                if (geometries.get(i).intersection(geometries.get(j)).getArea() > RULE.areaTolerance()) {
                    pairs.add(List.of(i + 1L, j + 1L));
                }
            }
        }
        return pairs;
    }

    @Test
    void aTilingHasNoOverlapAndSharedEdgesAreNotOverlaps() {
        List<Geometry> tiles = new ArrayList<>();
        for (int x = 0; x < 30; x++) {
            for (int y = 0; y < 30; y++) {
                tiles.add(GF.toGeometry(new Envelope(x * 10, x * 10 + 10, y * 10, y * 10 + 10)));
            }
        }
        assertThat(overlaps(tiles)).isEmpty();
    }

    @Test
    void anOverlapIsFoundAfterAPairThatOnlyTouches() {
        // swept west to east: 2 is first compared with 1 (shared edge), then 3 with 2 (overlap of 1 x 1)
        List<Geometry> geometries = List.of(GF.toGeometry(new Envelope(0, 2, 0, 2)),
                GF.toGeometry(new Envelope(2, 4, 0, 2)), GF.toGeometry(new Envelope(3, 5, 1, 3)));
        assertThat(overlaps(geometries)).containsExactly(List.of(2L, 3L));
        assertThat(overlaps(geometries)).containsExactly(List.of(2L, 3L));
    }

    @Test
    void findsTheSamePairsAsComparingEveryPairInRowOrder() {
        Random random = new Random(42);
        List<Geometry> geometries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double x = random.nextDouble() * 1000 - 500; // negative coordinates too: the sort key keeps their order
            double y = random.nextDouble() * 1000;
            double w = i % 50 == 0 ? 600 : 5 + random.nextDouble() * 40; // a few long ones stay on the sweep line
            geometries.add(GF.toGeometry(new Envelope(x, x + w, y, y + 5 + random.nextDouble() * 40)).buffer(1, 2));
        }
        List<List<Long>> expected = everyPair(geometries);

        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(overlaps(geometries)).containsExactlyElementsOf(expected);
    }

    @Test
    void anOverlapFindingLocatesAndMeasuresTheIntersection() {
        FindingSink sink = new FindingSink("s", "T", "f");
        try (OverlapDetector detector = new OverlapDetector("T", RULE)) {
            detector.add(7, GF.toGeometry(new Envelope(5, 15, 0, 10)));
            detector.add(3, GF.toGeometry(new Envelope(0, 10, 0, 10)));
            detector.report(sink);
        }
        Finding f = sink.findings().get(0);
        assertThat(f.rows()).containsExactly(3L, 7L);
        assertThat(f.intersectionArea()).isEqualTo(50.0);
        assertThat(f.ruleId()).isEqualTo("T.NO_OVERLAP");
        assertThat(f.errorGeometry()).startsWith("POINT (");
    }
}
