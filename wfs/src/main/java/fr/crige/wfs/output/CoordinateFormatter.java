package fr.crige.wfs.output;

import fr.crige.wfs.CoordinatePrecision;

/**
 * Writes coordinates with a fixed number of decimals, trailing zeros removed ({@code 652345.12},
 * {@code 47.1}, {@code 2}). The value is rounded once to an integer number of units of the last decimal and
 * written with integer arithmetic: no {@code String.format}, no {@code BigDecimal}, no intermediate string,
 * since coordinates are most of what a GetFeature response writes. Values too large for that (never real
 * coordinates) and the {@link CoordinatePrecision#FULL} precision take the shortest exact form instead.
 */
final class CoordinateFormatter {

    /** Beyond this many units of the last decimal a long could overflow: use the exact form. */
    private static final double LIMIT = 1e18;
    private static final long[] POWERS_OF_TEN = new long[CoordinatePrecision.MAX_DECIMALS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final int decimals;
    private final long unitsPerOne;

    private CoordinateFormatter(int decimals) {
        this.decimals = decimals;
        this.unitsPerOne = decimals < 0 ? 0 : POWERS_OF_TEN[decimals];
    }

    /** A formatter rounding to {@code decimals}, or writing every digit for {@link CoordinatePrecision#FULL}. */
    static CoordinateFormatter of(int decimals) {
        if (decimals < CoordinatePrecision.FULL || decimals > CoordinatePrecision.MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals out of range: " + decimals);
        }
        return new CoordinateFormatter(decimals);
    }

    void append(StringBuilder out, double value) {
        double scaled = value * unitsPerOne;
        if (decimals < 0 || !(Math.abs(scaled) < LIMIT)) {
            Numbers.append(out, value);
            return;
        }
        long units = Math.round(scaled);
        if (units < 0) {
            out.append('-');
            units = -units;
        }
        long whole = units / unitsPerOne;
        long fraction = units - whole * unitsPerOne;
        out.append(whole);
        if (fraction == 0) {
            return;
        }
        int digits = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        out.append('.');
        for (long p = POWERS_OF_TEN[digits - 1]; p > fraction; p /= 10) {
            out.append('0');
        }
        out.append(fraction);
    }
}
