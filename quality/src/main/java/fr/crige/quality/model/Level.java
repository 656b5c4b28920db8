package fr.crige.quality.model;

import java.util.Locale;

/**
 * Severity of a finding, with the IGNF/validator semantics the rule model keeps: ERROR blocks the
 * integration of a delivery, WARNING does not, FATAL means the validation itself failed. {@link #IGNORE}
 * is only a configuration value (e.g. {@code columns.missingOptional: IGNORE}): no finding is produced.
 */
public enum Level {
    FATAL, ERROR, WARNING, INFO, DEBUG, IGNORE;

    /** Parses a level name case-insensitively; a null text gives the fallback. */
    public static Level parse(String text, Level fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StandardFormatException("unknown severity '" + text + "'");
        }
    }

    /** True for the levels that make a delivery non-conformant. */
    public boolean blocking() {
        return this == FATAL || this == ERROR;
    }
}
