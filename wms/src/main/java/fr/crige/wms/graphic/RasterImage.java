package fr.crige.wms.graphic;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Objects;

/** A PNG, GIF or JPEG graphic, scaled with bilinear interpolation when drawn at another size. */
final class RasterImage implements GraphicImage {

    private final BufferedImage image;

    RasterImage(BufferedImage image) {
        this.image = Objects.requireNonNull(image, "image");
    }

    @Override
    public double width() {
        return image.getWidth();
    }

    @Override
    public double height() {
        return image.getHeight();
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        Object previous = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, AffineTransform.getScaleInstance(width / image.getWidth(), height / image.getHeight()),
                null);
        if (previous != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, previous);
        }
    }
}
