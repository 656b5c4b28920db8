package fr.crige.wfs.fes;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Element-level navigation over a StAX reader, the small vocabulary the filter and request parsers share:
 * step to the next child element, read an element's text, skip an element. Comments and processing
 * instructions are ignored; text between child elements must be whitespace.
 */
public final class StaxElements {

    private StaxElements() {
    }

    /**
     * Moves from the current start tag (or from between children) to the next child start tag.
     *
     * @return true on a child start tag, false on the parent's end tag
     * @throws XMLStreamException when non-whitespace text is found between elements
     */
    public static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    return true;
                case XMLStreamConstants.END_ELEMENT:
                    return false;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
                    if (!reader.isWhiteSpace()) {
                        throw new XMLStreamException("Unexpected text '" + abbreviate(reader.getText().trim())
                                + "'", reader.getLocation());
                    }
                    break;
                case XMLStreamConstants.END_DOCUMENT:
                    throw new XMLStreamException("Unexpected end of document", reader.getLocation());
                default:
                    break;
            }
        }
    }

    /** The trimmed text content of the current (text-only) element; the reader ends on its end tag. */
    public static String text(XMLStreamReader reader) throws XMLStreamException {
        return reader.getElementText().trim();
    }

    /** Skips the current element with its content; the reader ends on its end tag. */
    public static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Reads the texts of repeated simple children, such as the Version elements of AcceptVersions. */
    public static List<String> childTexts(XMLStreamReader reader) throws XMLStreamException {
        List<String> texts = new ArrayList<>();
        while (nextChild(reader)) {
            texts.add(text(reader));
        }
        return texts;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
