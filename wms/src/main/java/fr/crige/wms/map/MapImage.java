package fr.crige.wms.map;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The canvas of a map: transparent when asked and the format can carry it, else filled with the background
 * colour. Opaque maps use an RGB raster, which Java2D fills faster and PNG stores smaller.
 */
final class MapImage {

    private MapImage() {
    }

    static BufferedImage create(int width, int height, boolean transparent, Color background) {
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        if (transparent) {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, width, height);
        } else {
            g.setColor(background);
            g.fillRect(0, 0, width, height);
        }
        g.dispose();
        return image;
    }
}
