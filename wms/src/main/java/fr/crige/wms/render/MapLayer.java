package fr.crige.wms.render;

import fr.crige.wms.style.Style;
import java.util.Objects;

/** One layer of a map: its features and the style they are drawn with. */
public record MapLayer(FeatureSource source, Style style) {

    public MapLayer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(style, "style");
    }
}
