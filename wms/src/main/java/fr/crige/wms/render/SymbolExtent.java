package fr.crige.wms.render;

import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Symbolizer;

/**
 * How far, in pixels, a rule's symbols may reach beyond their geometry: half a mark, half a stroke, a line
 * offset. The query area is grown by it so symbols of features just outside the map are drawn at its edge.
 */
public final class SymbolExtent {

    private SymbolExtent() {
    }

    /** The reach of the rule's symbols on the map, in pixels. */
    public static double pixels(Rule rule, MapViewport viewport) {
        double extent = 0;
        for (Symbolizer s : rule.symbolizers()) {
            double scale = UnitScale.toPixels(s.uom(), viewport);
            double reach = 0;
            if (s instanceof Symbolizer.PointSymbolizer p) {
                reach = Math.max(p.graphic().size(), p.graphic().width()) / 2;
            } else if (s instanceof Symbolizer.LineSymbolizer l) {
                reach = l.stroke().width() / 2 + Math.abs(l.perpendicularOffset());
            } else if (s instanceof Symbolizer.PolygonSymbolizer p && p.stroke() != null) {
                reach = p.stroke().width() / 2;
            }
            extent = Math.max(extent, reach * scale);
        }
        return extent;
    }
}
