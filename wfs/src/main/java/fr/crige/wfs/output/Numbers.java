package fr.crige.wfs.output;

import java.math.BigDecimal;

/**
 * Writes coordinates compactly and without exponent: {@link Double#toString} switches to scientific notation
 * from 10^7, which is a valid xs:double but surprises clients reading Web Mercator or UTM northings.
 */
final class Numbers {

    private Numbers() {
    }

    static void append(StringBuilder out, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else if (Math.abs(value) >= 1e-3 && Math.abs(value) < 1e7) {
            out.append(value);
        } else {
            out.append(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        }
    }
}
