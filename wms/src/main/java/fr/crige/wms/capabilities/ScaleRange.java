package fr.crige.wms.capabilities;

import fr.crige.ows.OwsException;
import fr.crige.wms.PublishedLayer;
import fr.crige.wms.WmsCatalog;
import fr.crige.wms.render.MapViewport;
import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Style;

/**
 * The scale denominators between which a layer's default style draws something: from the smallest
 * MinScaleDenominator to the largest MaxScaleDenominator of its rules. A style that cannot be read gives no
 * range (the capabilities stay readable; GetMap reports the style's problem).
 */
record ScaleRange(double min, double max) {

    private static final ScaleRange ALL = new ScaleRange(0, Double.POSITIVE_INFINITY);

    static ScaleRange of(PublishedLayer layer, WmsCatalog catalog) {
        Style style;
        try {
            style = catalog.style(layer, "");
        } catch (OwsException e) {
            return ALL;
        }
        if (style.rules().isEmpty()) {
            return ALL;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Rule rule : style.rules()) {
            min = Math.min(min, rule.minScaleDenominator());
            max = Math.max(max, rule.maxScaleDenominator());
        }
        return new ScaleRange(min, max);
    }

    boolean unbounded() {
        return min <= 0 && max == Double.POSITIVE_INFINITY;
    }

    /**
     * WMS 1.1.1, 7.1.4.5.8: a ScaleHint is the ground length of the diagonal of a central pixel, here of the
     * standard 0.28 mm pixel at the scale.
     */
    static double diagonal(double scaleDenominator) {
        return scaleDenominator * MapViewport.STANDARD_PIXEL_METRES * Math.sqrt(2);
    }
}
