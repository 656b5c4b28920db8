package fr.crige.core.filter;

import java.util.Objects;

/**
 * A reference to an attribute by name. Names come from requests: stores check them against the schema
 * ({@link FilterValidator}) and never use them as expressions or paths.
 */
public record PropertyName(String name) implements Expression {
    public PropertyName {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name;
    }
}
