package fr.crige.core.crs;

import org.locationtech.jts.geom.Envelope;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;

/**
 * A coordinate transform approximated over an area by bilinear interpolation between the exactly transformed
 * nodes of a regular grid, with a bound on the error; points outside the area are transformed exactly.
 *
 * <p>Why: drawing a map in another CRS than the data's transforms every vertex drawn, and an exact transform
 * between two projections goes through geographic (and here geocentric, for the change of ellipsoid)
 * coordinates with several transcendental functions and an iteration per point: a seventh of the CPU time of a
 * Web Mercator tile of Lambert-93 data. Over a map, a projection change is so smooth that interpolating between
 * a few dozen exact points stays within a hundredth of a pixel, for a few multiplications per vertex. GDAL
 * warps images the same way (its approximate transformer). SIS can build interpolated transforms from
 * control points ({@code LocalizationGridBuilder}), but as a fitted transform with no error bound against the
 * exact one nor fallback outside the grid, which is what a renderer needs; so this class.
 *
 * <p>The grid starts at 4 × 4 cells and is refined, up to {@link #MAX_CELLS} cells per side, until at the centre
 * and mid-edges of every cell the interpolated point is within the tolerance of the exact one.
 * Immutable and thread-safe.
 */
final class GridApproximation {

    private static final int MIN_CELLS = 4;
    private static final int MAX_CELLS = 32;

    private final MathTransform exact;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double cellsPerUnitX;
    private final double cellsPerUnitY;
    private final int cells;
    /** Transformed nodes, row by row from minY, x then y. */
    private final double[] nodes;

    private GridApproximation(MathTransform exact, Envelope area, int cells, double[] nodes) {
        this.exact = exact;
        this.minX = area.getMinX();
        this.minY = area.getMinY();
        this.maxX = area.getMaxX();
        this.maxY = area.getMaxY();
        this.cellsPerUnitX = cells / area.getWidth();
        this.cellsPerUnitY = cells / area.getHeight();
        this.cells = cells;
        this.nodes = nodes;
    }

    /**
     * The approximation of {@code exact} over {@code area} (source coordinates) within {@code tolerance} (target
     * units, on both axes), or null when no grid of up to {@link #MAX_CELLS} cells per side achieves it, or
     * when some point of the area has no image.
     */
    static GridApproximation over(MathTransform exact, Envelope area, double tolerance) throws TransformException {
        if (area.isNull() || area.getWidth() <= 0 || area.getHeight() <= 0 || !(tolerance > 0)) {
            return null;
        }
        double[] nodes = sample(exact, area, MIN_CELLS);
        for (int cells = MIN_CELLS; nodes != null && cells <= MAX_CELLS; cells *= 2) {
            // the probes at twice the resolution are the next grid's nodes
            double[] finer = sample(exact, area, 2 * cells);
            if (finer == null) {
                return null;
            }
            GridApproximation grid = new GridApproximation(exact, area, cells, nodes);
            if (grid.within(finer, tolerance)) {
                return grid;
            }
            nodes = finer;
        }
        return null;
    }

    /**
     * Transforms {@code count} points given as x, y pairs in place: inside the area by interpolation, outside
     * exactly (in one call for all of them).
     */
    void transform(double[] xy, int count) throws TransformException {
        int outside = 0;
        int[] where = null;
        double[] rest = null;
        for (int i = 0; i < 2 * count; i += 2) {
            double x = xy[i];
            double y = xy[i + 1];
            if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                interpolate(xy, i, x, y);
            } else {
                if (rest == null) {
                    rest = new double[2 * count];
                    where = new int[count];
                }
                where[outside] = i;
                rest[2 * outside] = x;
                rest[2 * outside + 1] = y;
                outside++;
            }
        }
        if (outside > 0) {
            exact.transform(rest, 0, rest, 0, outside);
            for (int k = 0; k < outside; k++) {
                xy[where[k]] = rest[2 * k];
                xy[where[k] + 1] = rest[2 * k + 1];
            }
        }
    }

    private void interpolate(double[] out, int at, double x, double y) {
        double u = (x - minX) * cellsPerUnitX;
        double v = (y - minY) * cellsPerUnitY;
        int col = Math.min(cells - 1, (int) u);
        int row = Math.min(cells - 1, (int) v);
        double fu = u - col;
        double fv = v - row;
        int stride = 2 * (cells + 1);
        int n00 = row * stride + 2 * col;
        int n01 = n00 + stride;
        double w00 = (1 - fu) * (1 - fv);
        double w10 = fu * (1 - fv);
        double w01 = (1 - fu) * fv;
        double w11 = fu * fv;
        out[at] = w00 * nodes[n00] + w10 * nodes[n00 + 2] + w01 * nodes[n01] + w11 * nodes[n01 + 2];
        out[at + 1] = w00 * nodes[n00 + 1] + w10 * nodes[n00 + 3] + w01 * nodes[n01 + 1] + w11 * nodes[n01 + 3];
    }

    /**
     * Whether interpolation is within the tolerance at the centre and the mid-edges of every cell, given the
     * exact images of the grid of twice the resolution.
     */
    private boolean within(double[] probes, double tolerance) {
        int side = 2 * cells + 1;
        double[] approximate = new double[2];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                if (i % 2 == 0 && j % 2 == 0) {
                    continue; // a node: exact by construction
                }
                int p = 2 * (j * side + i);
                interpolate(approximate, 0, minX + i * (maxX - minX) / (2.0 * cells),
                        minY + j * (maxY - minY) / (2.0 * cells));
                if (Math.abs(approximate[0] - probes[p]) > tolerance
                        || Math.abs(approximate[1] - probes[p + 1]) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The exact images of the (cells + 1)² nodes of a grid over the area, or null when one has none. */
    private static double[] sample(MathTransform exact, Envelope area, int cells) throws TransformException {
        int side = cells + 1;
        double[] points = new double[2 * side * side];
        for (int j = 0, p = 0; j < side; j++) {
            double y = j == cells ? area.getMaxY() : area.getMinY() + j * area.getHeight() / cells;
            for (int i = 0; i < side; i++, p += 2) {
                points[p] = i == cells ? area.getMaxX() : area.getMinX() + i * area.getWidth() / cells;
                points[p + 1] = y;
            }
        }
        exact.transform(points, 0, points, 0, side * side);
        for (double value : points) {
            if (!Double.isFinite(value)) {
                return null;
            }
        }
        return points;
    }
}
