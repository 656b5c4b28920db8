package fr.crige.wms.render;

import fr.crige.wms.style.Fill;
import fr.crige.wms.style.Graphic;
import fr.crige.wms.style.Mark;
import fr.crige.wms.style.Stroke;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws fills (solid or graphic patterns), strokes, marks and external graphics on a Java2D surface. The Java2D
 * colours and strokes derived from the style, pattern tiles and mark sprites are cached per painter (one map
 * request), since the same few are used for thousands of features.
 */
final class SymbolPainter {

    /**
     * A cache key: a style object by identity, with the factor (scale or opacity) it is used with. A request
     * uses the same few style objects for thousands of features; hashing the style records deeply for each
     * of them took a tenth of a tile's CPU time.
     */
    private record StyleKey(Object style, double factor) {
        @Override
        public boolean equals(Object other) {
            return other instanceof StyleKey key && key.style == style
                    && Double.doubleToLongBits(key.factor) == Double.doubleToLongBits(factor);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(style) * 31 + Double.hashCode(factor);
        }
    }

    private record Sprite(BufferedImage image, int originX, int originY) {
    }

    /** Sub-pixel positions per axis for which a mark sprite is drawn. */
    private static final int SPRITE_PHASES = 4;
    /** Larger marks are few on a map and their sprites would take memory: they are drawn as shapes. */
    private static final double MAX_SPRITE_PIXELS = 64;

    private final Map<StyleKey, BasicStroke> strokes = new HashMap<>();
    /** Per graphic and scale, the sprites of the {@code SPRITE_PHASES²} sub-pixel positions, drawn when first used. */
    private final Map<StyleKey, Sprite[]> sprites = new HashMap<>();
    private final Map<StyleKey, Color> colors = new HashMap<>();
    private final Map<StyleKey, Paint> patterns = new HashMap<>();

    void fill(Graphics2D g, Shape shape, Fill fill, double opacity) {
        if (fill.graphicFill() != null) {
            Paint previous = g.getPaint();
            g.setPaint(pattern(fill.graphicFill(), fill.opacity() * opacity));
            g.fill(shape);
            g.setPaint(previous);
            return;
        }
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

    /**
     * Draws a graphic centred on (x, y) in pixels; {@code scale} converts its units to pixels. On an
     * untransformed surface a mark of usual size is stamped from a sprite (see {@link #sprite}), else drawn as a
     * shape.
     */
    void graphic(Graphics2D g, double x, double y, Graphic graphic, double scale) {
        if (graphic.external() != null) {
            image(g, x, y, graphic, scale);
            return;
        }
        if (!g.getTransform().isIdentity() || graphic.size() * scale > MAX_SPRITE_PIXELS) {
            mark(g, x, y, graphic, scale);
            return;
        }
        long qx = Math.round(x * SPRITE_PHASES);
        long qy = Math.round(y * SPRITE_PHASES);
        Sprite sprite = sprite(graphic, scale, (int) Math.floorMod(qx, SPRITE_PHASES),
                (int) Math.floorMod(qy, SPRITE_PHASES));
        g.drawImage(sprite.image(), (int) Math.floorDiv(qx, SPRITE_PHASES) - sprite.originX(),
                (int) Math.floorDiv(qy, SPRITE_PHASES) - sprite.originY(), null);
    }

    private void mark(Graphics2D g, double x, double y, Graphic graphic, double scale) {
        Mark mark = graphic.mark();
        Shape shape = MarkShapes.at(mark.shape(), x, y, graphic.size() * scale, graphic.rotation());
        if (mark.fill() != null) {
            fill(g, shape, mark.fill(), graphic.opacity());
        }
        if (mark.stroke() != null) {
            stroke(g, shape, mark.stroke(), scale, graphic.opacity());
        }
    }

    /**
     * The mark drawn once, antialiased, into a small transparent image, for a position whose fractional part
     * is {@code phaseX / SPRITE_PHASES}, {@code phaseY / SPRITE_PHASES} of a pixel. Copying that image is
     * several times cheaper than rasterising the mark's outline again, and a map of 100,000 trees draws the same
     * few marks 100,000 times; positions rounded to a quarter pixel keep the antialiased edges where they were.
     * Compositing the sprite over the map gives the colours of drawing the mark directly, since "source over"
     * is associative.
     */
    private Sprite sprite(Graphic graphic, double scale, int phaseX, int phaseY) {
        Sprite[] phases = sprites.computeIfAbsent(new StyleKey(graphic, scale),
                k -> new Sprite[SPRITE_PHASES * SPRITE_PHASES]);
        int phase = phaseY * SPRITE_PHASES + phaseX;
        if (phases[phase] == null) {
            phases[phase] = drawSprite(graphic, scale, phaseX, phaseY);
        }
        return phases[phase];
    }

    private Sprite drawSprite(Graphic graphic, double scale, int phaseX, int phaseY) {
        Mark mark = graphic.mark();
        Shape outline = MarkShapes.at(mark.shape(), 0, 0, graphic.size() * scale, graphic.rotation());
        Rectangle2D bounds = outline.getBounds2D();
        if (mark.stroke() != null && mark.stroke().width() > 0) {
            bounds = basicStroke(mark.stroke(), scale).createStrokedShape(outline).getBounds2D();
        }
        // one pixel of margin for the antialiased edge and one for the sub-pixel phase
        int originX = (int) Math.ceil(-bounds.getMinX()) + 2;
        int originY = (int) Math.ceil(-bounds.getMinY()) + 2;
        int width = originX + (int) Math.ceil(bounds.getMaxX()) + 2;
        int height = originY + (int) Math.ceil(bounds.getMaxY()) + 2;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D sg = image.createGraphics();
        sg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        mark(sg, originX + (double) phaseX / SPRITE_PHASES, originY + (double) phaseY / SPRITE_PHASES, graphic,
                scale);
        sg.dispose();
        return new Sprite(image, originX, originY);
    }

    private static void image(Graphics2D g, double x, double y, Graphic graphic, double scale) {
        double width = graphic.width() * scale;
        double height = graphic.size() * scale;
        if (width < 0.5 || height < 0.5) {
            return;
        }
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.translate(x, y);
            if (graphic.rotation() != 0) {
                copy.rotate(Math.toRadians(graphic.rotation()));
            }
            copy.translate(-width / 2, -height / 2);
            if (graphic.opacity() < 1) {
                copy.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) graphic.opacity()));
            }
            graphic.external().image().paint(copy, width, height);
        } finally {
            copy.dispose();
        }
    }

    /**
     * The repeating paint of a graphic fill: one tile the size of the graphic (at least one pixel) with the
     * graphic centred in it, anchored at the image origin so adjacent polygons and tiles line up.
     */
    private Paint pattern(Graphic graphic, double opacity) {
        return patterns.computeIfAbsent(new StyleKey(graphic, opacity), k -> {
            int w = Math.max(1, (int) Math.ceil(graphic.width()));
            int h = Math.max(1, (int) Math.ceil(graphic.size()));
            BufferedImage tile = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D tg = tile.createGraphics();
            tg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (opacity < 1) {
                tg.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
            }
            graphic(tg, w / 2.0, h / 2.0, graphic, 1);
            tg.dispose();
            return new TexturePaint(tile, new Rectangle2D.Double(0, 0, w, h));
        });
    }

    Color color(Color color, double opacity) {
        return colors.computeIfAbsent(new StyleKey(color, opacity), k -> opacity >= 1 ? color
                : new Color(color.getRed(), color.getGreen(), color.getBlue(),
                        (int) Math.round(Math.max(0, opacity) * 255)));
    }

    BasicStroke basicStroke(Stroke stroke, double scale) {
        return strokes.computeIfAbsent(new StyleKey(stroke, scale), k -> {
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
