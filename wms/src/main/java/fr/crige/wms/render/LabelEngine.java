package fr.crige.wms.render;

import fr.crige.wms.style.Halo;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.quadtree.Quadtree;

/**
 * Places labels after all layers are drawn, so that no geometry covers them, with a simple conflict
 * resolution: labels are taken in the order they were offered (layer order, then feature order), and a
 * label whose box, grown by a small margin, overlaps an already placed one or leaves the image is dropped.
 * Placed boxes are kept in a JTS quadtree so each test costs a logarithmic lookup rather than a scan. A label
 * following a line is tested with its bounding box, which keeps labels of crossing roads apart.
 */
final class LabelEngine {

    /** Free space kept around each label, in pixels. */
    private static final double MARGIN = 2;

    /**
     * A label to place: the glyph outline already positioned in pixels, its colour and optional halo.
     */
    record Candidate(Shape outline, Color color, Halo halo, Color haloColor, double haloRadius) {
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private final FontRenderContext fontContext = new FontRenderContext(null, true, true);
    private final LineLabelLayout lineLayout = new LineLabelLayout(fontContext);
    private final int width;
    private final int height;

    LabelEngine(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /**
     * Offers a label: the text in the font, its anchor point at (x, y), the fraction of its width and height
     * lying left of and below the anchor, and a clockwise rotation in radians.
     */
    void offer(String text, Font font, double x, double y, double anchorX, double anchorY, double rotation,
            Color color, Halo halo, Color haloColor, double haloRadius) {
        GlyphVector glyphs = font.createGlyphVector(fontContext, text);
        Rectangle2D logical = glyphs.getLogicalBounds();
        double ascent = font.getLineMetrics(text, fontContext).getAscent();
        double dx = -anchorX * logical.getWidth();
        double dy = anchorY * ascent;
        AffineTransform placement = AffineTransform.getTranslateInstance(x, y);
        if (rotation != 0) {
            placement.rotate(rotation);
        }
        placement.translate(dx, dy);
        Shape outline = placement.createTransformedShape(glyphs.getOutline());
        candidates.add(new Candidate(outline, color, halo, haloColor, haloRadius));
    }

    /**
     * Offers a label that follows a line given in pixels, offset perpendicularly (positive above); nothing is
     * offered when the text does not fit along the line (see {@link LineLabelLayout}).
     *
     * @return whether the label could be laid out
     */
    boolean offerAlong(String text, Font font, double[] xs, double[] ys, double offset, Color color, Halo halo,
            Color haloColor, double haloRadius) {
        Shape outline = lineLayout.layout(text, font, xs, ys, offset);
        if (outline == null) {
            return false;
        }
        candidates.add(new Candidate(outline, color, halo, haloColor, haloRadius));
        return true;
    }

    /** Draws the labels that fit; returns how many were drawn. */
    int paint(Graphics2D g) {
        Quadtree placed = new Quadtree();
        int drawn = 0;
        for (Candidate c : candidates) {
            Rectangle2D box = c.outline().getBounds2D();
            double grow = MARGIN + c.haloRadius();
            Envelope area = new Envelope(box.getMinX() - grow, box.getMaxX() + grow, box.getMinY() - grow,
                    box.getMaxY() + grow);
            if (area.getMinX() < 0 || area.getMinY() < 0 || area.getMaxX() > width || area.getMaxY() > height
                    || overlaps(placed, area)) {
                continue;
            }
            placed.insert(area, area);
            if (c.halo() != null && c.haloRadius() > 0) {
                g.setColor(c.haloColor());
                g.setStroke(new BasicStroke((float) (2 * c.haloRadius()), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(c.outline());
            }
            g.setColor(c.color());
            g.fill(c.outline());
            drawn++;
        }
        return drawn;
    }

    private static boolean overlaps(Quadtree placed, Envelope area) {
        for (Object other : placed.query(area)) {
            if (((Envelope) other).intersects(area)) {
                return true;
            }
        }
        return false;
    }
}
