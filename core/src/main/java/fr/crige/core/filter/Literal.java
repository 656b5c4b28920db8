package fr.crige.core.filter;

/**
 * A literal value: String, Number, Boolean, java.time value or JTS Geometry. Literals parsed from requests
 * are usually strings; stores convert them to the attribute's type ({@link ValueConverter}).
 */
public record Literal(Object value) implements Expression {
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
