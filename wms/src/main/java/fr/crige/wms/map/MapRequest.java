package fr.crige.wms.map;

import fr.crige.wms.PublishedLayer;
import fr.crige.wms.render.MapViewport;
import fr.crige.wms.style.Style;
import java.util.List;

/**
 * The map part shared by GetMap and GetFeatureInfo (WMS 1.3.0, 7.4.3): the layers with their styles and
 * the viewport.
 */
public record MapRequest(List<PublishedLayer> layers, List<Style> styles, MapViewport viewport) {

    public MapRequest {
        layers = List.copyOf(layers);
        styles = List.copyOf(styles);
        if (layers.size() != styles.size()) {
            throw new IllegalArgumentException("One style per layer");
        }
    }
}
