package fr.crige.wms.render;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns geometries into Java2D shapes in pixel coordinates, generalised to the pixel size on the way: JTS's
 * {@link ShapeWriter} drops the vertices closer than a fraction of a pixel to the previous one (in model
 * units) and the duplicates left after rounding to the screen, so a commune boundary of thousands of
 * vertices drawn at region scale costs a few dozen path segments.
 */
final class ScreenShapes {

    /** Vertices closer than this fraction of a pixel to the previous kept one are dropped. */
    private static final double DECIMATION_PIXELS = 0.5;

    private final ShapeWriter writer;

    ScreenShapes(MapViewport viewport) {
        AffineTransform toScreen = viewport.worldToScreen();
        double[] point = new double[2];
        writer = new ShapeWriter((source, target) -> {
            point[0] = source.x;
            point[1] = source.y;
            toScreen.transform(point, 0, point, 0, 1);
            target.setLocation(point[0], point[1]);
        });
        writer.setDecimation(viewport.pixelSize() * DECIMATION_PIXELS);
        writer.setRemoveDuplicatePoints(true);
    }

    Shape toShape(Geometry geometry) {
        return writer.toShape(geometry);
    }
}
