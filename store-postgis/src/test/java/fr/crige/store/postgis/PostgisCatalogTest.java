package fr.crige.store.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.SortBy;
import fr.crige.core.query.Query;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.UnknownTypeException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How PostgreSQL relations become feature types: type mapping, primary keys, views, geometry columns
 * without constraints, and the exclusion of PostGIS's own tables.
 */
class PostgisCatalogTest {
    private static final String SCHEMA = "crige_catalog";
    private static DataStore store;

    @BeforeAll
    static void createTables() throws Exception {
        PostgisTestDatabase.createSchema(SCHEMA,
                "CREATE DOMAIN " + SCHEMA + ".code AS varchar(8)",
                """
                    CREATE TABLE crige_catalog.mixed (
                      id bigint PRIMARY KEY, small smallint, big bigint, real4 real, amount numeric(10,2),
                      flag boolean NOT NULL, stamp timestamp, stamptz timestamptz, at time, raw bytea,
                      key uuid, doc jsonb, tags text[], label crige_catalog.code, fixed char(3),
                      shape geometry(PolygonZ, 4326), anything geometry)""",
                """
                    INSERT INTO crige_catalog.mixed VALUES
                      (10, 1, 9000000000, 1.5, 12.34, true, '2024-05-01 10:00', '2024-05-01 10:00+02', '08:30',
                       '\\x0102', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a": 1}', '{x,y}', 'AB', 'abc',
                       'SRID=4326;POLYGON((1 47 10, 2 47 10, 2 48 10, 1 47 10))', 'POINT(1 2)'),
                      (20, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                       NULL, NULL)""",
                "CREATE VIEW crige_catalog.flagged AS SELECT id, label FROM crige_catalog.mixed WHERE flag");
        store = DataStoreRegistry.fromClassPath().get("postgis")
                .open(PostgisTestDatabase.storeParameters(SCHEMA), new StoreContext(Path.of("."), null));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void mapsPostgresqlTypes() {
        FeatureSchema s = store.schema("mixed");
        assertThat(s.idColumn()).contains("id");
        assertThat(s.attributes()).extracting(AttributeDescriptor::name).doesNotContain("id");
        assertThat(types(s)).containsExactly(
                Map.entry("small", AttributeType.INTEGER), Map.entry("big", AttributeType.LONG),
                Map.entry("real4", AttributeType.DOUBLE), Map.entry("amount", AttributeType.DECIMAL),
                Map.entry("flag", AttributeType.BOOLEAN), Map.entry("stamp", AttributeType.DATETIME),
                Map.entry("stamptz", AttributeType.DATETIME_TZ), Map.entry("at", AttributeType.TIME),
                Map.entry("raw", AttributeType.BINARY), Map.entry("key", AttributeType.STRING),
                Map.entry("doc", AttributeType.STRING), Map.entry("tags", AttributeType.STRING),
                Map.entry("label", AttributeType.STRING), Map.entry("fixed", AttributeType.STRING),
                Map.entry("shape", AttributeType.GEOMETRY), Map.entry("anything", AttributeType.GEOMETRY));
        assertThat(s.attribute("flag").orElseThrow().nullable()).isFalse();
        assertThat(s.attribute("label").orElseThrow().length()).isEqualTo(8);
        assertThat(s.attribute("fixed").orElseThrow().length()).isEqualTo(3);
        AttributeDescriptor shape = s.attribute("shape").orElseThrow();
        assertThat(shape.geometryKind()).isEqualTo(GeometryKind.POLYGON);
        assertThat(shape.srid()).isEqualTo(4326);
        assertThat(s.defaultGeometry()).contains(shape);
        assertThat(s.attribute("anything").orElseThrow().geometryKind()).isEqualTo(GeometryKind.GEOMETRY);
    }

    @Test
    void readsValuesAsTheirJavaTypes() {
        Feature f = read(Query.builder("mixed").filter(Filter.ids("mixed.10")).build()).get(0);
        assertThat(f.id()).isEqualTo("mixed.10");
        assertThat(f.get("small")).isEqualTo(1);
        assertThat(f.get("big")).isEqualTo(9_000_000_000L);
        assertThat(f.get("real4")).isEqualTo(1.5);
        assertThat(f.get("amount")).isEqualTo(new BigDecimal("12.34"));
        assertThat(f.get("stamp")).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 0));
        assertThat(((OffsetDateTime) f.get("stamptz")).toInstant())
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC).toInstant());
        assertThat(f.get("raw")).isEqualTo(new byte[] {1, 2});
        assertThat(f.get("key")).isEqualTo("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        assertThat(f.get("doc")).isEqualTo("{\"a\": 1}");
        assertThat(f.get("tags")).isEqualTo("{x,y}");
        assertThat(f.geometry().getCoordinates()).hasSize(4);
        assertThat(f.geometry().getSRID()).isEqualTo(4326);
        Feature empty = read(Query.builder("mixed").filter(Filter.ids("mixed.20")).build()).get(0);
        assertThat(empty.get("small")).isNull();
        assertThat(empty.geometry()).isNull();
    }

    @Test
    void filtersOnMappedTypes() {
        assertThat(count(Filter.equal("key", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"))).isEqualTo(1);
        assertThat(count(Filter.compare("stamptz", ComparisonOperator.LESS_THAN, "2024-05-01T09:00:00Z"))).isEqualTo(1);
        assertThat(count(Filter.compare("amount", ComparisonOperator.GREATER_THAN, "12.3"))).isEqualTo(1);
        assertThat(count(Filter.equal("big", "9000000000"))).isEqualTo(1);
        assertThat(count(Filter.like("label", "A*"))).isEqualTo(1);
        assertThat(read(Query.builder("mixed").sortBy(SortBy.desc("small")).build()))
                .extracting(Feature::id).containsExactly("mixed.20", "mixed.10");
    }

    @Test
    void viewsAreTypesWithoutIds() {
        assertThat(store.typeNames()).containsExactly("flagged", "mixed");
        assertThat(store.schema("flagged").idColumn()).isEmpty();
        assertThat(read(Query.all("flagged"))).singleElement()
                .satisfies(f -> assertThat(f.id()).isNull())
                .satisfies(f -> assertThat(f.get("label")).isEqualTo("AB"));
        assertThat(store.count(Query.builder("flagged").filter(Filter.ids("flagged.10")).build())).isZero();
    }

    @Test
    void postgisOwnTablesAreNotFeatureTypes() {
        try (DataStore publicSchema = new PostgisStoreFactory().open(PostgisTestDatabase.storeParameters("public"),
                new StoreContext(Path.of("."), null))) {
            assertThat(publicSchema.typeNames()).doesNotContain("spatial_ref_sys", "geometry_columns",
                    "geography_columns");
            assertThatThrownBy(() -> publicSchema.schema("spatial_ref_sys")).isInstanceOf(UnknownTypeException.class);
        }
    }

    private static long count(Filter f) {
        return store.count(Query.builder("mixed").filter(f).build());
    }

    private static List<Map.Entry<String, AttributeType>> types(FeatureSchema s) {
        return s.attributes().stream().map(a -> Map.entry(a.name(), a.type())).toList();
    }

    private static List<Feature> read(Query q) {
        List<Feature> out = new ArrayList<>();
        try (FeatureReader r = store.features(q)) {
            while (r.hasNext()) {
                out.add(r.next());
            }
        }
        return out;
    }
}
