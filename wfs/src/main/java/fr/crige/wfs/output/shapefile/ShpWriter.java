package fr.crige.wfs.output.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes the main file (.shp) and the index (.shx) of a shapefile, one record at a time, after the ESRI
 * Shapefile Technical Description. The headers hold the file lengths and the overall bounding box, so they
 * are written last, over placeholders. Polygon rings are written clockwise for shells and counter-clockwise
 * for holes, as the format requires. Coordinates are 2D; Z and M values are dropped.
 */
final class ShpWriter implements Closeable {

    private static final int HEADER_BYTES = 100;
    private static final int FILE_CODE = 9994;
    private static final int VERSION = 1000;

    private final FileChannel shp;
    private final FileChannel shx;
    private ShapeType type;
    private final Envelope bounds = new Envelope();
    private ByteBuffer buffer = ByteBuffer.allocate(4096);
    private int records;
    private long shpBytes = HEADER_BYTES;

    /**
     * @param type the shape type, or null to take it from the first geometry (for generic geometry columns);
     *             {@link ShapeType#NULL} for a table without geometry
     */
    ShpWriter(Path shpFile, Path shxFile, ShapeType type) throws IOException {
        this.type = type;
        this.shp = FileChannel.open(shpFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.shx = FileChannel.open(shxFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        shp.position(HEADER_BYTES);
        shx.position(HEADER_BYTES);
    }

    /**
     * Writes the next record: the geometry, or a null shape for null or empty geometries.
     *
     * @throws IllegalArgumentException when the geometry is not of the file's shape type
     */
    void write(Geometry geometry) throws IOException {
        if (geometry != null && !geometry.isEmpty()) {
            ShapeType shape = ShapeType.of(geometry);
            if (type == null) {
                type = shape;
            }
            if (shape == null || !type.accepts(shape)) {
                throw new IllegalArgumentException("A shapefile holds one geometry type; " + type + " expected, got "
                        + geometry.getGeometryType());
            }
        }
        buffer.clear();
        buffer.order(ByteOrder.BIG_ENDIAN).putInt(0).putInt(0); // record header, completed below
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        if (geometry == null || geometry.isEmpty()) {
            ensure(4);
            buffer.putInt(ShapeType.NULL.code);
        } else {
            bounds.expandToInclude(geometry.getEnvelopeInternal());
            switch (type) {
                case POINT -> point((Point) geometry.getGeometryN(0));
                case MULTIPOINT -> multiPoint(geometry);
                case POLYLINE -> parts(geometry, false);
                case POLYGON -> parts(geometry, true);
                case NULL -> throw new IllegalArgumentException("This shapefile has no geometry column");
            }
        }
        int contentBytes = buffer.position() - 8;
        records++;
        buffer.order(ByteOrder.BIG_ENDIAN).putInt(0, records).putInt(4, contentBytes / 2);
        buffer.flip();
        ByteBuffer index = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        index.putInt((int) (shpBytes / 2)).putInt(contentBytes / 2).flip();
        shx.write(index);
        shpBytes += buffer.remaining();
        while (buffer.hasRemaining()) {
            shp.write(buffer);
        }
    }

    private void point(Point p) {
        ensure(20);
        buffer.putInt(ShapeType.POINT.code).putDouble(p.getX()).putDouble(p.getY());
    }

    private void multiPoint(Geometry g) {
        int n = g.getNumGeometries();
        ensure(40 + 16 * n);
        buffer.putInt(ShapeType.MULTIPOINT.code);
        box(g.getEnvelopeInternal());
        buffer.putInt(n);
        for (int i = 0; i < n; i++) {
            Coordinate c = g.getGeometryN(i).getCoordinate();
            buffer.putDouble(c.x).putDouble(c.y);
        }
    }

    /** PolyLine and Polygon records: every line or ring is a part. */
    private void parts(Geometry g, boolean polygon) {
        List<CoordinateSequence> parts = new ArrayList<>();
        List<Boolean> reversed = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry member = g.getGeometryN(i);
            if (polygon) {
                Polygon p = (Polygon) member;
                addRing(parts, reversed, p.getExteriorRing(), true);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    addRing(parts, reversed, p.getInteriorRingN(h), false);
                }
            } else {
                parts.add(((LineString) member).getCoordinateSequence());
                reversed.add(false);
            }
        }
        int points = parts.stream().mapToInt(CoordinateSequence::size).sum();
        ensure(44 + 4 * parts.size() + 16 * points);
        buffer.putInt(polygon ? ShapeType.POLYGON.code : ShapeType.POLYLINE.code);
        box(g.getEnvelopeInternal());
        buffer.putInt(parts.size()).putInt(points);
        int start = 0;
        for (CoordinateSequence part : parts) {
            buffer.putInt(start);
            start += part.size();
        }
        for (int p = 0; p < parts.size(); p++) {
            CoordinateSequence seq = parts.get(p);
            int n = seq.size();
            for (int i = 0; i < n; i++) {
                int k = reversed.get(p) ? n - 1 - i : i;
                buffer.putDouble(seq.getX(k)).putDouble(seq.getY(k));
            }
        }
    }

    /** Shells go clockwise, holes counter-clockwise. */
    private static void addRing(List<CoordinateSequence> parts, List<Boolean> reversed,
            LineString ring, boolean shell) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        boolean ccw = Orientation.isCCW(seq);
        parts.add(seq);
        reversed.add(shell == ccw);
    }

    private void box(Envelope e) {
        buffer.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }

    /** Grows the record buffer, keeping what it holds, so that {@code bytes} more fit. */
    private void ensure(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(buffer.position() + bytes + 1024);
            buffer.flip();
            larger.put(buffer);
            buffer = larger;
        }
        buffer.order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Writes both headers and closes the files. */
    @Override
    public void close() throws IOException {
        try (shp; shx) {
            shp.write(header(shpBytes), 0);
            shx.write(header(HEADER_BYTES + 8L * records), 0);
        }
    }

    private ByteBuffer header(long fileBytes) {
        ShapeType written = type == null ? ShapeType.NULL : type;
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
        h.putInt(FILE_CODE).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt((int) (fileBytes / 2));
        h.order(ByteOrder.LITTLE_ENDIAN).putInt(VERSION).putInt(written.code);
        Envelope b = bounds.isNull() ? new Envelope(0, 0, 0, 0) : bounds;
        h.putDouble(b.getMinX()).putDouble(b.getMinY()).putDouble(b.getMaxX()).putDouble(b.getMaxY());
        h.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        return h.flip();
    }
}
