package fr.crige.wms.style;

import java.util.Locale;

/**
 * The units of symbol sizes, SE 1.1 section 10.2.1: pixels (the default and the only SLD 1.0 unit), or
 * ground metres and feet, which make symbols grow and shrink with the map scale.
 */
public enum UnitOfMeasure {
    PIXEL(0), METRE(1), FOOT(0.3048);

    private final double metres;

    UnitOfMeasure(double metres) {
        this.metres = metres;
    }

    /** Length of one unit in metres on the ground, 0 for pixels. */
    public double metres() {
        return metres;
    }

    /**
     * Reads an SE {@code uom} attribute: {@code http://www.opengeospatial.org/se/units/metre}, {@code .../foot},
     * {@code .../pixel}; null means pixels.
     *
     * @throws IllegalArgumentException for another unit
     */
    public static UnitOfMeasure fromUri(String uri) {
        if (uri == null || uri.isBlank()) {
            return PIXEL;
        }
        String unit = uri.substring(uri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "pixel" -> PIXEL;
            case "metre", "meter" -> METRE;
            case "foot" -> FOOT;
            default -> throw new IllegalArgumentException("Unknown unit of measure " + uri);
        };
    }
}
