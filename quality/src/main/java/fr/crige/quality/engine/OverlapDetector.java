package fr.crige.quality.engine;

import fr.crige.quality.model.TopologyRule;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the pairs of features of a table whose intersection area exceeds the tolerance (rule-model.md §5,
 * noOverlap), with an STR-tree so that only features with intersecting envelopes are compared (about
 * n·log n instead of n²). Features sharing only an edge intersect with area 0 and do not overlap.
 */
final class OverlapDetector {

    private final String table;
    private final TopologyRule rule;
    private final List<Geometry> geometries = new ArrayList<>();
    private final List<Long> rows = new ArrayList<>();

    OverlapDetector(String table, TopologyRule rule) {
        this.table = table;
        this.rule = rule;
    }

    void add(long row, Geometry geometry) {
        rows.add(row);
        geometries.add(geometry);
    }

    void report(FindingSink sink) {
        STRtree index = new STRtree();
        for (int i = 0; i < geometries.size(); i++) {
            index.insert(geometries.get(i).getEnvelopeInternal(), i);
        }
        index.build();
        for (int i = 0; i < geometries.size(); i++) {
            Geometry a = geometries.get(i);
            Envelope envelope = a.getEnvelopeInternal();
            PreparedGeometry prepared = null;
            @SuppressWarnings("unchecked")
            List<Integer> candidates = index.query(envelope);
            candidates.sort(null);
            for (int j : candidates) {
                if (j <= i) {
                    continue;
                }
                Geometry b = geometries.get(j);
                if (prepared == null) {
                    prepared = PreparedGeometryFactory.prepare(a);
                }
                if (!prepared.intersects(b)) {
                    continue;
                }
                Geometry intersection = a.intersection(b);
                double area = intersection.getArea();
                if (area > rule.areaTolerance()) {
                    sink.add(sink.create(rule.code(), rule.severity(), table + "." + rule.id())
                            .rows(List.of(rows.get(i), rows.get(j))).attribute("geometry")
                            .intersectionArea(area).errorGeometry(intersection.getInteriorPoint().toText()));
                }
            }
        }
    }
}
