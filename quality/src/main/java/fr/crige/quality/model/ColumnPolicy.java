package fr.crige.quality.model;

import java.util.List;

/**
 * How the delivered column set is compared with the field descriptors (rule-model.md §1 {@code columns}).
 *
 * @param missing         level when a {@code presence: required} column is absent
 * @param missingOptional level when a {@code presence: optional} column is absent
 * @param unexpected      level for a column neither described nor matching an allowed prefix
 * @param allowPrefix     prefixes of extra columns the standard accepts (CNIG "LIB_")
 * @param caseSensitive   whether column names are compared case-sensitively
 */
public record ColumnPolicy(Level missing, Level missingOptional, Level unexpected, List<String> allowPrefix,
        boolean caseSensitive) {

    public ColumnPolicy {
        allowPrefix = allowPrefix == null ? List.of() : List.copyOf(allowPrefix);
    }

    public static ColumnPolicy defaults() {
        return new ColumnPolicy(Level.ERROR, Level.IGNORE, Level.WARNING, List.of(), true);
    }
}
