package fr.crige.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.crige.core.crs.CrsService;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.DistanceOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.filter.SortBy;
import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.query.Query;
import fr.crige.core.query.QueryHints;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The behaviour every {@link DataStore} must have, checked on the sample dataset of the project (Centre-Val
 * de Loire: {@code data-dir/data/cvl.gpkg}, loaded identically into PostGIS for the PostGIS store). A store
 * module extends this class and returns a store serving that dataset; the expected values were computed
 * independently with PostGIS ({@code ST_Intersects}, {@code ST_Touches}... and {@code COLLATE "C"}), so
 * every store gives exactly the same answers.
 *
 * <p>Conventions pinned here, which stores must follow:
 * <ul>
 * <li>BBOX selects the features whose geometry intersects the box (not only its envelope);</li>
 * <li>strings sort and compare by Unicode code point; nulls sort last ascending and first descending;
 * without sort keys, and after the given keys, features come in id order;</li>
 * <li>filters follow SQL three-valued logic: {@code NOT (x < 1)} does not select nulls;</li>
 * <li>attributes may come in any order, but a property selection keeps the requested order; non-integer
 * numbers may be DOUBLE or DECIMAL.</li>
 * </ul>
 *
 * <p>Lifecycle: {@link #store()} is called once for the class; the suite closes the store at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractDataStoreContractTest {

    protected static final String COMMUNES = "communes";
    protected static final String TREES = "trees";
    protected static final String ROADS = "roads";
    protected static final String HEAT_ZONES = "heat_zones";
    protected static final String DEPARTEMENTS = "departements";

    /** A window on Tours in Lambert-93. */
    private static final Envelope TOURS_BOX = new Envelope(520000, 535000, 6690000, 6710000);
    private static final String SQUARE_WKT =
            "POLYGON((500000 6650000, 560000 6650000, 560000 6720000, 500000 6720000, 500000 6650000))";
    private static final String LINE_WKT = "LINESTRING(520000 6700000, 540000 6705000)";
    /** INSEE code of Tours; its feature id is looked up, since ids are the GeoPackage's gid values. */
    private static final String TOURS = "37261";

    private DataStore store;
    private CrsService crs;

    /** The store under test, serving the sample dataset. Called once. */
    protected abstract DataStore store();

    /** The CRS service given to stores; the real one (Apache SIS with the EPSG dataset) by default. */
    protected CrsService crs() {
        if (crs == null) {
            crs = new SisCrsService();
        }
        return crs;
    }

    @BeforeAll
    void openStore() {
        store = store();
    }

    @AfterAll
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<Feature> read(Query query) {
        List<Feature> features = new ArrayList<>();
        try (FeatureReader r = store.features(query)) {
            while (r.hasNext()) {
                features.add(r.next());
            }
        }
        return features;
    }

    private List<String> ids(Query query) {
        return read(query).stream().map(Feature::id).toList();
    }

    /** The single commune with that INSEE code. */
    private Feature commune(String inseeCom) {
        List<Feature> found = read(Query.builder(COMMUNES).filter(Filter.equal("insee_com", inseeCom)).build());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Feature feature(String id) {
        List<Feature> found = read(Query.builder(id.substring(0, id.indexOf('.'))).filter(Filter.ids(id)).build());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Checks that count() and the streamed features agree with the expected number. */
    private void assertMatches(String type, Filter filter, long expected) {
        Query q = Query.builder(type).filter(filter).build();
        assertThat(store.count(q)).as("count of %s", filter).isEqualTo(expected);
        assertThat(read(q)).as("features of %s", filter).hasSize((int) expected);
    }

    private static Filter cmp(String p, ComparisonOperator op, Object v) {
        return Filter.compare(p, op, v);
    }

    private static Filter like(String p, String pattern, char wild, char single, char escape, boolean matchCase) {
        return new Filter.Like(new PropertyName(p), pattern, wild, single, escape, matchCase);
    }

    // ---------------------------------------------------------------- metadata

    @Test
    void listsTheTypes() {
        assertThat(store.typeNames()).containsExactlyInAnyOrder(DEPARTEMENTS, COMMUNES, ROADS, HEAT_ZONES, TREES);
    }

    @Test
    void describesCommunes() {
        FeatureSchema s = store.schema(COMMUNES);
        assertThat(s.typeName()).isEqualTo(COMMUNES);
        assertThat(s.idColumn()).contains("gid");
        assertThat(s.indexOf("gid")).isNegative();
        assertThat(s.attributes()).extracting(AttributeDescriptor::name).containsExactlyInAnyOrder("insee_com", "nom",
                "nom_m", "statut", "population", "insee_arr", "insee_dep", "insee_reg", "siren", "siren_epci",
                "nom_epci", "code_postal", "codes_postaux", "superficie_ha", "source_centre", "geom");
        AttributeDescriptor insee = s.attribute("insee_com").orElseThrow();
        assertThat(insee.type()).isEqualTo(AttributeType.STRING);
        assertThat(insee.nullable()).isFalse();
        assertThat(insee.length()).isEqualTo(5);
        assertThat(s.attribute("population").orElseThrow().type()).isEqualTo(AttributeType.INTEGER);
        assertThat(s.attribute("insee_arr").orElseThrow().nullable()).isTrue();
        assertThat(s.attribute("superficie_ha").orElseThrow().type()).isIn(AttributeType.DOUBLE, AttributeType.DECIMAL);
        AttributeDescriptor geom = s.defaultGeometry().orElseThrow();
        assertThat(geom.name()).isEqualTo("geom");
        assertThat(geom.geometryKind()).isEqualTo(GeometryKind.MULTIPOLYGON);
        assertThat(geom.srid()).isEqualTo(2154);
        assertThat(geom.nullable()).isFalse();
        assertThat(s.srid()).isEqualTo(2154);
    }

    @Test
    void describesTreesRoadsAndDepartements() {
        FeatureSchema trees = store.schema(TREES);
        assertThat(trees.attribute("date_releve").orElseThrow().type()).isEqualTo(AttributeType.DATE);
        assertThat(trees.attribute("date_plantation").orElseThrow().type()).isEqualTo(AttributeType.DATE);
        assertThat(trees.attribute("remarquable").orElseThrow().type()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(trees.attribute("protege").orElseThrow().type()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(trees.attribute("id").orElseThrow().type()).isEqualTo(AttributeType.INTEGER);
        assertThat(trees.defaultGeometry().orElseThrow().geometryKind()).isEqualTo(GeometryKind.POINT);
        FeatureSchema roads = store.schema(ROADS);
        assertThat(roads.defaultGeometry().orElseThrow().geometryKind()).isEqualTo(GeometryKind.LINESTRING);
        assertThat(roads.attribute("nb_voies").orElseThrow().type()).isEqualTo(AttributeType.INTEGER);
        assertThat(roads.attribute("id").orElseThrow().type()).isEqualTo(AttributeType.STRING);
        FeatureSchema deps = store.schema(DEPARTEMENTS);
        assertThat(deps.defaultGeometry().orElseThrow().nullable()).isTrue();
        assertThat(deps.idColumn()).contains("gid");
    }

    @Test
    void unknownTypeIsReported() {
        assertThatThrownBy(() -> store.schema("nope")).isInstanceOf(UnknownTypeException.class);
        assertThatThrownBy(() -> store.count(Query.all("communes; DROP TABLE communes")))
                .isInstanceOf(UnknownTypeException.class);
        assertThatThrownBy(() -> store.features(Query.all("parcels"))).isInstanceOf(UnknownTypeException.class);
        assertThatThrownBy(() -> store.bounds(Query.all("Communes"))).isInstanceOf(UnknownTypeException.class);
    }

    @Test
    void answersPing() {
        store.ping();
    }

    // ---------------------------------------------------------------- counts and comparisons

    @Test
    void countsAll() {
        assertThat(store.count(Query.all(DEPARTEMENTS))).isEqualTo(6);
        assertThat(store.count(Query.all(COMMUNES))).isEqualTo(1754);
        assertThat(store.count(Query.all(ROADS))).isEqualTo(5308);
        assertThat(store.count(Query.all(HEAT_ZONES))).isEqualTo(1816);
        assertThat(store.count(Query.all(TREES))).isEqualTo(1999);
        assertThat(read(Query.all(COMMUNES))).hasSize(1754);
    }

    @Test
    void countAppliesOffsetAndLimit() {
        assertThat(store.count(Query.builder(COMMUNES).offset(1750).limit(10).build())).isEqualTo(4);
        assertThat(store.count(Query.builder(COMMUNES).limit(10).build())).isEqualTo(10);
        assertThat(store.count(Query.builder(COMMUNES).offset(5000).build())).isZero();
        assertThat(store.count(Query.builder(COMMUNES).filter(cmp("population", ComparisonOperator.GREATER_THAN, 10000))
                .offset(30).limit(10).build())).isEqualTo(5);
        assertThat(store.count(Query.builder(COMMUNES).limit(0).build())).isZero();
    }

    @Test
    void comparesNumbers() {
        assertMatches(COMMUNES, cmp("population", ComparisonOperator.GREATER_THAN, "10000"), 35);
        assertMatches(COMMUNES, Filter.and(cmp("population", ComparisonOperator.GREATER_THAN_OR_EQUAL_TO, 10000),
                Filter.equal("insee_dep", "37")), 10);
        assertMatches(COMMUNES, Filter.between("population", "1000", 2000), 288);
        assertMatches(HEAT_ZONES, cmp("delta_t_moy", ComparisonOperator.GREATER_THAN, 2.5), 121);
        assertMatches(ROADS, cmp("largeur_de_chaussee", ComparisonOperator.GREATER_THAN_OR_EQUAL_TO, "6.5"), 1743);
        assertMatches(COMMUNES, cmp("population", ComparisonOperator.GREATER_THAN, "10000.5"), 35);
    }

    @Test
    void comparesStrings() {
        assertMatches(COMMUNES, Filter.equal("nom", "Tours"), 1);
        assertMatches(COMMUNES, cmp("nom", ComparisonOperator.NOT_EQUAL_TO, "Tours"), 1753);
        assertMatches(COMMUNES, cmp("nom", ComparisonOperator.LESS_THAN, "B"), 83);
        assertMatches(COMMUNES, Filter.between("insee_dep", "28", "37"), 876);
        assertMatches(COMMUNES, new Filter.Comparison(ComparisonOperator.EQUAL_TO, new PropertyName("nom"),
                new Literal("ORLÉANS"), false), 1);
        assertMatches(COMMUNES, new Filter.Comparison(ComparisonOperator.EQUAL_TO, new Literal("Tours"),
                new PropertyName("nom"), true), 1);
    }

    @Test
    void comparesDatesAndBooleans() {
        assertMatches(TREES, cmp("date_releve", ComparisonOperator.GREATER_THAN_OR_EQUAL_TO, "2023-01-01"), 547);
        assertMatches(TREES, cmp("date_plantation", ComparisonOperator.LESS_THAN, LocalDate.of(1950, 1, 1)), 244);
        assertMatches(TREES, Filter.between("date_plantation", "1980-01-01", "1989-12-31"), 168);
        assertMatches(TREES, Filter.equal("remarquable", true), 8);
        assertMatches(TREES, Filter.equal("protege", "false"), 1986);
    }

    @Test
    void likeUsesTheRequestCharacters() {
        assertMatches(COMMUNES, Filter.like("nom", "Saint-*"), 179);
        assertMatches(COMMUNES, like("nom", "saint#-?ur#", '#', '?', '\\', false), 26);
        assertMatches(COMMUNES, like("nom", "%'%", '%', '_', '\\', true), 18);
        assertMatches(COMMUNES, like("nom", "éc*", '*', '.', '!', false), 4);
        assertMatches(COMMUNES, like("nom", "éc*", '*', '.', '!', true), 0);
        assertMatches(COMMUNES, like("nom", "Tour.", '*', '.', '!', true), 2);
        assertMatches(COMMUNES, like("nom", "Tour!.", '*', '.', '!', true), 0);
    }

    @Test
    void nullsFollowSqlLogic() {
        assertMatches(TREES, Filter.isNull("date_plantation"), 397);
        assertMatches(TREES, Filter.not(Filter.isNull("date_plantation")), 1602);
        assertMatches(TREES, Filter.not(cmp("date_plantation", ComparisonOperator.LESS_THAN, "1950-01-01")), 1358);
        assertMatches(COMMUNES, Filter.isNull("insee_arr"), 0);
    }

    @Test
    void combinesWithAndOrNot() {
        assertMatches(COMMUNES, Filter.and(Filter.or(Filter.equal("insee_dep", "18"), Filter.equal("insee_dep", "36")),
                Filter.not(cmp("population", ComparisonOperator.LESS_THAN, 500))), 209);
        assertMatches(COMMUNES, Filter.or(Filter.EXCLUDE, Filter.equal("nom", "Tours")), 1);
        assertMatches(COMMUNES, Filter.not(Filter.INCLUDE), 0);
        assertMatches(COMMUNES, Filter.and(), 1754);
    }

    @Test
    void selectsByResourceId() {
        String tours = commune(TOURS).id();
        String bourges = commune("18033").id();
        assertThat(tours).startsWith("communes.");
        assertThat(ids(Query.builder(COMMUNES).filter(Filter.ids(tours, bourges, "roads.5",
                "communes.999999", "communes.abc", "communes.1 OR 1=1", "communes.", "communes.0" + tours.substring(9)))
                .build())).containsExactlyInAnyOrder(bourges, tours);
        assertMatches(COMMUNES, Filter.ids("roads.1", "trees.1"), 0);
        assertMatches(COMMUNES, Filter.and(Filter.ids(tours, bourges), Filter.equal("insee_dep", "18")), 1);
        assertThat(feature(tours).get("nom")).isEqualTo("Tours");
        assertThat(feature("trees.1").get("id")).isEqualTo(1);
    }

    // ---------------------------------------------------------------- spatial

    @Test
    void bboxInNativeCrsSelectsIntersectingGeometries() {
        assertMatches(COMMUNES, Filter.bbox(TOURS_BOX, 2154), 29);
        assertMatches(COMMUNES, Filter.bbox(TOURS_BOX, 0), 29);
        assertMatches(COMMUNES, new Filter.BBox(new PropertyName("geom"), TOURS_BOX, 2154), 29);
        assertMatches(COMMUNES, Filter.not(Filter.bbox(TOURS_BOX, 2154)), 1754 - 29);
        assertMatches(COMMUNES, Filter.and(Filter.bbox(TOURS_BOX, 2154), cmp("population", ComparisonOperator.GREATER_THAN, 10000)), 9);
    }

    @Test
    void bboxInAnotherCrsIsTransformed() {
        Envelope wgs84 = new Envelope(0.60, 0.80, 47.30, 47.45);
        assertMatches(COMMUNES, Filter.bbox(wgs84, 4326), 28);
        Envelope lambert = crs().transform(wgs84, 4326, 2154);
        assertMatches(COMMUNES, Filter.bbox(lambert, 2154), 28);
    }

    @Test
    void spatialOperatorsGiveExactCounts() {
        Geometry square = wkt(SQUARE_WKT);
        Geometry line = wkt(LINE_WKT);
        Geometry tours = commune(TOURS).geometry();
        assertMatches(COMMUNES, Filter.spatial(SpatialOperator.INTERSECTS, line, 2154), 8);
        assertMatches(COMMUNES, Filter.spatial(SpatialOperator.INTERSECTS, square, 2154), 226);
        assertMatches(COMMUNES, Filter.spatial(SpatialOperator.WITHIN, square, 2154), 164);
        assertMatches(COMMUNES, Filter.spatial(SpatialOperator.DISJOINT, square, 2154), 1528);
        assertMatches(COMMUNES, Filter.spatial(SpatialOperator.OVERLAPS, square, 2154), 62);
        assertMatches(COMMUNES, Filter.spatial(SpatialOperator.CONTAINS,
                wkt("POINT(527112.3202600335 6701955.811338085)"), 2154), 1);
        assertMatches(COMMUNES, Filter.spatial(SpatialOperator.TOUCHES, tours, 2154), 6);
        assertMatches(COMMUNES, Filter.spatial(SpatialOperator.EQUALS, tours, 2154), 1);
        assertMatches(ROADS, Filter.spatial(SpatialOperator.CROSSES, line, 2154), 14);
        assertMatches(ROADS, Filter.spatial(SpatialOperator.TOUCHES, line, 0), 0);
    }

    @Test
    void spatialLiteralInAnotherCrsIsTransformed() {
        assertThat(read(Query.builder(COMMUNES).filter(Filter.spatial(SpatialOperator.CONTAINS,
                wkt("POINT(0.707660320257467 47.39535784156827)"), 4326)).build()))
                .extracting(f -> f.get("insee_com")).containsExactly(TOURS);
    }

    @Test
    void distanceOperators() {
        Geometry centre = wkt("POINT(527112 6701955)");
        assertMatches(TREES, new Filter.Distance(DistanceOperator.DWITHIN, null, centre, 2154, 1000, null), 70);
        assertMatches(TREES, new Filter.Distance(DistanceOperator.DWITHIN, null, centre, 2154, 2000, "m"), 264);
        assertMatches(TREES, new Filter.Distance(DistanceOperator.DWITHIN, null, centre, 2154, 2, "km"), 264);
        assertMatches(TREES, new Filter.Distance(DistanceOperator.BEYOND, null, centre, 2154, 2000, "m"), 1735);
        assertMatches(ROADS, new Filter.Distance(DistanceOperator.DWITHIN, new PropertyName("geom"), centre, 0, 300, null), 7);
    }

    // ---------------------------------------------------------------- sorting and paging

    @Test
    void sortsOnSeveralKeys() {
        List<Feature> sorted = read(Query.builder(COMMUNES).sortBy(SortBy.asc("insee_dep"), SortBy.desc("population")).build());
        assertThat(sorted).hasSize(1754);
        assertThat(sorted.subList(0, 3)).extracting(f -> f.get("insee_com")).containsExactly("18033", "18279", "18197");
        assertThat(sorted.get(sorted.size() - 1).get("insee_com")).isEqualTo("45143");
        // ties on both keys come in id order
        assertThat(ids(Query.builder(COMMUNES).filter(Filter.equal("population", 77))
                .sortBy(SortBy.desc("insee_dep")).build()))
                .containsExactly("communes.739", "communes.231", "communes.245", "communes.286");
    }

    @Test
    void sortsStringsByCodePoint() {
        assertThat(read(Query.builder(COMMUNES).sortBy(SortBy.asc("nom")).limit(3).build()))
                .extracting(f -> f.get("nom")).containsExactly("Abilly", "Abondant", "Achères");
        // code point order: "É" (U+00C9) sorts after every ASCII letter, and "Étré" after "Étre"
        assertThat(read(Query.builder(COMMUNES).sortBy(SortBy.desc("nom")).limit(3).build()))
                .extracting(f -> f.get("nom")).containsExactly("Étréchy", "Étrechet", "Épuisay");
    }

    @Test
    void sortsNullsLastAscendingAndFirstDescending() {
        List<Feature> asc = read(Query.builder(TREES).sortBy(SortBy.asc("date_plantation")).build());
        assertThat(asc.get(0).id()).isEqualTo("trees.789");
        assertThat(asc.get(0).get("date_plantation")).isEqualTo(LocalDate.of(1928, 1, 4));
        assertThat(asc.get(1602).get("date_plantation")).isNull();
        assertThat(asc.get(1601).get("date_plantation")).isNotNull();
        List<String> desc = ids(Query.builder(TREES).sortBy(SortBy.desc("date_plantation")).limit(2).build());
        assertThat(desc).containsExactly("trees.4", "trees.8");
        List<String> descNonNull = ids(Query.builder(TREES).filter(Filter.not(Filter.isNull("date_plantation")))
                .sortBy(SortBy.desc("date_plantation")).limit(2).build());
        assertThat(descNonNull).containsExactly("trees.903", "trees.1252");
    }

    @Test
    void defaultOrderIsTheIdOrder() {
        List<String> first = ids(Query.builder(COMMUNES).limit(3).build());
        assertThat(first).containsExactly("communes.1", "communes.2", "communes.3");
    }

    @Test
    void pagingVisitsEveryFeatureOnce() {
        Set<String> seen = new HashSet<>();
        int pages = 0;
        for (long offset = 0; offset < 5308; offset += 1000) {
            List<String> page = ids(Query.builder(ROADS).sortBy(SortBy.asc("nature")).offset(offset).limit(1000)
                    .properties("nature").build());
            assertThat(page).hasSize((int) Math.min(1000, 5308 - offset));
            page.forEach(id -> assertThat(seen.add(id)).as("%s seen twice", id).isTrue());
            pages++;
        }
        assertThat(pages).isEqualTo(6);
        assertThat(seen).hasSize(5308);
    }

    @Test
    void pagingWithAFilterEvaluatedInMemoryStillVisitsEveryMatchOnce() {
        Filter f = Filter.and(Filter.spatial(SpatialOperator.INTERSECTS, wkt(SQUARE_WKT), 2154),
                new Filter.Comparison(ComparisonOperator.NOT_EQUAL_TO, new PropertyName("nom"), new Literal("TOURS"), false));
        Set<String> seen = new HashSet<>();
        for (long offset = 0; offset < 225; offset += 50) {
            List<String> page = ids(Query.builder(COMMUNES).filter(f).sortBy(SortBy.asc("insee_dep"))
                    .offset(offset).limit(50).build());
            assertThat(page).hasSize((int) Math.min(50, 225 - offset));
            page.forEach(id -> assertThat(seen.add(id)).isTrue());
        }
        assertThat(seen).hasSize(225).doesNotContain(commune(TOURS).id());
        assertThat(store.count(Query.builder(COMMUNES).filter(f).offset(200).limit(50).build())).isEqualTo(25);
    }

    // ---------------------------------------------------------------- properties and reprojection

    @Test
    void selectsPropertiesInTheRequestedOrder() {
        String tours = commune(TOURS).id();
        try (FeatureReader r = store.features(Query.builder(COMMUNES).filter(Filter.ids(tours))
                .properties("population", "nom", "geom").build())) {
            assertThat(r.schema().attributes()).extracting(AttributeDescriptor::name)
                    .containsExactly("population", "nom", "geom");
            Feature f = r.next();
            assertThat(f.id()).isEqualTo(tours);
            assertThat(f.get(0)).isEqualTo(139259);
            assertThat(f.get(1)).isEqualTo("Tours");
            assertThat(f.get(2)).isInstanceOf(Geometry.class);
            assertThat(f.schema().size()).isEqualTo(3);
            assertThat(r.hasNext()).isFalse();
        }
        List<Feature> noGeometry = read(Query.builder(COMMUNES).properties("nom").limit(2).build());
        assertThat(noGeometry).allSatisfy(f -> assertThat(f.geometry()).isNull());
    }

    @Test
    void filtersOnPropertiesThatAreNotSelected() {
        List<Feature> found = read(Query.builder(COMMUNES).filter(Filter.and(Filter.equal("insee_com", "37261"),
                Filter.bbox(TOURS_BOX, 2154))).properties("nom").build());
        assertThat(found).extracting(f -> f.get("nom")).containsExactly("Tours");
    }

    @Test
    void returnsTypedValues() {
        Feature tree = feature("trees.1");
        assertThat(tree.get("remarquable")).isInstanceOf(Boolean.class);
        assertThat(tree.get("date_releve")).isInstanceOf(LocalDate.class);
        assertThat(tree.get("id")).isInstanceOf(Integer.class);
        assertThat(tree.geometry().getGeometryType()).isEqualTo("Point");
        assertThat(commune(TOURS).geometry().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(feature("roads.1").geometry().getGeometryType()).isEqualTo("LineString");
    }

    @Test
    void reprojectsToWgs84AndWebMercator() {
        Feature tree = read(Query.builder(TREES).filter(Filter.ids("trees.1")).targetSrid(4326).build()).get(0);
        Coordinate lonLat = tree.geometry().getCoordinate();
        assertThat(lonLat.x).isCloseTo(2.392872340819287, within(1e-7));
        assertThat(lonLat.y).isCloseTo(47.08662572121287, within(1e-7));
        Feature mercator = read(Query.builder(TREES).filter(Filter.ids("trees.1")).targetSrid(3857).build()).get(0);
        assertThat(mercator.geometry().getCoordinate().x).isCloseTo(266373.3305133116, within(0.01));
        assertThat(mercator.geometry().getCoordinate().y).isCloseTo(5956225.075095084, within(0.01));
        Feature tours = read(Query.builder(COMMUNES).filter(Filter.equal("insee_com", TOURS)).targetSrid(4326).build()).get(0);
        Coordinate first = tours.geometry().getCoordinates()[0];
        assertThat(first.x).isCloseTo(0.697295085355954, within(1e-7));
        assertThat(first.y).isCloseTo(47.37256548760873, within(1e-7));
        Feature nativeTours = commune(TOURS);
        assertThat(nativeTours.geometry().getCoordinates()[0].x).isCloseTo(526256.9731308542, within(1e-6));
        assertThat(tours.geometry().getNumPoints()).isEqualTo(nativeTours.geometry().getNumPoints());
    }

    // ---------------------------------------------------------------- hints

    @Test
    void simplificationSendsFewerVerticesWithinTheTolerance() {
        double tolerance = 200; // metres in Lambert-93, about half a pixel of a 1:800,000 map
        Feature exact = commune(TOURS);
        Feature simplified = read(Query.builder(COMMUNES).filter(Filter.equal("insee_com", TOURS))
                .hints(QueryHints.NONE.withSimplification(tolerance)).build()).get(0);
        assertThat(simplified.geometry().getNumPoints()).isLessThan(exact.geometry().getNumPoints() / 2);
        assertThat(simplified.geometry().isEmpty()).isFalse();
        assertThat(DiscreteHausdorffDistance.distance(exact.geometry(), simplified.geometry()))
                .isLessThanOrEqualTo(tolerance);
        assertThat(simplified.get("nom")).isEqualTo(exact.get("nom"));
    }

    @Test
    void simplificationAppliesInTheNativeCrsBeforeReprojection() {
        Query reprojected = Query.builder(COMMUNES).filter(Filter.equal("insee_com", TOURS)).targetSrid(4326).build();
        Feature exact = read(reprojected).get(0);
        Feature simplified = read(reprojected.withHints(QueryHints.NONE.withSimplification(200))).get(0);
        assertThat(simplified.geometry().getNumPoints()).isLessThan(exact.geometry().getNumPoints() / 2);
        assertThat(simplified.geometry().getEnvelopeInternal().getMinX()).isCloseTo(
                exact.geometry().getEnvelopeInternal().getMinX(), within(0.01));
    }

    @Test
    void simplificationLeavesPointsAndTinyPolygonsInPlace() {
        Query trees = Query.builder(TREES).limit(50).hints(QueryHints.NONE.withSimplification(1000)).build();
        assertThat(read(trees)).hasSize(50).allSatisfy(f -> assertThat(f.geometry().isEmpty()).isFalse());
        Query all = Query.builder(COMMUNES).hints(QueryHints.NONE.withSimplification(5000)).build();
        assertThat(read(all)).hasSize(1754);
    }

    @Test
    void looseBboxReturnsEveryExactMatchAndAtMostTheEnvelopeMatches() {
        // a box inside Tours' envelope, near its corner: communes whose outline misses it may still come back
        Envelope tours = commune(TOURS).geometry().getEnvelopeInternal();
        Envelope corner = new Envelope(tours.getMinX(), tours.getMinX() + 300, tours.getMinY(), tours.getMinY() + 300);
        Filter box = Filter.bbox(corner, 2154);
        Set<String> exact = new HashSet<>(ids(Query.builder(COMMUNES).filter(box).build()));
        Set<String> loose = new HashSet<>(ids(Query.builder(COMMUNES).filter(box)
                .hints(QueryHints.NONE.withLooseBbox()).build()));
        Set<String> envelopes = new HashSet<>();
        for (Feature f : read(Query.all(COMMUNES))) {
            if (f.geometry().getEnvelopeInternal().intersects(corner)) {
                envelopes.add(f.id());
            }
        }
        assertThat(loose).containsAll(exact).isSubsetOf(envelopes);
        List<String> negated = ids(Query.builder(COMMUNES).filter(Filter.not(box))
                .hints(QueryHints.NONE.withLooseBbox()).build());
        assertThat(negated).as("under NOT the test stays exact").hasSize(1754 - exact.size())
                .doesNotContainAnyElementsOf(exact);
    }

    @Test
    void anyOrderReturnsTheSameFeatures() {
        Filter box = Filter.bbox(commune(TOURS).geometry().getEnvelopeInternal(), 2154);
        List<String> ordered = ids(Query.builder(COMMUNES).filter(box).build());
        List<String> any = ids(Query.builder(COMMUNES).filter(box).hints(QueryHints.NONE.withAnyOrder()).build());
        assertThat(any).containsExactlyInAnyOrderElementsOf(ordered);
        Query paged = Query.builder(COMMUNES).offset(3).limit(4).hints(QueryHints.NONE.withAnyOrder()).build();
        assertThat(ids(paged)).as("an offset keeps the id order")
                .isEqualTo(ids(Query.builder(COMMUNES).offset(3).limit(4).build()));
    }

    @Test
    void passedDeadlineStopsCountsBoundsAndReads() {
        QueryHints passed = new QueryHints(0, Instant.now().minusSeconds(1), false, false);
        Query late = Query.builder(COMMUNES).hints(passed).build();
        assertThatThrownBy(() -> store.count(late)).isInstanceOf(QueryTimeoutException.class);
        assertThatThrownBy(() -> store.bounds(late)).as("even where an index answers without reading rows")
                .isInstanceOf(QueryTimeoutException.class);
        assertThatThrownBy(() -> read(late)).isInstanceOf(QueryTimeoutException.class);
        assertThat(store.count(Query.all(COMMUNES))).as("the store still answers").isEqualTo(1754);
    }

    @Test
    void deadlinePassingWhileReadingStopsTheStream() throws InterruptedException {
        Query soon = Query.builder(COMMUNES).hints(QueryHints.NONE.withTimeout(Duration.ofMillis(300))).build();
        try (FeatureReader reader = store.features(soon)) {
            assertThat(reader.hasNext()).isTrue();
            reader.next();
            Thread.sleep(400);
            assertThatThrownBy(reader::hasNext).isInstanceOf(QueryTimeoutException.class);
        }
        assertThat(store.count(Query.all(COMMUNES))).isEqualTo(1754);
    }

    @Test
    void distantDeadlineChangesNothing() {
        Query relaxed = Query.builder(DEPARTEMENTS).hints(QueryHints.NONE.withTimeout(Duration.ofMinutes(5))).build();
        assertThat(store.count(relaxed)).isEqualTo(6);
        assertThat(read(relaxed)).hasSize(6);
    }

    // ---------------------------------------------------------------- bounds

    @Test
    void boundsInNativeCrs() {
        Envelope all = store.bounds(Query.all(COMMUNES)).orElseThrow();
        assertEnvelope(all, new Envelope(477798.6119890829, 708795.0282436187, 6584670.375456841, 6872117.9722653525), 1.0);
        Envelope dep37 = store.bounds(Query.builder(COMMUNES).filter(Filter.equal("insee_dep", "37")).build()).orElseThrow();
        assertEnvelope(dep37, new Envelope(477798.6119890829, 575869.8611381873, 6629062.719631164, 6736605.879459008), 1.0);
        assertThat(store.bounds(Query.builder(COMMUNES).filter(Filter.equal("nom", "nowhere")).build())).isEmpty();
    }

    @Test
    void boundsInAnotherCrsContainTheTransformedFeatures() {
        Envelope dep37 = store.bounds(Query.builder(COMMUNES).filter(Filter.equal("insee_dep", "37")).targetSrid(4326)
                .build()).orElseThrow();
        Envelope exact = new Envelope(0.06676, 1.36236, 46.74323, 47.70615);
        assertThat(dep37.covers(new Envelope(exact.getMinX() + 1e-4, exact.getMaxX() - 1e-4,
                exact.getMinY() + 1e-4, exact.getMaxY() - 1e-4))).as("%s covers %s", dep37, exact).isTrue();
        assertEnvelope(dep37, exact, 0.1);
    }

    private static void assertEnvelope(Envelope actual, Envelope expected, double tolerance) {
        assertThat(actual.getMinX()).isCloseTo(expected.getMinX(), within(tolerance));
        assertThat(actual.getMaxX()).isCloseTo(expected.getMaxX(), within(tolerance));
        assertThat(actual.getMinY()).isCloseTo(expected.getMinY(), within(tolerance));
        assertThat(actual.getMaxY()).isCloseTo(expected.getMaxY(), within(tolerance));
    }

    // ---------------------------------------------------------------- hostile input and errors

    @Test
    void hostileValuesMatchNothingAndChangeNothing() {
        assertMatches(COMMUNES, Filter.equal("nom", "' OR 1=1 --"), 0);
        assertMatches(COMMUNES, Filter.equal("nom", "'; DROP TABLE communes; --"), 0);
        assertMatches(COMMUNES, Filter.equal("insee_dep", "%"), 0);
        assertMatches(COMMUNES, Filter.equal("nom", "\\"), 0);
        assertMatches(COMMUNES, Filter.like("nom", "%"), 0);
        assertMatches(COMMUNES, Filter.like("nom", "_ours"), 0);
        assertMatches(COMMUNES, Filter.like("nom", "*\\*"), 0);
        assertMatches(COMMUNES, Filter.like("nom", "*' OR '1'='1*"), 0);
        assertMatches(COMMUNES, like("nom", "*'); DROP TABLE communes; --", '*', '.', '!', false), 0);
        assertMatches(COMMUNES, Filter.like("nom", "[A-Z]*"), 0);
        assertThat(store.count(Query.all(COMMUNES))).isEqualTo(1754);
        assertThat(store.typeNames()).contains(COMMUNES);
    }

    @Test
    void pagingAndSelectionEdgesGiveEmptyOrMinimalResults() {
        assertThat(read(Query.builder(COMMUNES).limit(0).build())).isEmpty();
        assertThat(read(Query.builder(COMMUNES).offset(1754).build())).isEmpty();
        assertThat(read(Query.builder(COMMUNES).offset(Long.MAX_VALUE).build())).isEmpty();
        assertThat(store.count(Query.builder(COMMUNES).offset(Long.MAX_VALUE).limit(Long.MAX_VALUE).build())).isZero();
        assertThat(read(Query.builder(COMMUNES).offset(1753).limit(Long.MAX_VALUE).build())).hasSize(1);
        List<Feature> bare = read(Query.builder(DEPARTEMENTS).properties(List.of()).build());
        assertThat(bare).hasSize(6).allSatisfy(f -> {
            assertThat(f.id()).startsWith("departements.");
            assertThat(f.schema().attributes()).isEmpty();
        });
    }

    @Test
    void degenerateRangesAndHugeIdListsSelectExactly() {
        assertMatches(COMMUNES, Filter.between("population", 2000, 1000), 0);
        assertMatches(COMMUNES, Filter.between("nom", "Z", "A"), 0);
        assertMatches(COMMUNES, cmp("population", ComparisonOperator.LESS_THAN, "1e400"), 1754);
        assertMatches(COMMUNES, cmp("population", ComparisonOperator.GREATER_THAN, "-1e400"), 1754);
        assertMatches(HEAT_ZONES, cmp("delta_t_moy", ComparisonOperator.LESS_THAN, "1e400"), 1816);
        assertMatches(HEAT_ZONES, cmp("delta_t_moy", ComparisonOperator.GREATER_THAN, "1e-400"), 1816);
        String[] ids = new String[40_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "trees." + (i + 1);
        }
        assertMatches(TREES, Filter.ids(ids), 1999);
        Filter[] equals = new Filter[2_000];
        for (int i = 0; i < equals.length; i++) {
            equals[i] = Filter.equal("id", i + 1);
        }
        assertMatches(TREES, Filter.or(equals), 1999);
    }

    @Test
    void literalsAndOperatorsThatCannotApplyAreRejected() {
        assertInvalid(() -> store.count(Query.builder(COMMUNES).filter(Filter.equal("population", "NaN")).build()),
                "population");
        assertInvalid(() -> store.count(Query.builder(COMMUNES)
                .filter(Filter.equal("population", Double.POSITIVE_INFINITY)).build()), "population");
        assertInvalid(() -> store.count(Query.builder(HEAT_ZONES)
                .filter(Filter.equal("delta_t_moy", Double.NaN)).build()), "delta_t_moy");
        String geometry = store.schema(COMMUNES).defaultGeometry().orElseThrow().name();
        assertInvalid(() -> store.count(Query.builder(COMMUNES).filter(Filter.equal(geometry, "POINT(0 0)")).build()),
                geometry);
        assertInvalid(() -> store.features(Query.builder(COMMUNES).sortBy(SortBy.asc(geometry)).build()), "sortBy");
        assertInvalid(() -> store.count(Query.builder(COMMUNES).filter(Filter.like("population", "1*")).build()),
                "population");
        assertInvalid(() -> store.count(Query.builder(COMMUNES).filter(Filter.between(geometry, 1, 2)).build()),
                geometry);
    }

    @Test
    void unknownPropertiesAreRejectedWithALocator() {
        assertInvalid(() -> store.count(Query.builder(COMMUNES).filter(Filter.equal("bogus", 1)).build()), "bogus");
        assertInvalid(() -> store.features(Query.builder(COMMUNES).filter(Filter.or(Filter.INCLUDE,
                Filter.isNull("nom; DROP TABLE communes"))).build()), "nom; DROP TABLE communes");
        assertInvalid(() -> store.features(Query.builder(COMMUNES).sortBy(SortBy.asc("bogus")).build()), "sortBy");
        assertInvalid(() -> store.features(Query.builder(COMMUNES).properties("nom", "bogus").build()), "propertyName");
        assertInvalid(() -> store.bounds(Query.builder(COMMUNES).filter(Filter.like("bogus", "x")).build()), "bogus");
        assertInvalid(() -> store.count(Query.builder(COMMUNES).filter(Filter.equal("population", "many")).build()),
                "population");
        assertInvalid(() -> store.count(Query.builder(COMMUNES)
                .filter(new Filter.BBox(new PropertyName("nom"), TOURS_BOX, 2154)).build()), "nom");
    }

    private static void assertInvalid(Runnable r, String locator) {
        assertThatThrownBy(r::run).isInstanceOf(InvalidQueryException.class)
                .satisfies(e -> assertThat(((InvalidQueryException) e).locator()).isEqualTo(locator));
    }

    // ---------------------------------------------------------------- resources

    @Test
    void readersReleaseTheirResources() {
        for (int i = 0; i < 300; i++) {
            try (FeatureReader r = store.features(Query.builder(ROADS).sortBy(SortBy.desc("nature")).build())) {
                assertThat(r.hasNext()).isTrue();
                r.next();
            }
        }
        FeatureReader r = store.features(Query.builder(DEPARTEMENTS).build());
        int n = 0;
        while (r.hasNext()) {
            r.next();
            n++;
        }
        assertThat(n).isEqualTo(6);
        assertThatThrownBy(r::next).isInstanceOf(NoSuchElementException.class);
        r.close();
        r.close();
        assertThat(store.count(Query.all(COMMUNES))).isEqualTo(1754);
    }

    @Test
    void concurrentReadersWork() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String type = i % 2 == 0 ? ROADS : COMMUNES;
                results.add(pool.submit(() -> read(Query.builder(type).filter(Filter.bbox(TOURS_BOX, 2154)).build()).size()
                        + read(Query.all(type)).size()));
            }
            for (int i = 0; i < results.size(); i++) {
                int expected = i % 2 == 0 ? 5308 + (int) store.count(Query.builder(ROADS).filter(Filter.bbox(TOURS_BOX, 2154)).build())
                        : 1754 + 29;
                assertThat(results.get(i).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
