package fr.crige.wms.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The pixels of a map image, for the painters that write them directly rather than through Java2D
 * ({@link PixelDots}, {@link ThinStrokes}): an opaque colour is composited over a pixel with the "source over"
 * rule of Java2D, at a coverage from 0 to 255. Only the integer RGB and ARGB rasters that maps use are
 * addressed this way.
 */
final class MapPixels {

    private final int[] pixels;
    private final int width;
    private final int height;
    private final boolean alpha;

    private MapPixels(int[] pixels, int width, int height, boolean alpha) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.alpha = alpha;
    }

    /** The image's pixels, or null when it is not an integer RGB or ARGB raster. */
    static MapPixels of(BufferedImage image) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB) {
            return null;
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new MapPixels(pixels, image.getWidth(), image.getHeight(), type == BufferedImage.TYPE_INT_ARGB);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Composites the opaque colour {@code rgb} at coverage {@code a} (1-255) over the pixel at {@code index}. */
    void over(int index, int rgb, int a) {
        pixels[index] = alpha ? overArgb(pixels[index], rgb, a) : overRgb(pixels[index], rgb, a);
    }

    /** An opaque colour at coverage {@code a} (0-255) over an opaque pixel. */
    private static int overRgb(int dst, int src, int a) {
        return mix(dst >>> 16 & 0xFF, src >>> 16 & 0xFF, a) << 16 | mix(dst >>> 8 & 0xFF, src >>> 8 & 0xFF, a) << 8
                | mix(dst & 0xFF, src & 0xFF, a) | 0xFF000000;
    }

    /** An opaque colour at coverage {@code a} over a pixel with alpha, colours not premultiplied. */
    private static int overArgb(int dst, int src, int a) {
        int dstAlpha = dst >>> 24;
        if (dstAlpha == 255) {
            return overRgb(dst, src, a);
        }
        // result alpha and colour of "source over" with the destination's share weighted by its own alpha
        int outAlpha = a + (dstAlpha * (255 - a) + 127) / 255;
        if (outAlpha == 0) {
            return 0;
        }
        int dstWeight = dstAlpha * (255 - a) / 255;
        int r = ((src >>> 16 & 0xFF) * a + (dst >>> 16 & 0xFF) * dstWeight + outAlpha / 2) / outAlpha;
        int gr = ((src >>> 8 & 0xFF) * a + (dst >>> 8 & 0xFF) * dstWeight + outAlpha / 2) / outAlpha;
        int b = ((src & 0xFF) * a + (dst & 0xFF) * dstWeight + outAlpha / 2) / outAlpha;
        return outAlpha << 24 | Math.min(255, r) << 16 | Math.min(255, gr) << 8 | Math.min(255, b);
    }

    /** {@code (dst·(255 − a) + src·a) / 255} rounded, with the division done by a multiply and shifts. */
    private static int mix(int dst, int src, int a) {
        int t = dst * (255 - a) + src * a + 128;
        return (t + (t >>> 8)) >>> 8;
    }
}
