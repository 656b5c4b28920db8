package fr.crige.wms.style;

import java.util.Locale;

/** The well-known mark names of SLD 1.0 section 11.3.2 (and SE 1.1 section 11.3.2). */
public enum WellKnownMark {
    SQUARE, CIRCLE, TRIANGLE, STAR, CROSS, X;

    /**
     * @throws IllegalArgumentException for a name outside the standard set
     */
    public static WellKnownMark fromName(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown WellKnownName '" + name
                    + "'; expected square, circle, triangle, star, cross or x", e);
        }
    }
}
