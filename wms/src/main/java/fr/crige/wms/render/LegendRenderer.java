package fr.crige.wms.render;

import fr.crige.wms.style.Graphic;
import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Symbolizer;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a legend: one row per rule, an icon showing the rule's symbolizers on a sample shape (a square for
 * polygon symbolizers, a bent line for line symbolizers, a centred mark for point symbolizers) and the
 * rule's title beside it. Symbol sizes are capped to the icon so a large mark stays readable.
 */
public final class LegendRenderer {

    private static final int GAP = 4;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /**
     * @param iconWidth  width of each icon, in pixels
     * @param iconHeight height of each icon
     * @param withLabels whether rule titles are written beside the icons
     */
    public BufferedImage render(List<Rule> rules, int iconWidth, int iconHeight, boolean withLabels,
            boolean transparent) {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics()
                .getFontMetrics(LABEL_FONT);
        int rowHeight = Math.max(iconHeight, metrics.getHeight()) + 2;
        int textWidth = 0;
        if (withLabels) {
            for (Rule rule : rules) {
                textWidth = Math.max(textWidth, metrics.stringWidth(rule.label()));
            }
        }
        int width = iconWidth + (textWidth > 0 ? GAP + textWidth + GAP : 0);
        int height = Math.max(1, rules.size()) * rowHeight;
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (!transparent) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        SymbolPainter painter = new SymbolPainter();
        for (int i = 0; i < rules.size(); i++) {
            int top = i * rowHeight + 1;
            icon(g, painter, rules.get(i), top + (rowHeight - 2 - iconHeight) / 2, iconWidth, iconHeight);
            if (textWidth > 0) {
                g.setColor(Color.BLACK);
                g.setFont(LABEL_FONT);
                g.drawString(rules.get(i).label(), iconWidth + GAP,
                        top + (rowHeight - 2 + metrics.getAscent() - metrics.getDescent()) / 2);
            }
        }
        g.dispose();
        return image;
    }

    private static void icon(Graphics2D g, SymbolPainter painter, Rule rule, int top, int w, int h) {
        double cap = Math.min(w, h) - 2;
        for (Symbolizer s : rule.symbolizers()) {
            if (s instanceof Symbolizer.PolygonSymbolizer p) {
                Rectangle2D square = new Rectangle2D.Double(1.5, top + 1.5, w - 3, h - 3);
                if (p.fill() != null) {
                    painter.fill(g, square, p.fill(), 1);
                }
                if (p.stroke() != null) {
                    painter.stroke(g, square, p.stroke(), Math.min(1, 3 / Math.max(p.stroke().width(), 1e-9)), 1);
                }
            } else if (s instanceof Symbolizer.LineSymbolizer l) {
                Path2D line = new Path2D.Double();
                line.moveTo(2, top + h - 3);
                line.lineTo(w * 0.4, top + 3);
                line.lineTo(w * 0.6, top + h - 3);
                line.lineTo(w - 2, top + 3);
                double scale = Math.min(1, (h / 3.0) / Math.max(l.stroke().width(), 1e-9));
                painter.stroke(g, line, l.stroke(), scale, 1);
            } else if (s instanceof Symbolizer.PointSymbolizer p) {
                Graphic graphic = p.graphic();
                double scale = Math.min(1, cap / graphic.size());
                painter.graphic(g, w / 2.0, top + h / 2.0, graphic, scale);
            }
        }
    }
}
