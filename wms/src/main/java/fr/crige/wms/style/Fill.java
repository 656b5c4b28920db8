package fr.crige.wms.style;

import java.awt.Color;
import java.util.Objects;

/** A solid fill, SLD 1.0 section 11.3.2: colour and opacity. */
public record Fill(Color color, double opacity) {

    /** The SLD default fill: 50% grey, opaque. */
    public static final Fill DEFAULT = new Fill(new Color(0x808080), 1);

    public Fill {
        Objects.requireNonNull(color, "color");
    }
}
