package fr.crige.wfs.fes;

import fr.crige.wfs.Namespaces;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A GML time literal of a temporal filter operator: a {@code gml:TimeInstant} (begin equals end) or a
 * {@code gml:TimePeriod}, with positions as {@link LocalDate} (xs:date), {@link LocalDateTime} (no offset)
 * or {@link OffsetDateTime}, which the stores convert to the compared attribute's type. Indeterminate
 * positions ("now", "unknown") are refused: they would need a clock or three-valued logic.
 *
 * @param begin the instant, or the start of the period
 * @param end   the instant, or the end of the period
 */
record GmlTime(Temporal begin, Temporal end, boolean isInstant) {

    /** Reads the GML time element the reader is on; the reader ends on its end tag. */
    static GmlTime parse(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        return switch (name) {
            case "TimeInstant" -> {
                Temporal t = null;
                while (StaxElements.nextChild(reader)) {
                    requireGml(reader);
                    if (!reader.getLocalName().equals("timePosition")) {
                        throw FesErrors.invalid("Unexpected " + reader.getLocalName() + " in a gml:TimeInstant");
                    }
                    t = position(reader);
                }
                if (t == null) {
                    throw FesErrors.invalid("A gml:TimeInstant needs a gml:timePosition");
                }
                yield new GmlTime(t, t, true);
            }
            case "TimePeriod" -> period(reader);
            default -> throw FesErrors.invalid("Unsupported GML time object " + name
                    + "; use gml:TimeInstant or gml:TimePeriod");
        };
    }

    private static GmlTime period(XMLStreamReader reader) throws XMLStreamException {
        Temporal begin = null;
        Temporal end = null;
        while (StaxElements.nextChild(reader)) {
            requireGml(reader);
            switch (reader.getLocalName()) {
                case "beginPosition" -> begin = position(reader);
                case "endPosition" -> end = position(reader);
                case "begin" -> begin = boundary(reader);
                case "end" -> end = boundary(reader);
                case "description", "descriptionReference", "identifier", "name", "relatedTime" ->
                        StaxElements.skip(reader);
                default -> throw FesErrors.invalid("Unexpected " + reader.getLocalName() + " in a gml:TimePeriod");
            }
        }
        if (begin == null || end == null) {
            throw FesErrors.invalid("A gml:TimePeriod needs a beginning and an end");
        }
        if (compare(begin, end) > 0) {
            throw FesErrors.invalid("A gml:TimePeriod must not end before it begins");
        }
        return new GmlTime(begin, end, false);
    }

    /** gml:begin or gml:end holding a gml:TimeInstant. */
    private static Temporal boundary(XMLStreamReader reader) throws XMLStreamException {
        Temporal t = null;
        while (StaxElements.nextChild(reader)) {
            requireGml(reader);
            GmlTime instant = parse(reader);
            if (!instant.isInstant()) {
                throw FesErrors.invalid("The boundary of a gml:TimePeriod is a gml:TimeInstant");
            }
            t = instant.begin();
        }
        if (t == null) {
            throw FesErrors.invalid("Empty boundary in a gml:TimePeriod");
        }
        return t;
    }

    private static Temporal position(XMLStreamReader reader) throws XMLStreamException {
        if (reader.getAttributeValue(null, "indeterminatePosition") != null) {
            throw FesErrors.invalid("Indeterminate time positions are not supported");
        }
        return parsePosition(StaxElements.text(reader).trim());
    }

    /** An ISO 8601 date, or date and time with or without offset, as XML Schema writes them. */
    static Temporal parsePosition(String text) {
        try {
            if (text.indexOf('T') < 0) {
                return LocalDate.parse(text);
            }
            String iso = text.endsWith("z") ? text.substring(0, text.length() - 1) + "Z" : text;
            boolean offset = iso.endsWith("Z") || iso.matches(".*T.*[+-]\\d\\d:\\d\\d$");
            return offset ? OffsetDateTime.parse(iso) : LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            throw FesErrors.invalid("'" + StaxElements.abbreviate(text) + "' is not an ISO 8601 date or time");
        }
    }

    /** Orders two positions, reading dates as the start of their day and local times as UTC. */
    private static int compare(Temporal a, Temporal b) {
        return utc(a).compareTo(utc(b));
    }

    private static LocalDateTime utc(Temporal t) {
        if (t instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return t instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) t;
    }

    private static void requireGml(XMLStreamReader reader) {
        if (!Namespaces.isGml(reader.getNamespaceURI())) {
            throw FesErrors.invalid("Unexpected element " + reader.getName() + " in a GML time object");
        }
    }
}
