package fr.crige.wms.style;

import java.util.Objects;

/** A label font, SLD 1.0 section 11.4.3: family, style, weight and size (in the symbolizer's unit). */
public record Font(String family, boolean italic, boolean bold, double size) {

    /** The SLD default: a 10 pixel sans-serif. */
    public static final Font DEFAULT = new Font("SansSerif", false, false, 10);

    public Font {
        Objects.requireNonNull(family, "family");
    }
}
