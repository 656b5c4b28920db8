package fr.crige.core.filter;

import static fr.crige.core.filter.TestSchemas.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.crs.Crs;
import fr.crige.core.crs.CrsService;
import fr.crige.core.store.InvalidQueryException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

class FilterReprojectorTest {

    /** A fake CRS world: EPSG:9999 is "projected", EPSG:4326 geographic; 9999 = 4326 scaled by 100 000. */
    private static final class ScalingCrsService implements CrsService {
        @Override
        public Crs decode(String identifier) {
            throw new AssertionError("the reprojector works with codes, it never decodes identifiers");
        }

        @Override
        public Crs forSrid(int srid) {
            return new Crs(srid, "test " + srid, false, srid == 4326);
        }

        @Override
        public List<Crs> supported() {
            return List.of();
        }

        private double factor(int from, int to) {
            return from == to ? 1 : from == 4326 ? 100_000 : 1e-5;
        }

        @Override
        public Geometry transform(Geometry g, int from, int to) {
            return AffineTransformation.scaleInstance(factor(from, to), factor(from, to)).transform(g);
        }

        @Override
        public Envelope transform(Envelope e, int from, int to) {
            double f = factor(from, to);
            return new Envelope(e.getMinX() * f, e.getMaxX() * f, e.getMinY() * f, e.getMaxY() * f);
        }

        @Override
        public Envelope domainOfValidity(int srid) {
            return null;
        }
    }

    private final FilterReprojector reprojector = new FilterReprojector(new ScalingCrsService());

    @Test
    void transformsNestedGeometriesAndKeepsOtherPredicates() {
        Filter f = Filter.and(Filter.equal("name", "x"), Filter.not(Filter.or(
                Filter.bbox(new Envelope(1, 2, 3, 4), 4326),
                Filter.spatial(SpatialOperator.WITHIN, wkt("POINT(1 2)"), 4326))));
        Filter r = reprojector.reproject(f, 9999);
        Filter.And and = (Filter.And) r;
        assertThat(and.children().get(0)).isSameAs(((Filter.And) f).children().get(0));
        Filter.Or or = (Filter.Or) ((Filter.Not) and.children().get(1)).child();
        Filter.BBox bbox = (Filter.BBox) or.children().get(0);
        assertThat(bbox.envelope()).isEqualTo(new Envelope(100_000, 200_000, 300_000, 400_000));
        assertThat(bbox.srid()).isEqualTo(9999);
        Filter.Spatial spatial = (Filter.Spatial) or.children().get(1);
        assertThat(spatial.geometry().getCoordinate().x).isEqualTo(100_000);
        assertThat(spatial.srid()).isEqualTo(9999);
    }

    @Test
    void nativeLiteralsOnlyGetTheTargetSrid() {
        Geometry p = wkt("POINT(5 5)");
        Filter.Spatial s = (Filter.Spatial) reprojector.reproject(Filter.spatial(SpatialOperator.INTERSECTS, p, 0), 9999);
        assertThat(s.geometry()).isSameAs(p);
        assertThat(s.srid()).isEqualTo(9999);
    }

    @Test
    void distanceIsConvertedToTargetUnits() {
        Filter.Distance d = (Filter.Distance) reprojector.reproject(
                new Filter.Distance(DistanceOperator.DWITHIN, null, wkt("POINT(1 1)"), 4326, 2, "km"), 9999);
        assertThat(d.distance()).isEqualTo(2000);
        assertThat(d.units()).isNull();
        assertThat(d.geometry().getCoordinate().x).isEqualTo(100_000);
        Filter.Distance native0 = (Filter.Distance) reprojector.reproject(
                new Filter.Distance(DistanceOperator.BEYOND, null, wkt("POINT(1 1)"), 0, 7, null), 9999);
        assertThat(native0.distance()).isEqualTo(7);
    }

    @Test
    void distanceWithoutUnitsUsesTheUnitsOfTheLiteralCrs() {
        assertThatThrownBy(() -> reprojector.reproject(
                new Filter.Distance(DistanceOperator.DWITHIN, null, wkt("POINT(1 1)"), 4326, 0.1, null), 9999))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> reprojector.reproject(
                new Filter.Distance(DistanceOperator.DWITHIN, null, wkt("POINT(1 1)"), 0, 10, "m"), 4326))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("geographic");
    }
}
