package fr.crige.core.filter;

import static fr.crige.core.filter.TestSchemas.wkt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class FilterCopierTest {

    /** Copies without overriding anything. */
    private static final FilterCopier IDENTITY = new FilterCopier() {
    };

    /** Replaces every IsNull predicate by EXCLUDE, the way transformations override one node kind. */
    private static final FilterCopier NO_NULLS = new FilterCopier() {
        @Override
        public Filter visit(Filter.IsNull f) {
            return Filter.EXCLUDE;
        }
    };

    @Test
    void returnsEveryPredicateUnchanged() {
        List<Filter> predicates = List.of(Filter.INCLUDE, Filter.EXCLUDE, Filter.equal("a", 1),
                Filter.like("a", "x*"), Filter.isNull("a"), Filter.between("a", 1, 2),
                Filter.bbox(new Envelope(0, 1, 0, 1), 4326),
                Filter.spatial(SpatialOperator.WITHIN, wkt("POINT(1 2)"), 0),
                new Filter.Distance(DistanceOperator.DWITHIN, null, wkt("POINT(1 1)"), 0, 2, "m"),
                Filter.ids("t.1"));
        for (Filter p : predicates) {
            assertThat(p.accept(IDENTITY)).isSameAs(p);
        }
    }

    @Test
    void rebuildsLogicalOperatorsFromTheirCopiedChildren() {
        Filter original = Filter.and(Filter.equal("a", 1),
                Filter.not(Filter.or(Filter.isNull("b"), Filter.like("c", "x*"))));
        assertThat(original.accept(IDENTITY)).isEqualTo(original).isNotSameAs(original);

        Filter copy = original.accept(NO_NULLS);
        assertThat(copy).isEqualTo(Filter.and(Filter.equal("a", 1),
                Filter.not(Filter.or(Filter.EXCLUDE, Filter.like("c", "x*")))));
        Filter.And and = (Filter.And) copy;
        assertThat(and.children().get(0)).isSameAs(((Filter.And) original).children().get(0));
    }
}
