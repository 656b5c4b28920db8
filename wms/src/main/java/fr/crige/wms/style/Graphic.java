package fr.crige.wms.style;

import java.util.Objects;

/**
 * A point graphic, SLD 1.0 section 11.3.2: an external image when one of the style's alternatives could be
 * read, else a mark, drawn at a size (its height, in the symbolizer's unit), with an opacity and a clockwise
 * rotation in degrees.
 *
 * @param mark     the mark drawn when there is no external graphic, never null
 * @param external the image drawn instead of the mark, or null
 */
public record Graphic(Mark mark, ExternalGraphic external, double size, double opacity, double rotation) {

    /** The SLD default size when none is given. */
    public static final double DEFAULT_SIZE = 6;

    public Graphic {
        Objects.requireNonNull(mark, "mark");
    }

    /** A mark graphic. */
    public Graphic(Mark mark, double size, double opacity, double rotation) {
        this(mark, null, size, opacity, rotation);
    }

    /** The width of the symbol for a height of {@code size}: images keep their proportions, marks are square. */
    public double width() {
        if (external == null || external.image().height() <= 0) {
            return size;
        }
        return size * external.image().width() / external.image().height();
    }
}
