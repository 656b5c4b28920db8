package fr.crige.core.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.function.IntFunction;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes WKB, as databases send it, into JTS geometries whose coordinates are packed arrays: the OGC 2D form,
 * the ISO Z, M and ZM types (1000, 2000 and 3000 added to the type) and PostGIS's EWKB flags (Z, M and an
 * SRID), in either byte order.
 *
 * <p>Why not JTS's {@link WKBReader} alone: it reads every ordinate through a byte-order stream, eight bytes
 * copied and reassembled with shifts, then rounded by the precision model, and builds a coordinate object per
 * vertex before packing them. On a map of the 500,000 parcels of a region that was a fifth of the CPU time.
 * Here the ordinates are read straight from the array with a byte-order view and written into the packed
 * array. Whatever this class does not expect (an unknown type, a ring that is not closed or too short, a
 * truncated array) is handed to JTS's reader, which keeps its own rules and messages for them.
 *
 * <p>Not thread-safe (it reuses a JTS reader for those cases); cheap to create.
 */
public final class WkbDecoder {

    private static final VarHandle LITTLE_DOUBLE =
            MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BIG_DOUBLE =
            MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LITTLE_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BIG_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private static final int EWKB_Z = 0x80000000;
    private static final int EWKB_M = 0x40000000;
    private static final int EWKB_SRID = 0x20000000;
    /** Any geometry type, for {@link #geometry}. */
    private static final int ANY = 0;

    private final GeometryFactory factory;
    private final WKBReader fallback;
    private byte[] wkb;
    private int at;

    /**
     * A decoder building geometries with the factory (its SRID and precision model); coordinate sequences are
     * packed doubles whatever its sequence factory.
     */
    public WkbDecoder(GeometryFactory factory) {
        this.factory = factory;
        this.fallback = new WKBReader(factory);
    }

    /** A decoder for geometries of packed double coordinates, without SRID. */
    public WkbDecoder() {
        this(new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY));
    }

    /** The geometry of a whole WKB array. @throws ParseException when it is not WKB */
    public Geometry read(byte[] bytes) throws ParseException {
        wkb = bytes;
        at = 0;
        try {
            Geometry geometry = geometry(ANY);
            if (at == bytes.length) {
                return geometry;
            }
        } catch (UnexpectedWkb | IndexOutOfBoundsException | IllegalArgumentException e) {
            // left to JTS below
        } finally {
            wkb = null;
        }
        return fallback.read(bytes);
    }

    /** Thrown inside the decoder for input it leaves to JTS. */
    private static final class UnexpectedWkb extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnexpectedWkb() {
            super(null, null, false, false);
        }
    }

    /** The geometry at the current position, which must be of {@code expected} type (1 to 7) unless ANY. */
    private Geometry geometry(int expected) {
        byte order = wkb[at++];
        if (order != 0 && order != 1) {
            throw new UnexpectedWkb();
        }
        boolean little = order == 1;
        int header = readInt(little);
        boolean z = (header & EWKB_Z) != 0;
        boolean m = (header & EWKB_M) != 0;
        if ((header & EWKB_SRID) != 0) {
            readInt(little); // the SRID: the caller knows the column's
        }
        int type = header & 0x0FFFFFFF;
        switch (type / 1000) {
            case 0 -> { }
            case 1 -> z = true;
            case 2 -> m = true;
            case 3 -> {
                z = true;
                m = true;
            }
            default -> throw new UnexpectedWkb();
        }
        int dimension = 2 + (z ? 1 : 0) + (m ? 1 : 0);
        int measures = m ? 1 : 0;
        if (expected != ANY && type % 1000 != expected) {
            throw new UnexpectedWkb();
        }
        return switch (type % 1000) {
            case 1 -> point(little, dimension, measures);
            case 2 -> factory.createLineString(sequence(little, readCount(little), dimension, measures));
            case 3 -> polygon(little, dimension, measures);
            case 4 -> factory.createMultiPoint(members(little, 1, Point[]::new));
            case 5 -> factory.createMultiLineString(members(little, 2, LineString[]::new));
            case 6 -> factory.createMultiPolygon(members(little, 3, Polygon[]::new));
            case 7 -> factory.createGeometryCollection(members(little, ANY, Geometry[]::new));
            default -> throw new UnexpectedWkb();
        };
    }

    /** The members of a multi-geometry or collection, each of {@code type} (1 to 7) unless ANY. */
    @SuppressWarnings("unchecked")
    private <T extends Geometry> T[] members(boolean little, int type, IntFunction<T[]> array) {
        T[] members = array.apply(readCount(little));
        for (int i = 0; i < members.length; i++) {
            members[i] = (T) geometry(type);
        }
        return members;
    }

    private Point point(boolean little, int dimension, int measures) {
        CoordinateSequence sequence = sequence(little, 1, dimension, measures);
        if (Double.isNaN(sequence.getX(0)) && Double.isNaN(sequence.getY(0))) {
            return factory.createPoint(); // how WKB writes an empty point
        }
        return factory.createPoint(sequence);
    }

    private Polygon polygon(boolean little, int dimension, int measures) {
        int rings = readCount(little);
        if (rings == 0) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(little, dimension, measures);
        LinearRing[] holes = new LinearRing[rings - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(little, dimension, measures);
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(boolean little, int dimension, int measures) {
        int size = readCount(little);
        if (size > 0 && size < LinearRing.MINIMUM_VALID_SIZE) {
            throw new UnexpectedWkb();
        }
        // JTS checks that the ring is closed and throws IllegalArgumentException otherwise
        return factory.createLinearRing(sequence(little, size, dimension, measures));
    }

    private CoordinateSequence sequence(boolean little, int size, int dimension, int measures) {
        int count = size * dimension;
        if (count < 0 || at + 8L * count > wkb.length) {
            throw new UnexpectedWkb();
        }
        double[] ordinates = new double[count];
        VarHandle doubles = little ? LITTLE_DOUBLE : BIG_DOUBLE;
        for (int i = 0; i < count; i++, at += 8) {
            ordinates[i] = (double) doubles.get(wkb, at);
        }
        return new PackedCoordinateSequence.Double(ordinates, dimension, measures);
    }

    private int readCount(boolean little) {
        int count = readInt(little);
        if (count < 0) {
            throw new UnexpectedWkb();
        }
        return count;
    }

    private int readInt(boolean little) {
        int value = little ? (int) LITTLE_INT.get(wkb, at) : (int) BIG_INT.get(wkb, at);
        at += 4;
        return value;
    }
}
