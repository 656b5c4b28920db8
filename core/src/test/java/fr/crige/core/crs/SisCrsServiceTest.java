package fr.crige.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class SisCrsServiceTest {

    /** One instance for all tests: the first use opens the EPSG database. */
    private static final SisCrsService SERVICE = new SisCrsService();
    private static final double CM = 0.01;
    private static final double DEGREE_TOLERANCE = 1e-8;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private static final double[] PARIS = {2.349902, 48.852968};      // Notre-Dame
    private static final double[] ORLEANS = {1.909727, 47.901857};    // Sainte-Croix cathedral

    // ---------------------------------------------------------------- decoding

    @Test
    void supportedListStartsWithWorldCrssAndCoversFrance() {
        List<Integer> codes = SERVICE.supported().stream().map(Crs::srid).toList();
        assertThat(codes).startsWith(4326, 3857).contains(2154, 3942, 3943, 3944, 3945, 3946, 3947, 3948, 3949,
                3950, 4171, 4258, 32630, 32631, 32632, 2975, 5490, 2972, 4467, 4471).doesNotHaveDuplicates();
    }

    @Test
    void everySupportedCrsHasTheEpsgAxisOrderAndKind() {
        Set<Integer> northEast = Set.of(4326, 4258, 4171);
        for (Crs crs : SERVICE.supported()) {
            assertThat(crs.northEastAxisOrder()).as(crs.code()).isEqualTo(northEast.contains(crs.srid()));
            assertThat(crs.geographic()).as(crs.code()).isEqualTo(northEast.contains(crs.srid()));
            assertThat(crs.name()).as(crs.code()).isNotBlank();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2154,  RGF93 v1 / Lambert-93,    false, false",
        "3948,  RGF93 v1 / CC48,          false, false",
        "4326,  WGS 84,                   true,  true",
        "4171,  RGF93 v1,                 true,  true",
        "3857,  WGS 84 / Pseudo-Mercator, false, false",
        "2975,  RGR92 / UTM zone 40S,     false, false",
        "5490,  RGAF09 / UTM zone 20N,    false, false",
        "3035,  ETRS89-extended / LAEA Europe, true, false",
        "27572, NTF (Paris) / Lambert zone II, false, false",
    })
    void decodesEpsgDefinitions(int srid, String name, boolean northEast, boolean geographic) {
        assertThat(SERVICE.forSrid(srid)).isEqualTo(new Crs(srid, name, northEast, geographic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPSG:4326", "urn:ogc:def:crs:EPSG::4326", "urn:x-ogc:def:crs:EPSG:4326",
        "http://www.opengis.net/def/crs/EPSG/0/4326", "http://www.opengis.net/gml/srs/epsg.xml#4326"})
    void everyEpsgFormDecodesToTheSameCrs(String identifier) {
        assertThat(SERVICE.decode(identifier)).isEqualTo(SERVICE.forSrid(4326));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CRS:84", "urn:ogc:def:crs:OGC:1.3:CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"})
    void crs84IsWgs84LongitudeFirst(String identifier) {
        assertThat(SERVICE.decode(identifier)).isEqualTo(new Crs(4326, "WGS 84", false, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPSG:999999", "EPSG:1", "urn:ogc:def:crs:EPSG::9999999"})
    void rejectsUnknownCodes(String identifier) {
        assertThatThrownBy(() -> SERVICE.decode(identifier))
                .isInstanceOf(UnsupportedCrsException.class)
                .hasMessageContaining("Unknown CRS");
    }

    @ParameterizedTest
    @ValueSource(ints = {5714, 4979, 4978, 7415})  // height, 3D geographic, geocentric, compound
    void rejectsCrsThatAreNotTwoDimensionalGeographicOrProjected(int srid) {
        assertThatThrownBy(() -> SERVICE.forSrid(srid))
                .isInstanceOf(UnsupportedCrsException.class)
                .hasMessageContaining("two-dimensional");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -4326, 10_000_000})
    void rejectsImpossibleCodes(int srid) {
        assertThatThrownBy(() -> SERVICE.forSrid(srid)).isInstanceOf(UnsupportedCrsException.class)
                .hasMessageContaining("Invalid EPSG code");
    }

    @Test
    void rejectsMalformedIdentifiers() {
        assertThatThrownBy(() -> SERVICE.decode("EPSG:4326abc"))
                .isInstanceOf(UnsupportedCrsException.class)
                .extracting(e -> ((UnsupportedCrsException) e).identifier()).isEqualTo("EPSG:4326abc");
    }

    @Test
    void domainOfValidityIsTheEpsgExtent() {
        Envelope lambert93 = SERVICE.domainOfValidity(2154);
        assertThat(lambert93.getMinX()).isCloseTo(-9.86, within(0.01));
        assertThat(lambert93.getMaxX()).isCloseTo(10.38, within(0.01));
        assertThat(lambert93.getMinY()).isCloseTo(41.15, within(0.01));
        assertThat(lambert93.getMaxY()).isCloseTo(51.56, within(0.01));
        assertThat(SERVICE.domainOfValidity(2975).contains(55.5, -21.1)).isTrue();
        assertThat(SERVICE.domainOfValidity(5490).contains(-61.0, 14.6)).isTrue();
        SERVICE.domainOfValidity(2154).init();
        assertThat(SERVICE.domainOfValidity(2154)).as("defensive copy").isEqualTo(lambert93);
    }

    // ---------------------------------------------------------------- points against published values

    @Test
    void lambert93OriginIsItsFalseOrigin() {
        assertProjected(3, 46.5, 2154, 700_000, 6_600_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {42, 43, 44, 45, 46, 47, 48, 49, 50})
    void conicConformalZonesOriginsAreTheirFalseOrigins(int zone) {
        assertProjected(3, zone, 3900 + zone, 1_700_000, (zone - 41) * 1_000_000.0 + 200_000);
    }

    @Test
    void parisAndOrleansInLambert93AndCc48MatchTheLambertFormulas() {
        for (double[] p : List.of(PARIS, ORLEANS)) {
            double[] l93 = ReferenceFormulas.lambert93(p[0], p[1]);
            assertProjected(p[0], p[1], 2154, l93[0], l93[1]);
            double[] cc48 = ReferenceFormulas.conicConformalZone(48, p[0], p[1]);
            assertProjected(p[0], p[1], 3948, cc48[0], cc48[1]);
        }
        // Sanity of the reference itself: Notre-Dame de Paris is near (652 km, 6862 km) in Lambert-93.
        assertThat(ReferenceFormulas.lambert93(PARIS[0], PARIS[1])[0]).isCloseTo(652_000, within(1_000.0));
        assertThat(ReferenceFormulas.lambert93(PARIS[0], PARIS[1])[1]).isCloseTo(6_862_000, within(1_000.0));
    }

    @Test
    void webMercatorMatchesTheSphericalFormulas() {
        for (double[] p : List.of(PARIS, ORLEANS, new double[] {-61.07, 14.6}, new double[] {55.45, -20.88})) {
            double[] expected = ReferenceFormulas.webMercator(p[0], p[1]);
            assertProjected(p[0], p[1], 3857, expected[0], expected[1]);
        }
    }

    @Test
    void utmPointsOnTheCentralMeridianMatchTheMeridianArc() {
        double wgs84 = ReferenceFormulas.WGS84_INVERSE_F;
        double grs80 = ReferenceFormulas.GRS80_INVERSE_F;
        assertProjected(3, 47.9, 32631, 500_000, ReferenceFormulas.utmNorthingOnCentralMeridian(47.9, wgs84));
        assertProjected(-3, 43.5, 32630, 500_000, ReferenceFormulas.utmNorthingOnCentralMeridian(43.5, wgs84));
        assertProjected(9, 42.0, 32632, 500_000, ReferenceFormulas.utmNorthingOnCentralMeridian(42.0, wgs84));
        // Réunion (RGR92 / UTM 40S, central meridian 57°E) and the Antilles (RGAF09 / UTM 20N, 63°W).
        assertProjected(57, -21.1, 2975, 500_000, ReferenceFormulas.utmNorthingOnCentralMeridian(-21.1, grs80));
        assertProjected(-63, 14.6, 5490, 500_000, ReferenceFormulas.utmNorthingOnCentralMeridian(14.6, grs80));
        assertProjected(-63, 16.2, 5490, 500_000, ReferenceFormulas.utmNorthingOnCentralMeridian(16.2, grs80));
    }

    @Test
    void guidanceNote72WorkedExamples() {
        // IOGP GN 7-2: OSGB 1936 / British National Grid, 50°30'N 0°30'E.
        Point bng = (Point) SERVICE.transform(WGS84.createPoint(new Coordinate(0.5, 50.5)), 4277, 27700);
        assertThat(bng.getX()).isCloseTo(577_274.99, within(CM));
        assertThat(bng.getY()).isCloseTo(69_740.49, within(CM));
        // IOGP GN 7-2: NAD27 / Texas South Central (US survey feet), 28°30'N 96°W.
        Point texas = (Point) SERVICE.transform(WGS84.createPoint(new Coordinate(-96, 28.5)), 4267, 32040);
        assertThat(texas.getX()).isCloseTo(2_963_503.91, within(CM));
        assertThat(texas.getY()).isCloseTo(254_759.80, within(CM));
    }

    @ParameterizedTest
    @ValueSource(ints = {2154, 3948, 3857, 32631, 4171, 4258})
    void roundTripsThroughFrenchCrssAreLossless(int srid) {
        for (double[] p : List.of(PARIS, ORLEANS, new double[] {-4.49, 48.39}, new double[] {7.26, 43.70})) {
            Point there = (Point) SERVICE.transform(point(p), 4326, srid);
            Point back = (Point) SERVICE.transform(there, srid, 4326);
            assertThat(back.getX()).isCloseTo(p[0], within(DEGREE_TOLERANCE));
            assertThat(back.getY()).isCloseTo(p[1], within(DEGREE_TOLERANCE));
        }
    }

    @Test
    void projectedToProjectedAgreesWithTheGeographicPath() {
        Point l93 = (Point) SERVICE.transform(point(ORLEANS), 4326, 2154);
        Point cc48 = (Point) SERVICE.transform(l93, 2154, 3948);
        double[] expected = ReferenceFormulas.conicConformalZone(48, ORLEANS[0], ORLEANS[1]);
        assertThat(cc48.getX()).isCloseTo(expected[0], within(CM));
        assertThat(cc48.getY()).isCloseTo(expected[1], within(CM));
        assertThat(cc48.getSRID()).isEqualTo(3948);
    }

    @Test
    void transformsBetweenCrssWithDisjointDomains() {
        Point reunion = (Point) SERVICE.transform(point(new double[] {55.45, -20.88}), 4326, 2975);
        Point farAway = (Point) SERVICE.transform(reunion, 2975, 2154);
        Point back = (Point) SERVICE.transform(farAway, 2154, 4326);
        assertThat(back.getX()).isCloseTo(55.45, within(1e-6));
        assertThat(back.getY()).isCloseTo(-20.88, within(1e-6));
    }

    @Test
    void derbyLogGoesToSlf4jInsteadOfAFile() {
        SERVICE.forSrid(2154);
        assertThat(System.getProperty("derby.stream.error.method"))
                .isEqualTo(DerbyErrorLog.class.getName() + ".writer");
        assertThat(Path.of("derby.log")).doesNotExist();
    }

    // ---------------------------------------------------------------- geometries

    @Test
    void keepsStructureOrdinatesAndInput() throws ParseException {
        Geometry input = new WKTReader(WGS84).read(
                "MULTIPOLYGON Z (((2 48 10, 3 48 20, 3 49 30, 2 48 10), (2.5 48.2 1, 2.9 48.2 2, 2.9 48.5 3, 2.5 48.2 1)))");
        Geometry output = SERVICE.transform(input, 4326, 2154);
        assertThat(output).isInstanceOf(MultiPolygon.class);
        assertThat(output.getNumGeometries()).isEqualTo(1);
        assertThat(output.getNumPoints()).isEqualTo(input.getNumPoints());
        assertThat(output.getSRID()).isEqualTo(2154);
        assertThat(output.getCoordinates()[1].getZ()).isEqualTo(20);
        assertThat(output.getEnvelopeInternal().getMinX()).isGreaterThan(500_000);
        assertThat(input.getCoordinates()[0].x).as("input untouched").isEqualTo(2);
        assertThat(input.getEnvelopeInternal().getMaxX()).isEqualTo(3);
    }

    @Test
    void sameCodeReturnsTheInputItself() {
        Point p = point(PARIS);
        assertThat(SERVICE.transform(p, 4326, 4326)).isSameAs(p);
    }

    @Test
    void emptyGeometriesStayEmpty() {
        Geometry empty = WGS84.createLineString();
        assertThat(SERVICE.transform(empty, 4326, 2154).isEmpty()).isTrue();
    }

    @Test
    void pointsWithoutImageAreRejectedRatherThanReturnedAsNaN() {
        assertThatThrownBy(() -> SERVICE.transform(point(new double[] {0, 90}), 4326, 3857))
                .isInstanceOf(UnsupportedCrsException.class)
                .hasMessageContaining("no position in EPSG:3857");
        assertThatThrownBy(() -> SERVICE.transform(point(new double[] {-170, 10}), 4326, 32631))
                .isInstanceOf(UnsupportedCrsException.class);
    }

    // ---------------------------------------------------------------- envelopes

    @Test
    void transformedEnvelopeContainsEveryTransformedPoint() {
        assertContainsGrid(new Envelope(-5.5, 9.8, 41.3, 51.2), 4326, 2154);
        assertContainsGrid(new Envelope(100_000, 1_200_000, 6_050_000, 7_100_000), 2154, 4326);
        assertContainsGrid(new Envelope(1_600_000, 1_800_000, 7_150_000, 7_250_000), 3948, 2154);
        assertContainsGrid(new Envelope(-61.3, -60.8, 14.3, 14.9), 4326, 5490);
        assertContainsGrid(new Envelope(300_000, 380_000, 7_630_000, 7_700_000), 2975, 3857);
    }

    @Test
    void transformedEnvelopeIsTight() {
        Envelope source = new Envelope(-5.5, 9.8, 41.3, 51.2);
        Envelope result = SERVICE.transform(source, 4326, 2154);
        Envelope sampled = sampledImage(source, 4326, 2154);
        assertThat(result.getWidth()).isCloseTo(sampled.getWidth(), within(sampled.getWidth() * 1e-3));
        assertThat(result.getHeight()).isCloseTo(sampled.getHeight(), within(sampled.getHeight() * 1e-3));
    }

    @Test
    void repeatedEnvelopeTransformsGiveEqualIndependentCopies() {
        Envelope source = new Envelope(0.6, 0.8, 47.3, 47.5);
        Envelope first = SERVICE.transform(source, 4326, 2154);
        first.expandBy(1000);
        Envelope second = SERVICE.transform(new Envelope(source), 4326, 2154);
        assertThat(second).isNotEqualTo(first).isNotSameAs(SERVICE.transform(source, 4326, 2154))
                .isEqualTo(SERVICE.transform(source, 4326, 2154));
        assertThat(SERVICE.transform(source, 4326, 3857)).as("another target CRS")
                .isNotEqualTo(second);
    }

    @Test
    void worldEnvelopeIsClippedToTheDomainOfTheTargetInsteadOfInfinite() {
        Envelope world = new Envelope(-180, 180, -90, 90);
        Envelope mercator = SERVICE.transform(world, 4326, 3857);
        assertThat(mercator.getMinX()).isCloseTo(-20_037_508.34, within(CM));
        assertThat(mercator.getMaxX()).isCloseTo(20_037_508.34, within(CM));
        assertThat(mercator.getMaxY()).isBetween(20_037_508.0, 20_050_000.0);
        assertThat(mercator.getMinY()).isBetween(-20_050_000.0, -20_037_508.0);

        Envelope lambert93 = SERVICE.transform(world, 4326, 2154);
        assertThat(lambert93).isEqualTo(SERVICE.transform(SERVICE.domainOfValidity(2154), 4326, 2154));
        assertThat(lambert93.getMinX()).isBetween(-500_000.0, 100_000.0);
        assertThat(lambert93.getMaxY()).isBetween(7_100_000.0, 7_300_000.0);
    }

    @Test
    void envelopeEntirelyOutsideTheTargetDomainIsEmpty() {
        assertThat(SERVICE.transform(new Envelope(100, 110, -80, -70), 4326, 32631).isNull()).isTrue();
    }

    @Test
    void geographicResultsAroundAPoleStayWithinLongitudeRange() {
        // Arctic polar stereographic box around the North Pole.
        Envelope result = SERVICE.transform(new Envelope(-1e6, 1e6, -1e6, 1e6), 3413, 4326);
        assertThat(result).isEqualTo(new Envelope(-180, 180, result.getMinY(), 90));
        assertThat(result.getMinY()).isBetween(75.0, 80.0);
    }

    @Test
    void nullEnvelopeStaysNullAndSameCodeCopies() {
        assertThat(SERVICE.transform(new Envelope(), 4326, 2154).isNull()).isTrue();
        Envelope e = new Envelope(1, 2, 3, 4);
        assertThat(SERVICE.transform(e, 2154, 2154)).isEqualTo(e).isNotSameAs(e);
    }

    // ---------------------------------------------------------------- helpers

    // ---------------------------------------------------------------- approximate transforms for drawing

    /**
     * Lambert-93 to Web Mercator over a region-wide map, a city map and a tile: every vertex of a line crossing the
     * area lands within the tolerance of the exact transform, the ones outside the area exactly on it.
     */
    @ParameterizedTest
    @CsvSource({
        "400000, 6500000, 700000, 6800000, 60",
        "615000, 6680000, 623000, 6686000, 0.4",
        "618000, 6685000, 618600, 6685600, 0.12"
    })
    void approximateTransformStaysWithinItsToleranceOverTheArea(double minX, double minY, double maxX, double maxY,
            double tolerance) {
        Envelope area = new Envelope(minX, maxX, minY, maxY);
        GeometryFactory lambert93 = new GeometryFactory(new PrecisionModel(), 2154);
        java.util.Random random = new java.util.Random(3);
        Coordinate[] vertices = new Coordinate[500];
        for (int i = 0; i < vertices.length; i++) {
            // a third of the vertices fall outside the area
            vertices[i] = new Coordinate(minX + (random.nextDouble() * 1.5 - 0.25) * area.getWidth(),
                    minY + (random.nextDouble() * 1.5 - 0.25) * area.getHeight());
        }
        Geometry line = lambert93.createLineString(vertices);
        Geometry exact = SERVICE.transform(line, 2154, 3857);
        Geometry approximate = SERVICE.approximateTransform(2154, 3857, area, tolerance).apply(line);
        assertThat(approximate.getSRID()).isEqualTo(3857);
        assertThat(line.getCoordinates()[0]).as("the input is left as it was").isEqualTo(vertices[0]);
        for (int i = 0; i < vertices.length; i++) {
            Coordinate e = exact.getCoordinates()[i];
            Coordinate a = approximate.getCoordinates()[i];
            double allowed = area.contains(vertices[i]) ? tolerance : 1e-9;
            assertThat(Math.abs(a.x - e.x)).as("x of vertex %d", i).isLessThanOrEqualTo(allowed);
            assertThat(Math.abs(a.y - e.y)).as("y of vertex %d", i).isLessThanOrEqualTo(allowed);
        }
    }

    @Test
    void approximateTransformFallsBackToTheExactOneWhereTheAreaHasNoImage() {
        // Web Mercator has no image of the poles: no grid over an area that reaches one
        Envelope area = new Envelope(-10, 10, 80, 90);
        Geometry point = point(new double[] {2, 85});
        Geometry approximate = SERVICE.approximateTransform(4326, 3857, area, 1).apply(point);
        assertThat(approximate.getCoordinate()).isEqualTo(SERVICE.transform(point, 4326, 3857).getCoordinate());
        assertThat(SERVICE.approximateTransform(2154, 2154, area, 1).apply(point)).isSameAs(point);
    }

    private static Point point(double[] lonLat) {
        return WGS84.createPoint(new Coordinate(lonLat[0], lonLat[1]));
    }

    private static void assertProjected(double lon, double lat, int srid, double easting, double northing) {
        Point p = (Point) SERVICE.transform(point(new double[] {lon, lat}), 4326, srid);
        assertThat(p.getX()).as("easting of (%s, %s) in EPSG:%s", lon, lat, srid).isCloseTo(easting, within(CM));
        assertThat(p.getY()).as("northing of (%s, %s) in EPSG:%s", lon, lat, srid).isCloseTo(northing, within(CM));
    }

    private static void assertContainsGrid(Envelope source, int from, int to) {
        Envelope result = SERVICE.transform(source, from, to);
        assertThat(result.contains(sampledImage(source, from, to)))
                .as("%s in EPSG:%s -> %s", source, to, result).isTrue();
    }

    /** Image of a 41 x 41 grid of points of the envelope, borders included. */
    private static Envelope sampledImage(Envelope source, int from, int to) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), from);
        Coordinate[] grid = new Coordinate[41 * 41];
        for (int i = 0; i <= 40; i++) {
            for (int j = 0; j <= 40; j++) {
                grid[i * 41 + j] = new Coordinate(source.getMinX() + source.getWidth() * i / 40,
                        source.getMinY() + source.getHeight() * j / 40);
            }
        }
        return SERVICE.transform(factory.createMultiPointFromCoords(grid), from, to).getEnvelopeInternal();
    }
}
