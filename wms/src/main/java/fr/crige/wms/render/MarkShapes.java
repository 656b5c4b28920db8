package fr.crige.wms.render;

import fr.crige.wms.style.WellKnownMark;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.Map;

/**
 * The outlines of the well-known marks, one unit high and centred on the origin, as SLD 1.0 section 11.3.2
 * describes them: square, circle, triangle (pointing up), five-pointed star, cross (a plus sign) and x.
 */
final class MarkShapes {

    private static final double ARM = 0.1; // half the thickness of the cross and x arms
    private static final Map<WellKnownMark, Shape> UNIT_SHAPES = new EnumMap<>(WellKnownMark.class);

    static {
        UNIT_SHAPES.put(WellKnownMark.SQUARE, new Rectangle2D.Double(-0.5, -0.5, 1, 1));
        UNIT_SHAPES.put(WellKnownMark.CIRCLE, new Ellipse2D.Double(-0.5, -0.5, 1, 1));
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(0, -0.5);
        triangle.lineTo(0.5, 0.5);
        triangle.lineTo(-0.5, 0.5);
        triangle.closePath();
        UNIT_SHAPES.put(WellKnownMark.TRIANGLE, triangle);
        UNIT_SHAPES.put(WellKnownMark.STAR, star());
        Shape cross = cross();
        UNIT_SHAPES.put(WellKnownMark.CROSS, cross);
        UNIT_SHAPES.put(WellKnownMark.X, AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(cross));
    }

    private MarkShapes() {
    }

    /** The mark scaled to {@code size} pixels, rotated clockwise by {@code degrees}, centred on (x, y). */
    static Shape at(WellKnownMark mark, double x, double y, double size, double degrees) {
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        if (degrees != 0) {
            t.rotate(Math.toRadians(degrees));
        }
        t.scale(size, size);
        return t.createTransformedShape(UNIT_SHAPES.get(mark));
    }

    private static Shape star() {
        Path2D star = new Path2D.Double();
        double outer = 0.5;
        double inner = outer * 0.382; // the inner radius of a regular pentagram
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double px = radius * Math.cos(angle);
            double py = radius * Math.sin(angle);
            if (i == 0) {
                star.moveTo(px, py);
            } else {
                star.lineTo(px, py);
            }
        }
        star.closePath();
        return star;
    }

    private static Shape cross() {
        Path2D cross = new Path2D.Double();
        double[][] points = {{-ARM, -0.5}, {ARM, -0.5}, {ARM, -ARM}, {0.5, -ARM}, {0.5, ARM}, {ARM, ARM},
                {ARM, 0.5}, {-ARM, 0.5}, {-ARM, ARM}, {-0.5, ARM}, {-0.5, -ARM}, {-ARM, -ARM}};
        cross.moveTo(points[0][0], points[0][1]);
        for (int i = 1; i < points.length; i++) {
            cross.lineTo(points[i][0], points[i][1]);
        }
        cross.closePath();
        return cross;
    }
}
