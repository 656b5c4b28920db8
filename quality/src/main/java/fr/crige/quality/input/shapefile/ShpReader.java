package fr.crige.quality.input.shapefile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the records of a .shp file in sequence as JTS geometries. A record whose geometry cannot be built
 * (a ring with fewer than four points, an unsupported shape type) yields its reason instead, which the
 * checks report as an invalid geometry of that row; a file whose structure is broken is an {@link IOException}.
 */
final class ShpReader implements AutoCloseable {

    private static final int FILE_CODE = 9994;
    private static final int HEADER_BYTES = 100;

    /** One record: the geometry (null for a null shape or when unreadable) or why it is unreadable. */
    record ShpRecord(Geometry geometry, String error) {
    }

    private final DataInputStream in;
    private final long fileBytes;
    private final GeometryFactory factory = new GeometryFactory();
    private long position;

    ShpReader(Path file) throws IOException {
        fileBytes = Files.size(file);
        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
        byte[] header = new byte[HEADER_BYTES];
        try {
            in.readFully(header);
        } catch (EOFException e) {
            in.close();
            throw new IOException("the .shp file is shorter than its 100-byte header");
        }
        if (ByteBuffer.wrap(header).order(ByteOrder.BIG_ENDIAN).getInt(0) != FILE_CODE) {
            in.close();
            throw new IOException("not a .shp file (file code is not 9994)");
        }
        position = HEADER_BYTES;
    }

    /** The next record, or null at the end of the file. */
    ShpRecord next() throws IOException {
        if (position + 8 > fileBytes) {
            return null;
        }
        in.readInt(); // record number (big-endian), implied by the position
        long length = 2L * in.readInt();
        position += 8;
        if (length < 4 || position + length > fileBytes) {
            throw new IOException("corrupt .shp record at byte " + (position - 8) + " (length " + length + ")");
        }
        byte[] content = new byte[(int) length];
        in.readFully(content);
        position += length;
        ByteBuffer b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int type = b.getInt();
        try {
            return new ShpRecord(geometry(type, b), null);
        } catch (RuntimeException e) {
            // a record too short for its counts, a ring that is not closed...: that row's geometry is unreadable
            return new ShpRecord(null, "unreadable Shapefile geometry: " + e.getMessage());
        }
    }

    private Geometry geometry(int type, ByteBuffer b) {
        return switch (type) {
            case 0 -> null;
            case 1, 11, 21 -> factory.createPoint(new Coordinate(b.getDouble(), b.getDouble()));
            case 8, 18, 28 -> factory.createMultiPointFromCoords(points(b, skipBox(b).getInt()));
            case 3, 13, 23 -> lines(parts(b));
            case 5, 15, 25 -> polygons(parts(b));
            default -> throw new IllegalArgumentException("shape type " + type + " is not supported");
        };
    }

    private static ByteBuffer skipBox(ByteBuffer b) {
        b.position(b.position() + 32);
        return b;
    }

    private static Coordinate[] points(ByteBuffer b, int count) {
        if (count < 0 || count > b.remaining() / 16) {
            throw new IllegalArgumentException("point count " + count + " exceeds the record");
        }
        Coordinate[] points = new Coordinate[count];
        for (int i = 0; i < count; i++) {
            points[i] = new Coordinate(b.getDouble(), b.getDouble());
        }
        return points;
    }

    /** The point sequences of a PolyLine or Polygon record (its Z and M arrays, after the points, are skipped). */
    private static List<Coordinate[]> parts(ByteBuffer b) {
        skipBox(b);
        int partCount = b.getInt();
        int pointCount = b.getInt();
        if (partCount < 1 || partCount > b.remaining() / 4) {
            throw new IllegalArgumentException("part count " + partCount + " is not valid");
        }
        int[] starts = new int[partCount + 1];
        for (int i = 0; i < partCount; i++) {
            starts[i] = b.getInt();
        }
        starts[partCount] = pointCount;
        Coordinate[] all = points(b, pointCount);
        List<Coordinate[]> parts = new ArrayList<>(partCount);
        for (int i = 0; i < partCount; i++) {
            if (starts[i] < 0 || starts[i] > starts[i + 1] || starts[i + 1] > pointCount) {
                throw new IllegalArgumentException("part " + i + " has an invalid start index");
            }
            parts.add(java.util.Arrays.copyOfRange(all, starts[i], starts[i + 1]));
        }
        return parts;
    }

    private Geometry lines(List<Coordinate[]> parts) {
        LineString[] lines = parts.stream().map(factory::createLineString).toArray(LineString[]::new);
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    /**
     * Shells are the clockwise rings, holes the counter-clockwise ones (Shapefile specification); each hole
     * goes to the first shell that contains it. A hole inside no shell is kept as a shell, so that the
     * validity check reports the wrong orientation instead of the geometry silently losing a part.
     */
    private Geometry polygons(List<Coordinate[]> parts) {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] part : parts) {
            LinearRing ring = factory.createLinearRing(part);
            (Orientation.isCCW(part) ? holes : shells).add(ring);
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            int owner = -1;
            for (int i = 0; i < shells.size() && owner < 0; i++) {
                if (factory.createPolygon(shells.get(i)).contains(hole.getStartPoint())) {
                    owner = i;
                }
            }
            if (owner < 0) {
                shells.add(hole);
                holesOf.add(new ArrayList<>());
            } else {
                holesOf.get(owner).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
