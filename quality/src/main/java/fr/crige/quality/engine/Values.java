package fr.crige.quality.engine;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeFormatter;

/** The raw-value conventions of rule-model.md §2.1 and §2.3: what is null and what the raw text of a value is. */
public final class Values {

    private Values() {
    }

    /** Null, or a text that is empty or only white space after trimming. */
    public static boolean isNull(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    /** The text constraints apply to: strings as delivered, numbers in their JSON form, dates in ISO 8601. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof TemporalAccessor t && !(value instanceof java.time.Instant)) {
            return t instanceof java.time.LocalDate ? DateTimeFormatter.ISO_LOCAL_DATE.format(t) : t.toString();
        }
        return value.toString();
    }
}
