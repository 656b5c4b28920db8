package fr.crige.wms.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.Arrays;

/**
 * One solid fill or one stroke of a rendering pass, collecting the outlines of many features into a single
 * path that is filled or stroked in one Java2D call. Java2D's rasteriser has a fixed cost per call (path
 * set-up, stroker state, a pass over the alpha tiles of the shape's bounds) that dominates for small
 * features: the 500,000 parcels of a region map each cover a few pixels. One call for thousands of features
 * pays it once.
 *
 * <p>Only opaque paints are collected: the colour of a pixel then depends only on whether some feature covers
 * it, so drawing the union gives the picture of drawing the features one by one (and no seam of background
 * shows through the antialiased shared edges of adjacent polygons). A translucent fill drawn feature by
 * feature darkens where features overlap, which the union would not show.
 */
final class PathBatch {

    private final Color color;
    private final BasicStroke stroke;
    /** The width in pixels of a stroke painted by {@link ThinStrokes}, else 0. */
    private final double thinWidth;
    private final Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, 1024);
    private float[] dots = new float[PixelDots.STRIDE * 16];
    private int dotCount;
    private boolean empty = true;

    private PathBatch(Color color, BasicStroke stroke, double thinWidth) {
        this.color = color;
        this.stroke = stroke;
        this.thinWidth = thinWidth;
    }

    /** A batch that fills with an opaque colour. */
    static PathBatch fill(Color color) {
        return new PathBatch(color, null, 0);
    }

    /** A batch that strokes with an opaque colour. */
    static PathBatch stroke(Color color, BasicStroke stroke) {
        return new PathBatch(color, stroke, 0);
    }

    /**
     * A batch that strokes with an opaque colour, solid, {@code width} pixels wide (at most
     * {@link ThinStrokes#MAX_WIDTH}), painted by {@link ThinStrokes}.
     */
    static PathBatch thinStroke(Color color, double width) {
        return new PathBatch(color, null, width);
    }

    /** Whether a colour, with the opacity applied, can be batched. */
    static boolean opaque(Color color) {
        return color.getAlpha() == 255;
    }

    /** Adds the outline of a feature, written by {@link ScreenPaths} (non-zero winding). */
    void add(Shape outline) {
        path.append(outline, false);
        empty = false;
    }

    /**
     * Adds a feature drawn as the rectangle from (x0, y0) to (x1, y1), in pixels, whole when {@code band} is 0,
     * else as the frame of that width inside it.
     */
    void addDot(float x0, float y0, float x1, float y1, float band) {
        if (dots.length < PixelDots.STRIDE * (dotCount + 1)) {
            dots = Arrays.copyOf(dots, 2 * dots.length);
        }
        int i = PixelDots.STRIDE * dotCount++;
        dots[i] = x0;
        dots[i + 1] = y0;
        dots[i + 2] = x1;
        dots[i + 3] = y1;
        dots[i + 4] = band;
    }

    /** Draws what was added and empties the batch. */
    void paint(Graphics2D g, PixelDots pixelDots, ThinStrokes thinStrokes) {
        if (!empty) {
            if (thinWidth > 0) {
                thinStrokes.paint(path, thinWidth, color);
            } else if (stroke == null) {
                g.setColor(color);
                g.fill(path);
            } else {
                g.setColor(color);
                g.setStroke(stroke);
                g.draw(path);
            }
            path.reset();
            empty = true;
        }
        if (dotCount > 0) {
            pixelDots.paint(g, dots, dotCount, color);
            dotCount = 0;
        }
    }
}
