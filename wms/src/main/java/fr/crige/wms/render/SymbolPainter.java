package fr.crige.wms.render;

import fr.crige.wms.style.Fill;
import fr.crige.wms.style.Graphic;
import fr.crige.wms.style.Mark;
import fr.crige.wms.style.Stroke;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws fills, strokes and marks on a Java2D surface. The Java2D colours and strokes derived from the style
 * are cached per painter (one map request), since the same few are used for thousands of features.
 */
final class SymbolPainter {

    private record StrokeKey(Stroke stroke, double scale) {
    }

    private record ColorKey(Color color, double opacity) {
    }

    private final Map<StrokeKey, BasicStroke> strokes = new HashMap<>();
    private final Map<ColorKey, Color> colors = new HashMap<>();

    void fill(Graphics2D g, Shape shape, Fill fill, double opacity) {
        g.setColor(color(fill.color(), fill.opacity() * opacity));
        g.fill(shape);
    }

    /** Strokes the shape; {@code scale} converts the stroke's units to pixels. */
    void stroke(Graphics2D g, Shape shape, Stroke stroke, double scale, double opacity) {
        if (stroke.width() == 0) {
            return;
        }
        g.setColor(color(stroke.color(), stroke.opacity() * opacity));
        g.setStroke(basicStroke(stroke, scale));
        g.draw(shape);
    }

    /** Draws a graphic centred on (x, y) in pixels; {@code scale} converts its units to pixels. */
    void graphic(Graphics2D g, double x, double y, Graphic graphic, double scale) {
        Mark mark = graphic.mark();
        Shape shape = MarkShapes.at(mark.shape(), x, y, graphic.size() * scale, graphic.rotation());
        if (mark.fill() != null) {
            fill(g, shape, mark.fill(), graphic.opacity());
        }
        if (mark.stroke() != null) {
            stroke(g, shape, mark.stroke(), scale, graphic.opacity());
        }
    }

    Color color(Color color, double opacity) {
        return colors.computeIfAbsent(new ColorKey(color, opacity), k -> opacity >= 1 ? color
                : new Color(color.getRed(), color.getGreen(), color.getBlue(),
                        (int) Math.round(Math.max(0, opacity) * 255)));
    }

    private BasicStroke basicStroke(Stroke stroke, double scale) {
        return strokes.computeIfAbsent(new StrokeKey(stroke, scale), k -> {
            float width = (float) (stroke.width() * scale);
            int cap = switch (stroke.lineCap()) {
                case BUTT -> BasicStroke.CAP_BUTT;
                case ROUND -> BasicStroke.CAP_ROUND;
                case SQUARE -> BasicStroke.CAP_SQUARE;
            };
            int join = switch (stroke.lineJoin()) {
                case MITRE -> BasicStroke.JOIN_MITER;
                case ROUND -> BasicStroke.JOIN_ROUND;
                case BEVEL -> BasicStroke.JOIN_BEVEL;
            };
            if (stroke.dashArray().isEmpty()) {
                return new BasicStroke(width, cap, join, 10);
            }
            float[] dashes = new float[stroke.dashArray().size()];
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] = (float) (stroke.dashArray().get(i) * scale);
            }
            return new BasicStroke(width, cap, join, 10, dashes, 0);
        });
    }
}
