package fr.crige.core.filter;

import static fr.crige.core.filter.TestSchemas.NO_GEOMETRY;
import static fr.crige.core.filter.TestSchemas.TOWNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.store.InvalidQueryException;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class FilterValidatorTest {

    private static AbstractThrowableAssert<?, ?> assertInvalid(Runnable r, String locator) {
        return assertThatThrownBy(r::run).isInstanceOf(InvalidQueryException.class)
                .satisfies(e -> assertThat(((InvalidQueryException) e).locator()).isEqualTo(locator));
    }

    @Test
    void acceptsAValidFilterSortAndSelection() {
        Filter f = Filter.and(Filter.equal("name", "Tours"), Filter.compare("population", ComparisonOperator.GREATER_THAN, "1000.5"),
                Filter.not(Filter.isNull("founded")), Filter.between("founded", "1900-01-01", "2000-12-31"),
                Filter.like("name", "T*"), Filter.bbox(new Envelope(0, 1, 0, 1), 0),
                new Filter.Spatial(SpatialOperator.INTERSECTS, new PropertyName("centre"), TestSchemas.wkt("POINT(1 1)"), 0),
                new Filter.Distance(DistanceOperator.DWITHIN, null, TestSchemas.wkt("POINT(1 1)"), 0, 10, "km"),
                Filter.ids("towns.1", "other.2"));
        assertThatCode(() -> FilterValidator.validate(TOWNS, f, List.of(SortBy.desc("population")),
                List.of("geom", "name"))).doesNotThrowAnyException();
    }

    @Test
    void unknownPropertyInFilterIsNamedByTheLocator() {
        assertInvalid(() -> FilterValidator.validateFilter(Filter.or(Filter.INCLUDE, Filter.equal("nme", "x")), TOWNS), "nme")
                .hasMessageContaining("nme");
        assertInvalid(() -> FilterValidator.validateFilter(Filter.not(Filter.isNull("nom\"; DROP TABLE x")), TOWNS),
                "nom\"; DROP TABLE x");
    }

    @Test
    void unknownSortKeyOrSelectedPropertyIsRejected() {
        assertInvalid(() -> FilterValidator.validateSortBy(List.of(SortBy.asc("name"), SortBy.asc("size")), TOWNS),
                FilterValidator.SORT_BY).hasMessageContaining("size");
        assertInvalid(() -> FilterValidator.validateSortBy(List.of(SortBy.asc("geom")), TOWNS), FilterValidator.SORT_BY);
        assertInvalid(() -> FilterValidator.validateProperties(List.of("name", "bogus"), TOWNS),
                FilterValidator.PROPERTY_NAME).hasMessageContaining("bogus");
        assertInvalid(() -> FilterValidator.validateProperties(List.of("name", "name"), TOWNS),
                FilterValidator.PROPERTY_NAME);
    }

    @Test
    void geometryOperatorsNeedAGeometry() {
        assertInvalid(() -> FilterValidator.validateFilter(
                new Filter.BBox(new PropertyName("name"), new Envelope(0, 1, 0, 1), 0), TOWNS), "name");
        assertInvalid(() -> FilterValidator.validateFilter(Filter.bbox(new Envelope(0, 1, 0, 1), 0), NO_GEOMETRY),
                "codes").hasMessageContaining("no geometry");
        assertThat(FilterValidator.geometryAttribute(null, TOWNS).name()).isEqualTo("geom");
        assertThat(FilterValidator.geometryAttribute(new PropertyName("centre"), TOWNS).name()).isEqualTo("centre");
    }

    @Test
    void valuesMustConvertToThePropertyType() {
        assertInvalid(() -> FilterValidator.validateFilter(Filter.equal("population", "' OR 1=1 --"), TOWNS), "population");
        assertInvalid(() -> FilterValidator.validateFilter(Filter.between("founded", "2000-01-01", "soon"), TOWNS), "founded");
        assertInvalid(() -> FilterValidator.validateFilter(Filter.equal("geom", "x"), TOWNS), "geom");
        assertInvalid(() -> FilterValidator.validateFilter(Filter.like("population", "1*"), TOWNS), "population");
        assertInvalid(() -> FilterValidator.validateFilter(new Filter.Comparison(ComparisonOperator.EQUAL_TO,
                new PropertyName("name"), new PropertyName("population"), true), TOWNS), "population");
    }

    @Test
    void distanceNeedsSupportedUnitsAndNonNegativeDistance() {
        assertInvalid(() -> FilterValidator.validateFilter(new Filter.Distance(DistanceOperator.BEYOND, null,
                TestSchemas.wkt("POINT(0 0)"), 0, 1, "furlong"), TOWNS), "uom");
        assertInvalid(() -> FilterValidator.validateFilter(new Filter.Distance(DistanceOperator.BEYOND, null,
                TestSchemas.wkt("POINT(0 0)"), 0, -1, null), TOWNS), "geom");
    }
}
