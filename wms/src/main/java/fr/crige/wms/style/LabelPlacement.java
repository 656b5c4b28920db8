package fr.crige.wms.style;

/** Where a label goes relative to its geometry, SLD 1.0 section 11.4.4. */
public sealed interface LabelPlacement {

    /** The SLD default: centred on the point, no displacement, horizontal. */
    PointPlacement DEFAULT = new PointPlacement(0, 0.5, 0, 0, 0);

    /**
     * A label at a point (the point itself, or a representative point of a line or polygon).
     *
     * @param anchorX       0 = label starts at the point, 0.5 = centred, 1 = ends at it
     * @param anchorY       0 = label's baseline at the point, 0.5 = centred, 1 = top at it
     * @param displacementX shift to the right, in the symbolizer's unit
     * @param displacementY shift upwards
     * @param rotation      clockwise, in degrees
     */
    record PointPlacement(double anchorX, double anchorY, double displacementX, double displacementY,
            double rotation) implements LabelPlacement {
    }

    /** A label along a line, offset perpendicularly (positive to the left of the line's direction). */
    record LinePlacement(double perpendicularOffset) implements LabelPlacement {
    }
}
