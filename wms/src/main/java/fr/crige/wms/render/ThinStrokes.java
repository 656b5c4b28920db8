package fr.crige.wms.render;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Paints opaque solid strokes no wider than a pixel (the outlines of parcels, communes and zones, minor
 * roads) straight into the map's pixels, antialiased, instead of through Java2D.
 *
 * <p>Why not Java2D: its stroker turns each segment of a 1 px outline into a polygon of four or more edges
 * (both sides, plus the join), and its rasteriser then follows each edge across eight sub-scanlines per pixel
 * row and sorts their crossings. On a city map of 17,000 parcels that was more than half the CPU time of the
 * request. A line this thin touches at most three pixels across, so each segment is walked here one pixel
 * column (or row, for a steep segment) at a time, and each pixel gets the share of its area the stroke covers.
 *
 * <p>How a pixel's coverage is computed: along a segment whose run is mostly horizontal, the stroke of width
 * {@code w} crosses the column of pixels at its centre as a vertical span of {@code w·√(1 + slope²)}; a
 * pixel of that column is covered by the part of the span inside it (a steep segment is walked by rows,
 * with horizontal spans). The column's centre value is exact while the stroke's edges do not cross a pixel
 * corner within the column and otherwise off by a small fraction of a pixel, below the 64 levels of Java2D's
 * own antialiasing. Each segment also covers the columns of its ends entirely (half a pixel past its end, the
 * cap a square cap of a 1 px line would have), so segments meeting at a vertex leave no gap.
 *
 * <p>The coverages of one paint call are merged into a mask, each pixel keeping the largest one (the union
 * of the strokes, as Java2D paints a batched path): a shared edge of two parcels is stroked twice and the
 * columns at vertices twice, and neither shows darker. The pixels covered, listed as they are first covered,
 * are then composited in the stroke's colour: the cost follows the length of the strokes, not the map's size.
 * As Java2D does with its default stroke control, vertices are first moved to the centre of their pixel,
 * which keeps horizontal and vertical outlines one pixel sharp.
 *
 * <p>Not thread-safe: one per map.
 */
final class ThinStrokes {

    /** The widest stroke, in pixels, painted here. */
    static final double MAX_WIDTH = 1;

    /** Pixels beyond the image's edges within which segments are still walked, for their antialiased edges. */
    private static final int MARGIN = 2;

    private final MapPixels pixels;
    private final int width;
    private final int height;
    /** Coverage of the current paint call per pixel, 0-255; all zero between calls. */
    private byte[] mask;
    /** The pixels the current paint call covered, each once: only they are composited and cleared. */
    private int[] touched = new int[1024];
    private int touchedCount;
    private final float[] segment = new float[6];

    private ThinStrokes(MapPixels pixels) {
        this.pixels = pixels;
        this.width = pixels.width();
        this.height = pixels.height();
    }

    /** Thin strokes painted into the image, or null when its pixels cannot be addressed directly. */
    static ThinStrokes of(BufferedImage image) {
        MapPixels pixels = MapPixels.of(image);
        return pixels == null ? null : new ThinStrokes(pixels);
    }

    /**
     * Strokes the path's lines and closed rings ({@code SEG_MOVETO}, {@code SEG_LINETO}, {@code SEG_CLOSE}, in
     * pixels) with an opaque colour and a width of at most {@link #MAX_WIDTH} pixels.
     */
    void paint(Path2D.Float path, double strokeWidth, Color color) {
        if (mask == null) {
            mask = new byte[width * height];
        }
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(segment)) {
                case PathIterator.SEG_MOVETO -> {
                    startX = lastX = centre(segment[0]);
                    startY = lastY = centre(segment[1]);
                }
                case PathIterator.SEG_LINETO -> {
                    double x = centre(segment[0]);
                    double y = centre(segment[1]);
                    segment(lastX, lastY, x, y, strokeWidth);
                    lastX = x;
                    lastY = y;
                }
                case PathIterator.SEG_CLOSE -> {
                    segment(lastX, lastY, startX, startY, strokeWidth);
                    lastX = startX;
                    lastY = startY;
                }
                default -> throw new IllegalArgumentException("curves are not thin strokes");
            }
        }
        composite(color.getRGB() & 0xFFFFFF);
    }

    /** The centre of the pixel holding the coordinate, where Java2D's stroke normalisation puts it. */
    private static double centre(float c) {
        return Math.floor(c) + 0.5;
    }

    private void segment(double x0, double y0, double x1, double y1, double strokeWidth) {
        if (Math.max(x0, x1) < -MARGIN || Math.min(x0, x1) > width + MARGIN
                || Math.max(y0, y1) < -MARGIN || Math.min(y0, y1) > height + MARGIN
                || x0 == x1 && y0 == y1) {
            return;
        }
        if (Math.abs(x1 - x0) >= Math.abs(y1 - y0)) {
            if (x0 <= x1) {
                walk(x0, y0, x1, y1, strokeWidth, false);
            } else {
                walk(x1, y1, x0, y0, strokeWidth, false);
            }
        } else if (y0 <= y1) {
            walk(y0, x0, y1, x1, strokeWidth, true);
        } else {
            walk(y1, x1, y0, x0, strokeWidth, true);
        }
    }

    /**
     * Walks a segment along its major axis {@code u} (x, or y when {@code steep}) from {@code u0 < u1}, one
     * pixel at a time, covering across it the span the stroke has at the pixel's centre. Both ends are pixel
     * centres (see {@link #centre}), so the end pixels are covered as the others: half for the segment, half
     * for its cap.
     */
    private void walk(double u0, double v0, double u1, double v1, double strokeWidth, boolean steep) {
        double slope = (v1 - v0) / (u1 - u0);
        double half = strokeWidth * Math.sqrt(1 + slope * slope) / 2;
        int majorSize = steep ? height : width;
        int minorSize = steep ? width : height;
        int start = (int) Math.floor(u0);
        int first = Math.max(0, start);
        int last = Math.min(majorSize - 1, (int) Math.floor(u1));
        for (int u = first; u <= last; u++) {
            double centre = v0 + (u - start) * slope;
            double low = centre - half;
            double high = centre + half;
            int from = Math.max(0, (int) Math.floor(low));
            int to = Math.min(minorSize - 1, (int) Math.floor(high));
            for (int v = from; v <= to; v++) {
                int a = (int) ((Math.min(high, v + 1) - Math.max(low, v)) * 255 + 0.5);
                if (a > 0) {
                    cover(steep ? u * width + v : v * width + u, a);
                }
            }
        }
    }

    private void cover(int index, int a) {
        int previous = mask[index] & 0xFF;
        if (a > previous) {
            if (previous == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, 2 * touched.length);
                }
                touched[touchedCount++] = index;
            }
            mask[index] = (byte) a;
        }
    }

    /** Paints the mask's coverage in the colour and clears it. */
    private void composite(int rgb) {
        for (int i = 0; i < touchedCount; i++) {
            int index = touched[i];
            pixels.over(index, rgb, mask[index] & 0xFF);
            mask[index] = 0;
        }
        touchedCount = 0;
    }
}
