package fr.crige.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class FilterPropertiesTest {

    @Test
    void collectsEveryNamedPropertyThroughLogicalOperators() {
        Filter f = Filter.and(
                Filter.or(Filter.equal("kind", "x"), Filter.like("name", "A*")),
                Filter.not(Filter.between("area", 1, 2)),
                Filter.isNull("updated"),
                new Filter.Comparison(ComparisonOperator.LESS_THAN, new PropertyName("low"), new PropertyName("high"),
                        true),
                new Filter.BBox(new PropertyName("other_geom"), new Envelope(0, 1, 0, 1), 0));
        assertThat(FilterProperties.of(f))
                .containsExactly("area", "high", "kind", "low", "name", "other_geom", "updated");
    }

    @Test
    void theDefaultGeometryAndIdsAreNotNamed() {
        assertThat(FilterProperties.of(Filter.and(Filter.bbox(new Envelope(0, 1, 0, 1), 2154), Filter.ids("t.1"))))
                .isEmpty();
        assertThat(FilterProperties.of(Filter.INCLUDE)).isEmpty();
    }
}
