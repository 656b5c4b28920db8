package fr.crige.wms.style;

import java.util.Objects;
import java.awt.Color;

/**
 * A fill, SLD 1.0 section 11.3.2 (SE 1.1, 11.2.2): a solid colour with its opacity, or a graphic repeated as
 * a pattern (hatching, icons) when {@code graphicFill} is given, the opacity then applying to the pattern.
 */
public record Fill(Color color, double opacity, Graphic graphicFill) {

    /** The SLD default fill: 50% grey, opaque. */
    public static final Fill DEFAULT = new Fill(new Color(0x808080), 1);

    public Fill {
        Objects.requireNonNull(color, "color");
    }

    /** A solid fill. */
    public Fill(Color color, double opacity) {
        this(color, opacity, null);
    }
}
