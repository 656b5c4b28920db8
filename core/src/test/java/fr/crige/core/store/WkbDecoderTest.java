package fr.crige.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.Ordinate;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBConstants;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class WkbDecoderTest {

    private static final GeometryFactory PACKED = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    /** Every geometry type, empty ones included, in 2D, Z, M and ZM, both byte orders, ISO and EWKB flags. */
    @ParameterizedTest
    @ValueSource(strings = {
        "POINT (1.5 -2.25)",
        "POINT EMPTY",
        "LINESTRING (0 0, 10 5, 20 -3.125)",
        "LINESTRING EMPTY",
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))",
        "POLYGON EMPTY",
        "MULTIPOINT ((1 2), (3 4))",
        "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3, 4 2))",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5), (5.2 5.1, 5.8 5.1, 5.8 5.7, 5.2 5.1)))",
        "MULTIPOLYGON EMPTY",
        "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1), POLYGON ((0 0, 1 0, 1 1, 0 0)))",
        "POINT Z (1 2 3)",
        "LINESTRING Z (0 0 1, 10 5 2)",
        "POLYGON Z ((0 0 1, 10 0 2, 10 10 3, 0 0 1))",
        "LINESTRING M (0 0 7, 10 5 8)",
        "MULTIPOLYGON ZM (((0 0 1 9, 1 0 2 8, 1 1 3 7, 0 0 1 9)))"
    })
    void decodesWhatJtsWritesAsJtsReadsIt(String wkt) throws ParseException {
        Geometry geometry = new WKTReader(PACKED).read(wkt);
        EnumSet<Ordinate> ordinates = wkt.contains(" ZM ") ? Ordinate.createXYZM()
                : wkt.contains(" Z ") ? Ordinate.createXYZ() : wkt.contains(" M ") ? Ordinate.createXYM()
                : Ordinate.createXY();
        for (int order : new int[] {ByteOrderValues.LITTLE_ENDIAN, ByteOrderValues.BIG_ENDIAN}) {
            for (boolean srid : new boolean[] {false, true}) {
                WKBWriter writer = new WKBWriter(ordinates.size(), order, srid);
                writer.setOutputOrdinates(ordinates);
                byte[] wkb = writer.write(geometry);
                assertSameAsJts(wkb, wkt + ", order " + order + ", srid " + srid);
            }
        }
    }

    /** ISO WKB, where the type says Z (1000 + type), M (2000 +) or ZM (3000 +), as PostGIS's ST_AsBinary sends. */
    @Test
    void decodesIsoTypeCodes() throws ParseException {
        assertSameAsJts(isoWkb(1001, new double[] {1, 2, 3}), "POINT Z");
        assertSameAsJts(isoWkb(2002, new double[] {0, 0, 5, 1, 1, 6}), "LINESTRING M");
        assertSameAsJts(isoWkb(3003, new double[] {0, 0, 1, 9, 1, 0, 2, 8, 1, 1, 3, 7, 0, 0, 1, 9}),
                "POLYGON ZM");
        Geometry z = new WkbDecoder().read(isoWkb(1001, new double[] {1, 2, 3}));
        assertThat(z.getCoordinate().getZ()).isEqualTo(3);
        Geometry m = new WkbDecoder().read(isoWkb(2002, new double[] {0, 0, 5, 1, 1, 6}));
        assertThat(firstSequence(m).getMeasures()).isEqualTo(1);
        assertThat(firstSequence(m).getM(1)).isEqualTo(6);
    }

    private static void assertSameAsJts(byte[] wkb, String what) throws ParseException {
        Geometry decoded = new WkbDecoder().read(wkb);
        Geometry expected = new WKBReader(PACKED).read(wkb);
        assertThat(decoded.getGeometryType()).as(what).isEqualTo(expected.getGeometryType());
        assertThat(decoded.equalsExact(expected)).as(what).isTrue();
        assertThat(ordinates(decoded)).as("all ordinates of %s", what).containsExactly(ordinates(expected));
        if (!expected.isEmpty()) {
            assertThat(firstSequence(decoded).getDimension()).as(what)
                    .isEqualTo(firstSequence(expected).getDimension());
            assertThat(firstSequence(decoded).getMeasures()).as(what)
                    .isEqualTo(firstSequence(expected).getMeasures());
        }
    }

    /**
     * Little-endian ISO WKB of a point (type x001), a line string (x002) or a one-ring polygon (x003) with
     * {@code dimension}-ordinate vertices.
     */
    private static byte[] isoWkb(int type, double[] ordinates) {
        int dimension = type / 1000 == 3 ? 4 : 3;
        int vertices = ordinates.length / dimension;
        int kind = type % 1000;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(64 + 8 * ordinates.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 1).putInt(type);
        if (kind == 3) {
            b.putInt(1);
        }
        if (kind != 1) {
            b.putInt(vertices);
        }
        for (double v : ordinates) {
            b.putDouble(v);
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    @Test
    void coordinatesArePackedAndTheSridOfEwkbIsSkipped() throws ParseException {
        Geometry geometry = new WKTReader(PACKED).read("POLYGON ((0 0, 10 0, 10 10, 0 0))");
        geometry.setSRID(2154);
        byte[] ewkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true).write(geometry);
        Geometry decoded = new WkbDecoder().read(ewkb);
        assertThat(decoded.equalsExact(geometry)).isTrue();
        assertThat(firstSequence(decoded)).isInstanceOf(PackedCoordinateSequence.Double.class);
    }

    @Test
    void unusualInputIsLeftToJts() throws ParseException {
        // a ring that is not closed: JTS's reader has its own rule for it (it closes the ring)
        byte[] open = polygonWkb(new double[] {0, 0, 1, 0, 1, 1, 0, 1});
        assertSameAsJts(open, "an open ring");
        assertThat(new WkbDecoder().read(open).getNumPoints()).isEqualTo(5);
        // truncated input: the same ParseException as JTS
        byte[] point = new WKBWriter().write(PACKED.createPoint(new Coordinate(1, 2)));
        byte[] truncated = Arrays.copyOf(point, point.length - 3);
        assertThatThrownBy(() -> new WkbDecoder().read(truncated)).isInstanceOf(ParseException.class);
        // a byte-order flag that is neither 0 nor 1: JTS's reading of it
        byte[] flagged = point.clone();
        flagged[0] = 7;
        assertSameAsJts(flagged, "a byte-order flag of 7");
    }

    /** A little-endian WKB polygon of one ring with the given ordinates, not closed by the writer. */
    private static byte[] polygonWkb(double[] ring) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 + 4 + 4 + 4 + 8 * ring.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 1).putInt(WKBConstants.wkbPolygon).putInt(1).putInt(ring.length / 2);
        for (double v : ring) {
            b.putDouble(v);
        }
        return b.array();
    }

    private static org.locationtech.jts.geom.CoordinateSequence firstSequence(Geometry geometry) {
        Geometry[] found = new Geometry[1];
        geometry.apply((org.locationtech.jts.geom.GeometryComponentFilter) g -> {
            if (found[0] == null && (g instanceof org.locationtech.jts.geom.LineString
                    || g instanceof org.locationtech.jts.geom.Point) && !g.isEmpty()) {
                found[0] = g;
            }
        });
        return found[0] instanceof org.locationtech.jts.geom.Point p ? p.getCoordinateSequence()
                : ((org.locationtech.jts.geom.LineString) found[0]).getCoordinateSequence();
    }

    /** Every ordinate of every vertex, z and m included (NaN when absent). */
    private static double[] ordinates(Geometry geometry) {
        return Arrays.stream(geometry.getCoordinates())
                .flatMapToDouble(c -> java.util.stream.DoubleStream.of(c.getX(), c.getY(), c.getZ(), c.getM()))
                .toArray();
    }
}
