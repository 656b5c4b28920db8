package fr.crige.wfs.output.shapefile;

import fr.crige.core.feature.AttributeDescriptor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * A dBASE field: its (at most 10 character) name, type, width and decimals, chosen from the attribute type as
 * GDAL does: text C(254), integers N(11) or N(20), reals N(24,15), booleans L, dates D; times and date-times
 * are text in ISO 8601, dBASE III having no type for them.
 *
 * @param attribute the attribute of the feature schema whose values the field holds
 */
record DbfField(String name, char type, int width, int decimals, AttributeDescriptor attribute) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The field of an attribute, or null for attributes dBASE cannot hold (binary data). */
    static DbfField of(String name, AttributeDescriptor a) {
        return switch (a.type()) {
            case STRING -> new DbfField(name, 'C', 254, 0, a);
            case INTEGER -> new DbfField(name, 'N', 11, 0, a);
            case LONG -> new DbfField(name, 'N', 20, 0, a);
            case DOUBLE, DECIMAL -> new DbfField(name, 'N', 24, 15, a);
            case BOOLEAN -> new DbfField(name, 'L', 1, 0, a);
            case DATE -> new DbfField(name, 'D', 8, 0, a);
            case DATETIME, DATETIME_TZ, TIME -> new DbfField(name, 'C', 32, 0, a);
            case BINARY, GEOMETRY -> null;
        };
    }

    /** The bytes of a value, exactly {@link #width} long; null values are blank (unknown for L). */
    byte[] encode(Object value) {
        byte[] out = new byte[width];
        Arrays.fill(out, (byte) ' ');
        if (value == null) {
            if (type == 'L') {
                out[0] = '?';
            }
            return out;
        }
        switch (type) {
            case 'C' -> {
                byte[] text = truncate(text(value));
                System.arraycopy(text, 0, out, 0, text.length);
            }
            case 'N' -> {
                byte[] number = number(value).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(number, 0, out, width - number.length, number.length);
            }
            case 'L' -> out[0] = (byte) (Boolean.TRUE.equals(value) ? 'T' : 'F');
            case 'D' -> {
                byte[] date = ((LocalDate) value).format(DATE).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(date, 0, out, 0, Math.min(date.length, width));
            }
            default -> throw new IllegalStateException("Unexpected dBASE type " + type);
        }
        return out;
    }

    private static String text(Object value) {
        return value instanceof String s ? s : value.toString();
    }

    /** UTF-8 bytes of at most {@link #width}, cut between characters. */
    private byte[] truncate(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= width) {
            return bytes;
        }
        int end = width;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // do not split a multi-byte character
        }
        return Arrays.copyOf(bytes, end);
    }

    /**
     * The number right-aligned in the field: with {@link #decimals} digits after the point, fewer when the
     * integer part needs the room, and in scientific notation when even that does not fit.
     */
    private String number(Object value) {
        BigDecimal n = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        if (decimals == 0) {
            String s = n.toBigInteger().toString();
            return s.length() <= width ? s : String.format(Locale.ROOT, "%." + (width - 7) + "e", n);
        }
        String plain = n.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        if (plain.length() <= width) {
            return plain;
        }
        int integerDigits = n.toBigInteger().toString().length();
        if (integerDigits + 2 <= width) {
            return n.setScale(width - integerDigits - 1, RoundingMode.HALF_EVEN).toPlainString();
        }
        return String.format(Locale.ROOT, "%." + (width - 8) + "e", n);
    }
}
