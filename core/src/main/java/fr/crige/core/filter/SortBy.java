package fr.crige.core.filter;

import java.util.Objects;

/** One sort key: a property and a direction. */
public record SortBy(String property, boolean ascending) {
    public SortBy {
        Objects.requireNonNull(property);
    }

    public static SortBy asc(String property) {
        return new SortBy(property, true);
    }

    public static SortBy desc(String property) {
        return new SortBy(property, false);
    }
}
