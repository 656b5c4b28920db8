package fr.crige.core.filter;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.store.InvalidQueryException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;

/**
 * Converts literal values, mostly strings parsed from requests, to the Java type of an attribute
 * ({@link AttributeType#javaType()}), so that stores bind typed parameters and the evaluator compares like
 * with like. A value that does not convert is a client error: {@link InvalidQueryException} naming the
 * attribute.
 *
 * <p>Temporal strings accept the ISO 8601 forms clients send: {@code 2024-05-01},
 * {@code 2024-05-01T10:00:00}, {@code 2024-05-01T10:00:00Z}, {@code 2024-05-01T10:00:00+02:00}, with an
 * optional fraction and a space instead of {@code T}. A date stands for its start of day; an instant
 * compared with a timestamp without time zone is taken in UTC; a timestamp without offset compared with a
 * timestamp with time zone is taken as UTC.
 */
public final class ValueConverter {

    private ValueConverter() {
    }

    /** Converts {@code value} to the type of {@code attribute}; null stays null. */
    public static Object convert(Object value, AttributeDescriptor attribute) {
        return convert(value, attribute.type(), attribute.name());
    }

    /**
     * Converts {@code value} to {@code type}.
     *
     * @param name the attribute name, used as the locator of the exception
     * @throws InvalidQueryException when the value cannot represent a value of that type
     */
    public static Object convert(Object value, AttributeType type, String name) {
        if (value == null || type.javaType().isInstance(value)) {
            return value;
        }
        try {
            return switch (type) {
                case STRING -> value instanceof byte[] || value instanceof Geometry ? fail(value, type, name)
                        : value.toString();
                case INTEGER -> toNumber(value, name).intValueExact();
                case LONG -> toNumber(value, name).longValueExact();
                case DOUBLE -> toNumber(value, name).doubleValue();
                case DECIMAL -> toNumber(value, name);
                case BOOLEAN -> toBoolean(value, name);
                case DATE -> toDateTime(value, name).toLocalDate();
                case DATETIME -> toDateTime(value, name);
                case DATETIME_TZ -> toOffsetDateTime(value, name);
                case TIME -> LocalTime.parse(value.toString().trim());
                case BINARY, GEOMETRY -> fail(value, type, name);
            };
        } catch (ArithmeticException | DateTimeParseException e) {
            return fail(value, type, name);
        }
    }

    /**
     * The exact numeric value of a number or numeric string. Comparisons with numeric attributes use it so
     * that, e.g., {@code population > 1000.5} is valid on an integer attribute.
     */
    public static BigDecimal toNumber(Object value, String name) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw invalid(value, "a finite number", name);
            }
            return BigDecimal.valueOf(d);
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw invalid(value, "a number", name);
            }
        }
        throw invalid(value, "a number", name);
    }

    private static Boolean toBoolean(Object value, String name) {
        if (value instanceof Number n && (n.intValue() == 0 || n.intValue() == 1)) {
            return n.intValue() == 1;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw invalid(value, "a boolean (true/false)", name);
        };
    }

    private static LocalDateTime toDateTime(Object value, String name) {
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        TemporalAccessor t = parseTemporal(value, name);
        if (t instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return t instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) t;
    }

    private static OffsetDateTime toOffsetDateTime(Object value, String name) {
        TemporalAccessor t = parseTemporal(value, name);
        if (t instanceof OffsetDateTime o) {
            return o;
        }
        LocalDateTime local = t instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) t;
        return local.atOffset(ZoneOffset.UTC);
    }

    /** A LocalDate, LocalDateTime or OffsetDateTime from a java.time value, a Date or an ISO string. */
    private static TemporalAccessor parseTemporal(Object value, String name) {
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime) {
            return (TemporalAccessor) value;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (!(value instanceof String)) {
            throw invalid(value, "a date or time", name);
        }
        String s = ((String) value).trim().replace(' ', 'T');
        if (s.length() == 10) {
            return LocalDate.parse(s);
        }
        if (s.endsWith("Z") || s.endsWith("z") || hasOffset(s)) {
            return OffsetDateTime.parse(s.endsWith("z") ? s.substring(0, s.length() - 1) + "Z" : s);
        }
        return LocalDateTime.parse(s);
    }

    /** True when an ISO date-time ends with {@code +hh:mm} or {@code -hh:mm} after its time part. */
    private static boolean hasOffset(String s) {
        int t = s.indexOf('T');
        return t > 0 && (s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0);
    }

    private static Object fail(Object value, AttributeType type, String name) {
        throw invalid(value, "a value of type " + type.name().toLowerCase(Locale.ROOT), name);
    }

    private static InvalidQueryException invalid(Object value, String expected, String name) {
        return new InvalidQueryException("Value '" + value + "' of " + name + " is not " + expected, name);
    }
}
