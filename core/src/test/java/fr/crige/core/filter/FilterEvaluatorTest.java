package fr.crige.core.filter;

import static fr.crige.core.filter.TestSchemas.TOWNS;
import static fr.crige.core.filter.TestSchemas.town;
import static fr.crige.core.filter.TestSchemas.wkt;
import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.feature.Feature;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class FilterEvaluatorTest {

    private static final String SQUARE = "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))";
    private final Feature tours = town(1, "Tours", 136_000, 34.4, true, LocalDate.of(1800, 1, 1), SQUARE);
    private final Feature chinon = town(2, "Chinon", 7_900, 81.0, false, LocalDate.of(1950, 6, 1),
            "POLYGON((20 0, 30 0, 30 10, 20 10, 20 0))");
    private final Feature ghost = town(3, "Écueillé", null, null, null, null, null);
    private final List<Feature> all = List.of(tours, chinon, ghost);

    private List<String> select(Filter f) {
        FilterValidator.validateFilter(f, TOWNS);
        FilterEvaluator e = FilterEvaluator.compile(f, TOWNS);
        return all.stream().filter(e).map(Feature::id).toList();
    }

    @Test
    void comparesNumbersAcrossTypesAndConvertsStrings() {
        assertThat(select(Filter.compare("population", ComparisonOperator.GREATER_THAN, "7900"))).containsExactly("towns.1");
        assertThat(select(Filter.compare("population", ComparisonOperator.LESS_THAN_OR_EQUAL_TO, 7900.0)))
                .containsExactly("towns.2");
        assertThat(select(Filter.compare("area", ComparisonOperator.EQUAL_TO, "81"))).containsExactly("towns.2");
        assertThat(select(Filter.between("population", 7900, "136000"))).containsExactly("towns.1", "towns.2");
    }

    @Test
    void comparesStringsByCodePointAndOptionallyIgnoringCase() {
        assertThat(select(Filter.compare("name", ComparisonOperator.GREATER_THAN, "Tours"))).containsExactly("towns.3");
        assertThat(select(new Filter.Comparison(ComparisonOperator.EQUAL_TO, new PropertyName("name"),
                new Literal("ÉCUEILLÉ"), false))).containsExactly("towns.3");
        assertThat(select(Filter.equal("name", "tours"))).isEmpty();
    }

    @Test
    void comparesDatesAndBooleans() {
        assertThat(select(Filter.compare("founded", ComparisonOperator.GREATER_THAN_OR_EQUAL_TO, "1950-06-01")))
                .containsExactly("towns.2");
        assertThat(select(Filter.equal("capital", "true"))).containsExactly("towns.1");
    }

    @Test
    void nullsFollowSqlThreeValuedLogic() {
        Filter small = Filter.compare("population", ComparisonOperator.LESS_THAN, 10_000);
        assertThat(select(small)).containsExactly("towns.2");
        assertThat(select(Filter.not(small))).containsExactly("towns.1");
        assertThat(select(Filter.or(Filter.not(small), Filter.isNull("population")))).containsExactly("towns.1", "towns.3");
        assertThat(select(Filter.not(Filter.and(small, Filter.EXCLUDE)))).containsExactly("towns.1", "towns.2", "towns.3");
        assertThat(select(Filter.not(Filter.between("population", 0, 10)))).containsExactly("towns.1", "towns.2");
        assertThat(select(Filter.not(Filter.like("name", "*")))).isEmpty();
    }

    @Test
    void likeUsesTheRequestCharactersAndCase() {
        assertThat(select(new Filter.Like(new PropertyName("name"), "c%N_N", '%', '_', '\\', false)))
                .containsExactly("towns.2");
        assertThat(select(new Filter.Like(new PropertyName("name"), "c%N_N", '%', '_', '\\', true))).isEmpty();
        assertThat(select(Filter.like("name", "É*"))).containsExactly("towns.3");
        assertThat(select(Filter.like("name", "' OR 1=1 --"))).isEmpty();
        assertThat(select(Filter.like("name", ".*"))).containsExactly("towns.1", "towns.2", "towns.3");
        assertThat(select(Filter.like("name", "(.*"))).isEmpty();
    }

    @Test
    void spatialOperatorsUseJts() {
        assertThat(select(Filter.bbox(new Envelope(5, 25, 5, 6), 0))).containsExactly("towns.1", "towns.2");
        assertThat(select(Filter.spatial(SpatialOperator.INTERSECTS, wkt("POINT(25 5)"), 0))).containsExactly("towns.2");
        assertThat(select(Filter.spatial(SpatialOperator.CONTAINS, wkt("POINT(25 5)"), 0))).containsExactly("towns.2");
        assertThat(select(Filter.spatial(SpatialOperator.WITHIN, wkt("POLYGON((-1 -1, 11 -1, 11 11, -1 11, -1 -1))"), 0)))
                .containsExactly("towns.1");
        assertThat(select(Filter.spatial(SpatialOperator.DISJOINT, wkt("POINT(25 5)"), 0))).containsExactly("towns.1");
        assertThat(select(Filter.spatial(SpatialOperator.TOUCHES, wkt("LINESTRING(10 0, 20 0)"), 0)))
                .containsExactly("towns.1", "towns.2");
        assertThat(select(Filter.spatial(SpatialOperator.CROSSES, wkt("LINESTRING(5 5, 15 5)"), 0))).containsExactly("towns.1");
        assertThat(select(Filter.spatial(SpatialOperator.OVERLAPS, wkt("POLYGON((5 5, 15 5, 15 15, 5 15, 5 5))"), 0)))
                .containsExactly("towns.1");
        assertThat(select(Filter.spatial(SpatialOperator.EQUALS, wkt("POLYGON((10 10, 10 0, 0 0, 0 10, 10 10))"), 0)))
                .containsExactly("towns.1");
        assertThat(select(new Filter.Spatial(SpatialOperator.INTERSECTS, new PropertyName("centre"),
                wkt("POINT(5 5)"), 0))).containsExactly("towns.1");
    }

    @Test
    void distanceOperatorsConvertMetricUnits() {
        Filter within = new Filter.Distance(DistanceOperator.DWITHIN, null, wkt("POINT(15 5)"), 0, 5, null);
        assertThat(select(within)).containsExactly("towns.1", "towns.2");
        assertThat(select(new Filter.Distance(DistanceOperator.DWITHIN, null, wkt("POINT(15 5)"), 0, 4.99, "m")))
                .isEmpty();
        assertThat(select(new Filter.Distance(DistanceOperator.DWITHIN, null, wkt("POINT(15 5)"), 0, 0.005, "km")))
                .containsExactly("towns.1", "towns.2");
        assertThat(select(new Filter.Distance(DistanceOperator.BEYOND, null, wkt("POINT(35 5)"), 0, 5, null)))
                .containsExactly("towns.1");
    }

    @Test
    void resourceIdMatchesWholeIdsOnly() {
        assertThat(select(Filter.ids("towns.2", "towns.9", "roads.1", "towns."))).containsExactly("towns.2");
        assertThat(select(Filter.ids("other.1"))).isEmpty();
    }

    @Test
    void compareCodePointsOrdersSupplementaryCharactersAfterBmp() {
        assertThat(FilterEvaluator.compareCodePoints("\uFFFF", "\uD83D\uDE00")).isNegative();
        assertThat("\uFFFF".compareTo("\uD83D\uDE00")).isPositive();
        assertThat(FilterEvaluator.compareCodePoints("ab", "abc")).isNegative();
    }
}
