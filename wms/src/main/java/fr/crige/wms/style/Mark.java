package fr.crige.wms.style;

import java.util.Objects;

/** A well-known shape with its fill and outline; either may be null (absent). */
public record Mark(WellKnownMark shape, Fill fill, Stroke stroke) {

    /** SLD 1.0 default: a grey square with a black outline. */
    public static final Mark DEFAULT = new Mark(WellKnownMark.SQUARE, Fill.DEFAULT, Stroke.DEFAULT);

    public Mark {
        Objects.requireNonNull(shape, "shape");
    }
}
