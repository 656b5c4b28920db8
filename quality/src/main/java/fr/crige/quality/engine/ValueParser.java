package fr.crige.quality.engine;

import fr.crige.quality.model.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Parses a raw value with a field type (rule-model.md §2.3) into a typed value that comparisons use: numbers
 * as {@link BigDecimal}, dates as {@link LocalDate} (or {@link YearMonth}/{@link Year} for partial formats),
 * booleans as {@link Boolean}, other types as their text. Returns null when the value does not parse.
 */
public final class ValueParser {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private ValueParser() {
    }

    /** Parses an integer: a JSON/store integer, or optional sign and digits. */
    public static Object integer(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof BigInteger) {
            return new BigDecimal(raw.toString());
        }
        String t = Values.text(raw).trim();
        return INTEGER.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    /** Parses a number with the given decimal separator (JSON and store numbers are accepted as they are). */
    public static Object number(Object raw, String decimalChar) {
        if (raw instanceof Number n) {
            return raw instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        }
        String t = Values.text(raw).trim();
        if (!".".equals(decimalChar)) {
            if (t.contains(".")) {
                return null;
            }
            t = t.replace(decimalChar, ".");
        }
        return NUMBER.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    /** Parses a boolean with the true and false lexical forms of the field. */
    public static Object bool(Object raw, List<String> trueValues, List<String> falseValues) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String t = Values.text(raw);
        if (trueValues.contains(t)) {
            return Boolean.TRUE;
        }
        return falseValues.contains(t) ? Boolean.FALSE : null;
    }

    /**
     * Parses a date with the first accepted format that reads it strictly: the value re-formatted must equal
     * the input, so 20230230 and 2023-2-1 fail.
     */
    public static Object date(Object raw, List<String> formats) {
        if (raw instanceof LocalDate d) {
            return d;
        }
        if (raw instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        String t = Values.text(raw);
        for (String format : formats) {
            DateTimeFormatter f = formatter(format);
            try {
                TemporalAccessor parsed = f.parse(t);
                if (!f.format(parsed).equals(t)) {
                    continue;
                }
                if (parsed.isSupported(ChronoField.DAY_OF_MONTH)) {
                    return LocalDate.from(parsed);
                }
                return parsed.isSupported(ChronoField.MONTH_OF_YEAR) ? YearMonth.from(parsed) : Year.from(parsed);
            } catch (java.time.DateTimeException e) {
                // try the next format
            }
        }
        return null;
    }

    /** Parses an ISO 8601 date-time, with or without offset. */
    public static Object dateTime(Object raw) {
        if (raw instanceof LocalDateTime || raw instanceof OffsetDateTime) {
            return raw;
        }
        String t = Values.text(raw).trim();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** An absolute http(s) URI with a non-empty host. */
    public static Object url(Object raw) {
        String t = Values.text(raw).trim();
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme();
            boolean ok = uri.isAbsolute() && scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
            return ok ? t : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Parses with a type and the lexical options of a field-like descriptor. */
    public static Object parse(Object raw, FieldType type, List<String> dateFormats, String decimalChar,
            List<String> trueValues, List<String> falseValues) {
        return switch (type) {
            case STRING, FILENAME -> Values.text(raw);
            case INTEGER -> integer(raw);
            case NUMBER -> number(raw, decimalChar);
            case BOOLEAN -> bool(raw, trueValues, falseValues);
            case DATE -> date(raw, dateFormats);
            case DATETIME -> dateTime(raw);
            case URL -> url(raw);
        };
    }

    private static DateTimeFormatter formatter(String pattern) {
        // "uuuu" is the proleptic year that STRICT resolution needs ("yyyy" is year-of-era).
        return FORMATTERS.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"),
                Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
    }
}
