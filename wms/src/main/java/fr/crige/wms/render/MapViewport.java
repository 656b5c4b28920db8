package fr.crige.wms.render;

import fr.crige.core.crs.Crs;
import java.awt.geom.AffineTransform;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * The area a map shows and the image it is drawn into: an envelope in a CRS (x = easting/longitude) and a
 * size in pixels. The envelope is stretched to the image as WMS requires (WMS 1.3.0, 7.3.3.8), so pixels
 * need not be square.
 */
public record MapViewport(Envelope envelope, int width, int height, Crs crs) {

    /** OGC standardized rendering pixel size, 0.28 mm (SE 1.1, 10.2; WMS 1.3.0, 7.2.4.6.9). */
    public static final double STANDARD_PIXEL_METRES = 0.00028;
    /** Length of one degree on the WGS84 equator, the conversion SE uses for geographic CRSs. */
    public static final double METRES_PER_DEGREE = 6378137 * 2 * Math.PI / 360;

    public MapViewport {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(crs, "crs");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("The image size must be positive");
        }
        if (envelope.isNull() || envelope.getWidth() <= 0 || envelope.getHeight() <= 0) {
            throw new IllegalArgumentException("The envelope must have an area");
        }
    }

    /** Maps world coordinates to pixels: origin top left, y downwards. */
    public AffineTransform worldToScreen() {
        double sx = width / envelope.getWidth();
        double sy = height / envelope.getHeight();
        return new AffineTransform(sx, 0, 0, -sy, -envelope.getMinX() * sx, envelope.getMaxY() * sy);
    }

    /** The larger of the horizontal and vertical pixel sizes, in CRS units. */
    public double pixelSize() {
        return Math.max(envelope.getWidth() / width, envelope.getHeight() / height);
    }

    /** Ground size of a pixel in metres (for a geographic CRS, measured on the equator as SE does). */
    public double metresPerPixel() {
        return pixelSize() * (crs.geographic() ? METRES_PER_DEGREE : 1);
    }

    /** The scale denominator that rule scale ranges are compared with. */
    public double scaleDenominator() {
        return metresPerPixel() / STANDARD_PIXEL_METRES;
    }

    /** The envelope grown by a margin in pixels on every side, to fetch symbols that overlap the edges. */
    public Envelope buffered(double pixels) {
        Envelope grown = new Envelope(envelope);
        grown.expandBy(pixels * envelope.getWidth() / width, pixels * envelope.getHeight() / height);
        return grown;
    }
}
