package fr.crige.wms.style;

import java.util.Objects;

/**
 * How a rule draws a feature. The four kinds of SLD 1.0 / SE 1.1 vector symbolizers; raster symbolizers do
 * not apply to the feature layers crige publishes.
 */
public sealed interface Symbolizer {

    /** The unit of the symbolizer's sizes (SE 1.1 {@code uom}); pixels in SLD 1.0. */
    UnitOfMeasure uom();

    /** Draws a graphic at each point, or at the centroid of lines and polygons. */
    record PointSymbolizer(Graphic graphic, UnitOfMeasure uom) implements Symbolizer {
        public PointSymbolizer {
            Objects.requireNonNull(graphic, "graphic");
            Objects.requireNonNull(uom, "uom");
        }
    }

    /** Strokes lines and polygon outlines; {@code perpendicularOffset} shifts the line to its left (+) or right. */
    record LineSymbolizer(Stroke stroke, double perpendicularOffset, UnitOfMeasure uom) implements Symbolizer {
        public LineSymbolizer {
            Objects.requireNonNull(stroke, "stroke");
            Objects.requireNonNull(uom, "uom");
        }
    }

    /** Fills and outlines polygons; either part may be null (absent). */
    record PolygonSymbolizer(Fill fill, Stroke stroke, UnitOfMeasure uom) implements Symbolizer {
        public PolygonSymbolizer {
            Objects.requireNonNull(uom, "uom");
        }
    }

    /**
     * Draws a label. {@code halo} may be null; {@code fill} is the text colour.
     */
    record TextSymbolizer(Label label, Font font, LabelPlacement placement, Halo halo, Fill fill,
            UnitOfMeasure uom) implements Symbolizer {
        public TextSymbolizer {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(font, "font");
            Objects.requireNonNull(placement, "placement");
            Objects.requireNonNull(fill, "fill");
            Objects.requireNonNull(uom, "uom");
        }
    }
}
