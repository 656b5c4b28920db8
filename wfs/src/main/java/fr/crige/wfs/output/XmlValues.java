package fr.crige.wfs.output;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The lexical form of attribute values in XML Schema types (xs:double, xs:dateTime, xs:base64Binary...), for
 * every GML writer of the server (WFS outputs, WMS GetFeatureInfo).
 */
public final class XmlValues {

    private XmlValues() {
    }

    public static String format(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "NaN";
            }
            return d.isInfinite() ? (d > 0 ? "INF" : "-INF") : d.toString();
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        // toString() drops zero seconds ("10:00"), which xs:time and xs:dateTime do not allow
        if (value instanceof LocalDateTime t) {
            return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        if (value instanceof OffsetDateTime t) {
            return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof LocalTime t) {
            return t.format(DateTimeFormatter.ISO_LOCAL_TIME);
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        // numbers, booleans and dates print in their XML Schema lexical form
        return value.toString();
    }
}
