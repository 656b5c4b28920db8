package fr.crige.wms.style;

import java.util.Objects;

/**
 * A point graphic, SLD 1.0 section 11.3.2: a mark drawn at a size (its height, in the symbolizer's unit),
 * with an opacity and a clockwise rotation in degrees.
 */
public record Graphic(Mark mark, double size, double opacity, double rotation) {

    /** The SLD default size when none is given. */
    public static final double DEFAULT_SIZE = 6;

    public Graphic {
        Objects.requireNonNull(mark, "mark");
    }
}
