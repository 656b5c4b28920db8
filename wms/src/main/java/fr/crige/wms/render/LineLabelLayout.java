package fr.crige.wms.render;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/**
 * Lays a label out along a line on the screen, glyph by glyph, so that it follows the road or river it names
 * (SLD 1.0 section 11.4.4, {@code LinePlacement}): centred on the line, reading left to right whatever the
 * line's digitising direction, each glyph rotated to the direction of the line under its middle.
 *
 * <p>A label is not laid out (null) when the line is shorter than the text, or when it bends more than
 * {@link #MAX_ANGLE_DELTA} between two neighbouring glyphs: such labels are unreadable, and the map is better
 * without them. Java2D has no text-on-path facility, hence this small class.
 */
final class LineLabelLayout {

    /** The sharpest bend allowed between two neighbouring glyphs, in radians (30 degrees). */
    static final double MAX_ANGLE_DELTA = Math.PI / 6;

    private final FontRenderContext context;

    LineLabelLayout(FontRenderContext context) {
        this.context = context;
    }

    /**
     * The outline of the text along the polyline, or null when it does not fit.
     *
     * @param xs     the line's vertices, in pixels
     * @param ys     the same, y downwards
     * @param offset perpendicular distance in pixels, positive to the left of the reading direction (above)
     */
    Shape layout(String text, Font font, double[] xs, double[] ys, double offset) {
        int n = xs.length;
        if (n < 2) {
            return null;
        }
        double[] along = new double[n];
        for (int i = 1; i < n; i++) {
            along[i] = along[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        GlyphVector glyphs = font.createGlyphVector(context, text);
        double width = glyphs.getLogicalBounds().getWidth();
        double length = along[n - 1];
        if (width > length) {
            return null;
        }
        double start = (length - width) / 2;
        Polyline line = new Polyline(xs, ys, along);
        if (line.x(start + width) < line.x(start)) {
            line = line.reversed();
        }
        LineMetrics metrics = font.getLineMetrics(text, context);
        double baseline = (metrics.getAscent() - metrics.getDescent()) / 2 - offset;
        Path2D.Double outline = new Path2D.Double();
        double previousAngle = Double.NaN;
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            double x = glyphs.getGlyphPosition(i).getX();
            double advance = glyphs.getGlyphMetrics(i).getAdvance();
            double middle = start + x + advance / 2;
            double angle = line.angle(middle);
            if (!Double.isNaN(previousAngle) && Math.abs(normalise(angle - previousAngle)) > MAX_ANGLE_DELTA) {
                return null;
            }
            previousAngle = angle;
            AffineTransform t = AffineTransform.getTranslateInstance(line.x(middle), line.y(middle));
            t.rotate(angle);
            t.translate(-x - advance / 2, baseline);
            outline.append(t.createTransformedShape(glyphs.getGlyphOutline(i)), false);
        }
        return outline;
    }

    private static double normalise(double angle) {
        double a = angle;
        while (a > Math.PI) {
            a -= 2 * Math.PI;
        }
        while (a < -Math.PI) {
            a += 2 * Math.PI;
        }
        return a;
    }

    /** A polyline measured along its length. */
    private record Polyline(double[] xs, double[] ys, double[] along) {

        Polyline reversed() {
            int n = xs.length;
            double[] rx = new double[n];
            double[] ry = new double[n];
            double[] ra = new double[n];
            double total = along[n - 1];
            for (int i = 0; i < n; i++) {
                rx[i] = xs[n - 1 - i];
                ry[i] = ys[n - 1 - i];
                ra[i] = total - along[n - 1 - i];
            }
            return new Polyline(rx, ry, ra);
        }

        /** The segment holding the distance {@code s} along the line. */
        private int segment(double s) {
            int i = 1;
            while (i < along.length - 1 && along[i] < s) {
                i++;
            }
            return i;
        }

        double x(double s) {
            int i = segment(s);
            return xs[i - 1] + (xs[i] - xs[i - 1]) * fraction(i, s);
        }

        double y(double s) {
            int i = segment(s);
            return ys[i - 1] + (ys[i] - ys[i - 1]) * fraction(i, s);
        }

        double angle(double s) {
            int i = segment(s);
            return Math.atan2(ys[i] - ys[i - 1], xs[i] - xs[i - 1]);
        }

        private double fraction(int i, double s) {
            double span = along[i] - along[i - 1];
            return span <= 0 ? 0 : Math.min(1, Math.max(0, (s - along[i - 1]) / span));
        }
    }
}
