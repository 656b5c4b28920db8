package fr.crige.wms.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes the lines and surfaces of geometries into a Java2D path in pixel coordinates, generalised to the
 * pixel on the way: the coordinates are read straight from the JTS coordinate sequences, transformed to the
 * screen, and a vertex closer than {@link #TOLERANCE_PIXELS} to the previous kept one is skipped, so a commune
 * boundary of thousands of vertices drawn at region scale costs a few dozen path segments and no intermediate
 * geometry is built.
 *
 * <p>Rings are written with a fixed orientation, shells one way and holes the other, so that the non-zero
 * winding rule cuts the holes whatever the orientation in the data. That is what lets many polygons be
 * filled as one path ({@link PathBatch}): with the even-odd rule, two overlapping polygons would cancel
 * each other out.
 *
 * <p>Points have no path; a builder reuses one buffer and is not thread-safe.
 */
final class ScreenPaths {

    /** Vertices closer than this to the previous kept one, in pixels on either axis, are skipped. */
    static final double TOLERANCE_PIXELS = 0.5;

    private final double scaleX;
    private final double scaleY;
    private final double offsetX;
    private final double offsetY;
    private double[] ring = new double[256];

    ScreenPaths(MapViewport viewport) {
        // the world-to-screen transform of a map has no rotation or shear: two scales and two offsets
        scaleX = viewport.width() / viewport.envelope().getWidth();
        scaleY = -viewport.height() / viewport.envelope().getHeight();
        offsetX = -viewport.envelope().getMinX() * scaleX;
        offsetY = -viewport.envelope().getMaxY() * scaleY;
    }

    /** Appends the geometry's lines and ring outlines to the path; returns the number of vertices written. */
    int append(Geometry geometry, Path2D path) {
        if (geometry instanceof Polygon polygon) {
            int n = ring(polygon.getExteriorRing().getCoordinateSequence(), path, true);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                n += ring(polygon.getInteriorRingN(i).getCoordinateSequence(), path, false);
            }
            return n;
        }
        if (geometry instanceof LineString line) {
            return line(line.getCoordinateSequence(), path);
        }
        int n = 0;
        if (geometry instanceof GeometryCollection collection) {
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                n += append(collection.getGeometryN(i), path);
            }
        }
        return n;
    }

    private int line(CoordinateSequence sequence, Path2D path) {
        int kept = decimate(sequence, true);
        if (kept < 2) {
            return 0;
        }
        path.moveTo(ring[0], ring[1]);
        for (int i = 1; i < kept; i++) {
            path.lineTo(ring[2 * i], ring[2 * i + 1]);
        }
        return kept;
    }

    /**
     * Writes a closed ring, clockwise on screen for a shell and counter-clockwise for a hole. A ring smaller
     * than the tolerance keeps fewer than three vertices: it is still written, so its outline shows as a dot.
     */
    private int ring(CoordinateSequence sequence, Path2D path, boolean shell) {
        int kept = decimate(sequence, false);
        if (kept == 0) {
            return 0;
        }
        // twice the signed area on screen (y down): positive when clockwise as seen on the map
        double area = 0;
        for (int i = 0, j = kept - 1; i < kept; j = i++) {
            area += (ring[2 * j] * ring[2 * i + 1]) - (ring[2 * i] * ring[2 * j + 1]);
        }
        boolean forward = (area >= 0) == shell;
        int first = forward ? 0 : kept - 1;
        int step = forward ? 1 : -1;
        path.moveTo(ring[2 * first], ring[2 * first + 1]);
        for (int i = 1, k = first + step; i < kept; i++, k += step) {
            path.lineTo(ring[2 * k], ring[2 * k + 1]);
        }
        path.closePath();
        return kept;
    }

    /**
     * Transforms the sequence to pixels into {@link #ring} and drops the vertices within the tolerance of the
     * previous kept one; a line keeps its last vertex, a ring drops it (closing the path returns to the first).
     * Returns the number of vertices kept.
     */
    private int decimate(CoordinateSequence sequence, boolean keepLast) {
        int size = sequence.size();
        if (size == 0) {
            return 0;
        }
        if (ring.length < 2 * size) {
            ring = new double[Math.max(2 * size, 2 * ring.length)];
        }
        double lastX = sequence.getX(0) * scaleX + offsetX;
        double lastY = sequence.getY(0) * scaleY + offsetY;
        ring[0] = lastX;
        ring[1] = lastY;
        int kept = 1;
        for (int i = 1; i < size - 1; i++) {
            double x = sequence.getX(i) * scaleX + offsetX;
            double y = sequence.getY(i) * scaleY + offsetY;
            if (Math.abs(x - lastX) >= TOLERANCE_PIXELS || Math.abs(y - lastY) >= TOLERANCE_PIXELS) {
                ring[2 * kept] = x;
                ring[2 * kept + 1] = y;
                kept++;
                lastX = x;
                lastY = y;
            }
        }
        if (keepLast && size > 1) {
            ring[2 * kept] = sequence.getX(size - 1) * scaleX + offsetX;
            ring[2 * kept + 1] = sequence.getY(size - 1) * scaleY + offsetY;
            kept++;
        }
        return kept;
    }
}
