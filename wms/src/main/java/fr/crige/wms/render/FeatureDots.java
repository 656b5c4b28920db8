package fr.crige.wms.render;

import fr.crige.wms.style.Stroke;
import fr.crige.wms.style.Symbolizer;

/**
 * Turns the symbol of a feature no bigger than a pixel or two into the rectangles of pixels it covers, for
 * {@link PixelDots}: at that size the outline of a parcel or a building is a blot whose shape no pixel can
 * show, and drawing it as a path costs a hundred times more (see {@link PixelDots}).
 *
 * <p>A surface with a thin solid outline is the rectangle of its envelope widened by half the outline; when
 * the surface is wider than its outline both ways, the fill takes the envelope and the outline the frame
 * around the envelope narrowed by half the outline, drawn over it as Java2D draws a stroke over a fill, so
 * the fill still shows inside. Without outline, the fill takes the envelope. Each rectangle shrinks about its centre to the area the symbol really covers, so that
 * a thin diagonal parcel does not print as much ink as its whole envelope: the surface's area for a fill;
 * the area of the outline band (Steiner's formula for a convex outline: the surface, plus its perimeter times
 * half the width, plus what the corners add; the envelope's perimeter stands for the perimeter) for an
 * outline that hides the fill. A short line is its envelope widened by half the stroke, shrunk to its length
 * times the width plus the caps.
 *
 * <p>Only opaque solid fills and solid strokes up to {@link #MAX_STROKE} pixels that the pass batches take
 * part: anything else is drawn as a path.
 */
final class FeatureDots {

    /** The largest surface, in pixels both ways, drawn as rectangles rather than as a path. */
    static final double MAX_PIXELS = 2;
    /** The same for lines, whose direction a rectangle loses sooner. */
    static final double LINE_MAX_PIXELS = 1;
    /** The widest stroke, in pixels, drawn so: beyond, the rounding of joins and caps starts to show. */
    static final double MAX_STROKE = 2;

    /** A feature's envelope on the screen, in pixels, and its area (surfaces) or length (lines) in pixels. */
    record ScreenBox(double left, double top, double right, double bottom, double measure) {
        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }

        double major() {
            return Math.max(width(), height());
        }
    }

    private FeatureDots() {
    }

    /** Adds the rectangles of a surface's symbol to the batches; false when the symbol needs a path. */
    static boolean polygon(PassBatches batches, Symbolizer.PolygonSymbolizer p, PassBatches.Slots slots, ScreenBox box) {
        if (box.major() > MAX_PIXELS) {
            return false;
        }
        boolean fill = p.fill() != null;
        boolean stroke = p.stroke() != null;
        double width = slots.solidStrokeWidth();
        if ((fill && slots.fill() == null) || (stroke && (width <= 0 || width > MAX_STROKE))) {
            return false;
        }
        double half = stroke ? width / 2 : 0;
        double innerWidth = box.width() - 2 * half;
        double innerHeight = box.height() - 2 * half;
        boolean fillShows = innerWidth > 0 && innerHeight > 0;
        if (fill && fillShows) {
            shrunk(batches, slots.fill(), box.left(), box.top(), box.right(), box.bottom(), box.measure());
        }
        if (stroke) {
            double x0 = box.left() - half;
            double y0 = box.top() - half;
            double x1 = box.right() + half;
            double y1 = box.bottom() + half;
            if (fillShows) {
                batches.addDot(slots.stroke(), (float) x0, (float) y0, (float) x1, (float) y1, (float) width);
            } else {
                shrunk(batches, slots.stroke(), x0, y0, x1, y1,
                        box.measure() + (box.width() + box.height()) * width + corners(p.stroke(), width));
            }
        }
        return true;
    }

    /**
     * Adds the rectangle of a short line's stroke, or of a small surface's outline drawn by a line symbolizer;
     * false when the symbol needs a path.
     */
    static boolean line(PassBatches batches, Symbolizer.LineSymbolizer l, PassBatches.Slots slots, ScreenBox box,
            boolean surface) {
        double width = slots.solidStrokeWidth();
        if (box.major() > LINE_MAX_PIXELS || width <= 0 || width > MAX_STROKE || l.perpendicularOffset() != 0) {
            return false;
        }
        double half = width / 2;
        double area;
        if (surface) {
            area = box.measure() + (box.width() + box.height()) * width + corners(l.stroke(), width);
        } else {
            area = box.measure() * width + switch (l.stroke().lineCap()) {
                case BUTT -> 0;
                case SQUARE -> width * width;
                case ROUND -> Math.PI * half * half;
            };
        }
        shrunk(batches, slots.stroke(), box.left() - half, box.top() - half, box.right() + half, box.bottom() + half,
                area);
        return true;
    }

    /**
     * What the corners of an outline of width {@code width} add to its band, summed over a convex outline: a
     * square of the width for mitred corners, a disc for round ones, half a square for bevelled ones.
     */
    private static double corners(Stroke stroke, double width) {
        return switch (stroke.lineJoin()) {
            case MITRE -> width * width;
            case ROUND -> Math.PI * width * width / 4;
            case BEVEL -> width * width / 2;
        };
    }

    /** The rectangle, shrunk about its centre to {@code area} when it is larger. */
    private static void shrunk(PassBatches batches, PathBatch batch, double x0, double y0, double x1, double y1,
            double area) {
        double rectangle = (x1 - x0) * (y1 - y0);
        if (area < rectangle) {
            double k = Math.sqrt(Math.max(0, area) / rectangle);
            double cx = (x0 + x1) / 2;
            double cy = (y0 + y1) / 2;
            x0 = cx - (cx - x0) * k;
            x1 = cx + (x1 - cx) * k;
            y0 = cy - (cy - y0) * k;
            y1 = cy + (y1 - cy) * k;
        }
        batches.addDot(batch, (float) x0, (float) y0, (float) x1, (float) y1, 0);
    }
}
