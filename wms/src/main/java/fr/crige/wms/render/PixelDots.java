package fr.crige.wms.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Paints features no bigger than a pixel or two, as seen at the map scale, straight into the map's pixels:
 * each one as the rectangle its symbol covers, with antialiased edges (every pixel takes the colour in
 * proportion to the area of the pixel the rectangle covers, as a box filter).
 *
 * <p>Why not Java2D: at region scale a parcel, a building or a short road segment covers a fraction of a
 * pixel, and a map has hundreds of thousands of them. Through Java2D each still costs a path, the stroker
 * offsetting its outline and the rasteriser setting up edges and sorting crossings, about a microsecond and a
 * half in all; here it is a few multiplications for the two to nine pixels it touches. At that size what
 * shows is how much of each pixel the symbol covers, which the rectangle gives to within the rounding of its
 * corners; a rectangle's difference from the exact outline is then below what a pixel can show.
 *
 * <p>Only opaque colours are painted (see {@link PathBatch}), with the "source over" rule of Java2D, on the
 * RGB and ARGB integer rasters that maps use; on any other image the rectangles go through Java2D.
 * Not thread-safe: one per map.
 */
final class PixelDots {

    private final MapPixels pixels;

    private PixelDots(MapPixels pixels) {
        this.pixels = pixels;
    }

    /** Dots painted into the image's pixels when it is an integer RGB or ARGB raster, else through Java2D. */
    static PixelDots of(BufferedImage image) {
        return new PixelDots(MapPixels.of(image));
    }

    /** Floats per rectangle: {@code x0, y0, x1, y1, band}. */
    static final int STRIDE = 5;

    /**
     * Paints {@code count} rectangles in an opaque colour, given in pixels in {@code boxes} as {@code x0, y0,
     * x1, y1, band}: a band of 0 paints the whole rectangle, a positive band only the frame of that width
     * inside it (each pixel taking what the rectangle covers less what its inside covers, so the frame has no
     * seams). {@code g} draws into the same image and serves the images this class cannot address.
     */
    void paint(Graphics2D g, float[] boxes, int count, Color color) {
        if (pixels == null) {
            g.setColor(color);
            for (int i = 0; i < STRIDE * count; i += STRIDE) {
                Area shape = new Area(new Rectangle2D.Float(boxes[i], boxes[i + 1], boxes[i + 2] - boxes[i],
                        boxes[i + 3] - boxes[i + 1]));
                float band = boxes[i + 4];
                if (band > 0) {
                    shape.subtract(new Area(new Rectangle2D.Float(boxes[i] + band, boxes[i + 1] + band,
                            boxes[i + 2] - boxes[i] - 2 * band, boxes[i + 3] - boxes[i + 1] - 2 * band)));
                }
                g.fill(shape);
            }
            return;
        }
        int rgb = color.getRGB() & 0xFFFFFF;
        for (int i = 0; i < STRIDE * count; i += STRIDE) {
            box(boxes[i], boxes[i + 1], boxes[i + 2], boxes[i + 3], boxes[i + 4], rgb);
        }
    }

    private void box(float x0, float y0, float x1, float y1, float band, int rgb) {
        int left = Math.max(0, (int) Math.floor(x0));
        int right = Math.min(pixels.width(), (int) Math.ceil(x1));
        int top = Math.max(0, (int) Math.floor(y0));
        int bottom = Math.min(pixels.height(), (int) Math.ceil(y1));
        boolean frame = band > 0 && x1 - x0 > 2 * band && y1 - y0 > 2 * band;
        float ix0 = x0 + band;
        float iy0 = y0 + band;
        float ix1 = x1 - band;
        float iy1 = y1 - band;
        for (int y = top; y < bottom; y++) {
            float coverY = Math.min(y1, y + 1) - Math.max(y0, y);
            float innerY = frame ? Math.max(0, Math.min(iy1, y + 1) - Math.max(iy0, y)) : 0;
            int row = y * pixels.width();
            for (int x = left; x < right; x++) {
                float cover = coverY * (Math.min(x1, x + 1) - Math.max(x0, x));
                if (innerY > 0) {
                    cover -= innerY * Math.max(0, Math.min(ix1, x + 1) - Math.max(ix0, x));
                }
                int a = (int) (cover * 255 + 0.5f);
                if (a > 0) {
                    pixels.over(row + x, rgb, a);
                }
            }
        }
    }
}
