package fr.crige.wms.render;

import fr.crige.wms.style.UnitOfMeasure;

/** Converts symbol sizes given in a unit of measure to pixels of a map. */
final class UnitScale {

    private UnitScale() {
    }

    /** Pixels per unit: 1 for pixels, the ground length of the unit over the pixel size otherwise. */
    static double toPixels(UnitOfMeasure uom, MapViewport viewport) {
        return uom == UnitOfMeasure.PIXEL ? 1 : uom.metres() / viewport.metresPerPixel();
    }
}
