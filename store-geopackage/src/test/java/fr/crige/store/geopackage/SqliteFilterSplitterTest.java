package fr.crige.store.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.filter.SpatialOperator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class SqliteFilterSplitterTest {
    private static final FeatureSchema SCHEMA = new FeatureSchema("towns", "fid", List.of(
            AttributeDescriptor.of("name", AttributeType.STRING, false),
            AttributeDescriptor.of("pop", AttributeType.INTEGER, true),
            AttributeDescriptor.of("capital", AttributeType.BOOLEAN, true),
            AttributeDescriptor.of("founded", AttributeType.DATE, true),
            AttributeDescriptor.of("updated", AttributeType.DATETIME_TZ, true),
            AttributeDescriptor.geometry("geom", GeometryKind.POLYGON, 2154, false)));
    private final SqliteFilterSplitter splitter =
            new SqliteFilterSplitter(new GeoPackageTable(SCHEMA, "geom", "rtree_towns_geom", 2154));

    @Test
    void bindsValuesAndTranslatesExactPredicatesCompletely() {
        SplitFilter s = splitter.split(Filter.and(Filter.equal("name", "'; DROP TABLE towns; --"),
                Filter.compare("pop", ComparisonOperator.GREATER_THAN, "10.5"), Filter.equal("capital", "true"),
                Filter.between("founded", "2000-01-01", "2010-12-31"), Filter.not(Filter.isNull("pop")),
                Filter.ids("towns.3", "towns.03", "roads.4", "towns.x")));
        assertThat(s.hasResidual()).isFalse();
        assertThat(s.where().sql()).doesNotContain("DROP").contains("\"name\" = ?", "\"pop\" > ?",
                "\"founded\" BETWEEN ? AND ?", "NOT (\"pop\" IS NULL)", "\"fid\" IN (?)");
        assertThat(s.where().params()).containsExactly("'; DROP TABLE towns; --", 10.5, 1, "2000-01-01",
                "2010-12-31", 3L);
    }

    @Test
    void keepsInMemoryOnlyTheConjunctsSqlCannotSettle() {
        Filter caseInsensitive = new Filter.Comparison(ComparisonOperator.EQUAL_TO, new PropertyName("name"),
                new Literal("TOURS"), false);
        Filter timestamp = Filter.compare("updated", ComparisonOperator.LESS_THAN, "2024-01-01T00:00:00Z");
        SplitFilter s = splitter.split(Filter.and(Filter.equal("pop", 3), caseInsensitive, timestamp));
        assertThat(s.where().sql()).isEqualTo("(\"pop\" = ?)");
        assertThat(s.residual()).isEqualTo(Filter.and(caseInsensitive, timestamp));
    }

    @Test
    void usesTheRtreeAsPrefilterAndKeepsTheExactTest() {
        Filter bbox = Filter.bbox(new Envelope(1, 2, 3, 4), 2154);
        SplitFilter s = splitter.split(bbox);
        assertThat(s.where().sql()).contains("\"rtree_towns_geom\"");
        assertThat(s.where().params()).containsExactly(2.0, 1.0, 4.0, 3.0);
        assertThat(s.residual()).isSameAs(bbox);
        Filter disjoint = Filter.spatial(SpatialOperator.DISJOINT, new GeometryFactory().createPoint(), 2154);
        assertThat(splitter.split(disjoint).where()).isNull();
    }

    @Test
    void likeIsAPrefilterWithEscapedPatternAndNotOfAPrefilterStaysInMemory() {
        Filter like = new Filter.Like(new PropertyName("name"), "100%*", '*', '.', '!', true);
        SplitFilter s = splitter.split(like);
        assertThat(s.where().sql()).isEqualTo("\"name\" LIKE ? ESCAPE '\\'");
        assertThat(s.where().params()).containsExactly("100\\%%");
        assertThat(s.residual()).isSameAs(like);
        SplitFilter not = splitter.split(Filter.not(like));
        assertThat(not.where()).isNull();
        assertThat(not.residual()).isEqualTo(Filter.not(like));
    }

    @Test
    void orNeedsAConditionOnEveryBranch() {
        Filter ci = new Filter.Comparison(ComparisonOperator.EQUAL_TO, new PropertyName("name"), new Literal("x"), false);
        assertThat(splitter.split(Filter.or(Filter.equal("pop", 1), ci)).where()).isNull();
        SplitFilter both = splitter.split(Filter.or(Filter.equal("pop", 1), Filter.equal("pop", 2)));
        assertThat(both.hasResidual()).isFalse();
        assertThat(both.where().sql()).isEqualTo("(\"pop\" = ?) OR (\"pop\" = ?)");
    }
}
