package fr.crige.store.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.DistanceOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.store.InvalidQueryException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBReader;

class FilterToSqlTest {
    private static final PostgisColumn GID = new PostgisColumn("gid", "int4", AttributeType.INTEGER, 0);
    private static final PostgisColumn NOM = new PostgisColumn("nom", "text", AttributeType.STRING, 0);
    private static final PostgisColumn POPULATION = new PostgisColumn("population", "int4", AttributeType.INTEGER, 0);
    private static final PostgisColumn DATE = new PostgisColumn("date_releve", "date", AttributeType.DATE, 0);
    private static final PostgisColumn CODE = new PostgisColumn("code", "uuid", AttributeType.STRING, 0);
    private static final PostgisColumn GEOM = new PostgisColumn("geom", "geometry", AttributeType.GEOMETRY, 2154);
    private static final PostgisTable COMMUNES = new PostgisTable("cvl", "communes",
            new FeatureSchema("communes", "gid", List.of(
                    AttributeDescriptor.of("nom", AttributeType.STRING, false),
                    AttributeDescriptor.of("population", AttributeType.INTEGER, true),
                    AttributeDescriptor.of("date_releve", AttributeType.DATE, true),
                    AttributeDescriptor.of("code", AttributeType.STRING, true),
                    AttributeDescriptor.geometry("geom", GeometryKind.MULTIPOLYGON, 2154, false))),
            GID, Map.of("nom", NOM, "population", POPULATION, "date_releve", DATE, "code", CODE, "geom", GEOM));

    private static SqlFragment encode(Filter f) {
        return FilterToSql.encode(f, COMMUNES);
    }

    @Test
    void comparisonsBindConvertedValues() {
        SqlFragment sql = encode(Filter.and(
                Filter.compare("population", ComparisonOperator.GREATER_THAN, "1000.5"),
                Filter.equal("date_releve", "2024-05-01")));
        assertThat(sql.text()).isEqualTo("(\"population\" > ? AND \"date_releve\" = ?)");
        assertThat(sql.parameters()).containsExactly(new BigDecimal("1000.5"), LocalDate.of(2024, 5, 1));
    }

    @Test
    void valuesNeverReachTheSqlText() {
        String hostile = "x'; DROP TABLE communes; --";
        SqlFragment sql = encode(Filter.or(Filter.equal("nom", hostile), Filter.like("nom", hostile + "*")));
        assertThat(sql.text()).doesNotContain("DROP").doesNotContain("'x");
        assertThat(sql.parameters()).containsExactly(hostile, "x'; DROP TABLE communes; --%");
    }

    @Test
    void orderingTextComparisonsUseCodePointOrderAndCaseFolding() {
        Filter ci = new Filter.Comparison(ComparisonOperator.LESS_THAN, new PropertyName("nom"), new Literal("M"), false);
        assertThat(encode(ci).text()).isEqualTo("(lower(\"nom\") COLLATE \"C\") < (lower(?) COLLATE \"C\")");
        assertThat(encode(Filter.between("nom", "A", "B")).text())
                .isEqualTo("(\"nom\" COLLATE \"C\") BETWEEN (? COLLATE \"C\") AND (? COLLATE \"C\")");
    }

    @Test
    void nonTextStringColumnsAreComparedAsText() {
        assertThat(encode(Filter.equal("code", "abc")).text()).isEqualTo("\"code\"::text = ?");
    }

    @Test
    void likeTranslatesTheRequestWildcardsAndEscapesSqlOnes() {
        Filter like = new Filter.Like(new PropertyName("nom"), "100%_T*", '*', '.', '!', false);
        SqlFragment sql = encode(like);
        assertThat(sql.text()).isEqualTo("\"nom\" ILIKE ? ESCAPE '\\'");
        assertThat(sql.parameters()).containsExactly("100\\%\\_T%");
    }

    @Test
    void bboxUsesTheIndexAndAnExactTest() {
        SqlFragment sql = encode(Filter.bbox(new Envelope(1, 3, 2, 4), 2154));
        assertThat(sql.text()).isEqualTo("(\"geom\" && ST_MakeEnvelope(?, ?, ?, ?, 2154)"
                + " AND ST_Intersects(\"geom\", ST_MakeEnvelope(?, ?, ?, ?, 2154)))");
        assertThat(sql.parameters()).containsExactly(1.0, 2.0, 3.0, 4.0, 1.0, 2.0, 3.0, 4.0);
    }

    @Test
    void looseBboxComparesEnvelopesOnlyOutsideNegations() {
        Filter box = Filter.bbox(new Envelope(1, 3, 2, 4), 2154);
        SqlFragment loose = FilterToSql.encode(Filter.and(box, Filter.not(box)), COMMUNES, true);
        assertThat(loose.text()).isEqualTo("((\"geom\" && ST_MakeEnvelope(?, ?, ?, ?, 2154))"
                + " AND NOT ((\"geom\" && ST_MakeEnvelope(?, ?, ?, ?, 2154)"
                + " AND ST_Intersects(\"geom\", ST_MakeEnvelope(?, ?, ?, ?, 2154)))))");
    }

    @Test
    void spatialAndDistanceOperatorsBindTheLiteralAsWkb() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        var point = gf.createPoint(new Coordinate(600000, 6700000));
        SqlFragment within = encode(Filter.spatial(SpatialOperator.WITHIN, point, 2154));
        assertThat(within.text()).isEqualTo("ST_Within(\"geom\", ST_GeomFromWKB(?, 2154))");
        assertThat(new WKBReader().read((byte[]) within.parameters().get(0))).isEqualTo(point);

        SqlFragment beyond = encode(new Filter.Distance(DistanceOperator.BEYOND, null, point, 2154, 250, null));
        assertThat(beyond.text()).isEqualTo("NOT ST_DWithin(\"geom\", ST_GeomFromWKB(?, 2154), ?)");
        assertThat(beyond.parameters().get(1)).isEqualTo(250.0);
    }

    @Test
    void resourceIdsKeepTheKeysOfThisTypeThatFitThePrimaryKey() {
        SqlFragment sql = encode(Filter.ids("communes.12", "roads.3", "communes.x'1", "communes.012"));
        assertThat(sql.text()).isEqualTo("\"gid\" IN (?)");
        assertThat(sql.parameters()).containsExactly(12);
        assertThat(encode(Filter.ids("roads.3")).text()).isEqualTo("FALSE");
    }

    @Test
    void logicalOperatorsNest() {
        SqlFragment sql = encode(Filter.not(Filter.or(Filter.isNull("nom"), new Filter.And(List.of()))));
        assertThat(sql.text()).isEqualTo("NOT ((\"nom\" IS NULL OR TRUE))");
        assertThat(encode(Filter.INCLUDE).text()).isEqualTo("TRUE");
        assertThat(encode(Filter.EXCLUDE).text()).isEqualTo("FALSE");
    }

    @Test
    void unknownPropertiesFailBeforeAnySql() {
        assertThatThrownBy(() -> encode(Filter.equal("nom\"; DROP TABLE x; --", "a")))
                .isInstanceOf(InvalidQueryException.class)
                .extracting(e -> ((InvalidQueryException) e).locator()).isEqualTo("nom\"; DROP TABLE x; --");
    }

    @Test
    void identifiersAreQuoted() {
        assertThat(SqlIdentifier.qualified("my schema", "we\"ird")).isEqualTo("\"my schema\".\"we\"\"ird\"");
    }
}
