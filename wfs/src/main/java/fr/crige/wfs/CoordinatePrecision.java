package fr.crige.wfs;

import fr.crige.core.crs.Crs;

/**
 * How many decimals GetFeature writes in coordinates (GML and GeoJSON), by kind of output CRS: a number of
 * decimals only means a distance once the CRS unit is known. Rounding to what the data can hold makes
 * responses smaller and faster to write; too few decimals would move vertices, so the defaults keep about a
 * millimetre in both kinds, finer than any survey of the data crige publishes (the PCRS, "plan corps de rue
 * simplifié", is delivered at 10 cm accuracy with millimetre coordinates), so no stored value changes for
 * users who care about it.
 *
 * @param projectedDecimals  decimals of coordinates in a projected CRS (metres: 3 is 1 mm), or
 *                           {@link #FULL} for every significant digit
 * @param geographicDecimals decimals of coordinates in a geographic CRS (degrees: 8 is about 1.1 mm), or
 *                           {@link #FULL}
 */
public record CoordinatePrecision(int projectedDecimals, int geographicDecimals) {

    /** No rounding: the shortest decimal form that reads back as the same double. */
    public static final int FULL = -1;
    /** The most decimals that can be asked for; more than double precision holds anyway at those magnitudes. */
    public static final int MAX_DECIMALS = 12;

    /** Millimetres: 3 decimals of a metre, 8 decimals of a degree. */
    public static final CoordinatePrecision DEFAULT = new CoordinatePrecision(3, 8);

    public CoordinatePrecision {
        check(projectedDecimals, "projectedDecimals");
        check(geographicDecimals, "geographicDecimals");
    }

    /** The decimals of coordinates in {@code crs}; {@link #FULL} when the CRS, hence the unit, is unknown. */
    public int decimalsFor(Crs crs) {
        if (crs == null) {
            return FULL;
        }
        return crs.geographic() ? geographicDecimals : projectedDecimals;
    }

    private static void check(int decimals, String name) {
        if (decimals < FULL || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException(name + " must be between 0 and " + MAX_DECIMALS + ", or -1 for full");
        }
    }
}
