package fr.crige.wms.style;

import java.util.Objects;

/** A halo around label glyphs that keeps them readable over the map, SLD 1.0 section 11.4.5. */
public record Halo(double radius, Fill fill) {

    public Halo {
        Objects.requireNonNull(fill, "fill");
    }
}
