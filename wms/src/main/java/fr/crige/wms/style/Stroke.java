package fr.crige.wms.style;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * A line style, SLD 1.0 section 11.1.3: colour, opacity, width and the SVG dash, join and cap parameters.
 *
 * @param dashArray dash and gap lengths in the stroke's unit, empty for a solid line
 */
public record Stroke(Color color, double opacity, double width, List<Double> dashArray, LineJoin lineJoin,
        LineCap lineCap) {

    /** The SVG/SLD defaults: black, opaque, 1 pixel, solid, mitre joins, butt caps. */
    public static final Stroke DEFAULT = new Stroke(Color.BLACK, 1, 1, List.of(), LineJoin.MITRE, LineCap.BUTT);

    public Stroke {
        Objects.requireNonNull(color, "color");
        dashArray = List.copyOf(dashArray);
        Objects.requireNonNull(lineJoin, "lineJoin");
        Objects.requireNonNull(lineCap, "lineCap");
    }

    /** How line segments meet. */
    public enum LineJoin { MITRE, ROUND, BEVEL }

    /** How line ends are drawn. */
    public enum LineCap { BUTT, ROUND, SQUARE }
}
