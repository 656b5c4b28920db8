package fr.crige.wms.legend;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The legend of a layer group: the legend of each layer, in drawing order, under the layer's title, stacked
 * top to bottom, as GeoServer answers GetLegendGraphic for a group.
 */
final class StackedLegend {

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final int GAP = 4;

    private StackedLegend() {
    }

    /** One part: a layer's title and its legend. */
    record Part(String title, BufferedImage legend) {
    }

    static BufferedImage stack(List<Part> parts, boolean transparent) {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics()
                .getFontMetrics(TITLE_FONT);
        int titleHeight = metrics.getHeight() + 2;
        int width = 1;
        int height = 0;
        for (Part part : parts) {
            width = Math.max(width, Math.max(part.legend().getWidth(), metrics.stringWidth(part.title()) + 2));
            height += titleHeight + part.legend().getHeight() + GAP;
        }
        BufferedImage image = new BufferedImage(width, Math.max(1, height - GAP),
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (!transparent) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        }
        g.setFont(TITLE_FONT);
        g.setColor(Color.BLACK);
        int y = 0;
        for (Part part : parts) {
            g.drawString(part.title(), 1, y + 1 + metrics.getAscent());
            y += titleHeight;
            g.drawImage(part.legend(), 0, y, null);
            y += part.legend().getHeight() + GAP;
        }
        g.dispose();
        return image;
    }
}
