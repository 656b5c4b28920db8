package fr.crige.csw.output;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Copies the element a StAX reader is on, with its content, to a writer: elements, attributes, namespace
 * declarations, text, CDATA and comments. Re-serialising rather than pasting bytes makes the copy a
 * well-formed part of the enclosing document whatever the source's encoding or XML declaration.
 *
 * <p>A path filter can drop child elements (the brief and summary ISO element sets); the path is the list
 * of local names from the copied element down, joined by {@code /}.
 */
public final class XmlCopier {

    private XmlCopier() {
    }

    /**
     * Copies the current element; the reader ends on its end tag.
     *
     * @param extraNamespaces namespace declarations to add to the copied element (prefix to URI), for a
     *                        subtree taken out of a document that declared them on an ancestor
     * @param keep            whether to copy the element at a path; a dropped element loses its subtree
     */
    public static void copy(XMLStreamReader reader, XMLStreamWriter writer, Map<String, String> extraNamespaces,
            Predicate<String> keep) throws XMLStreamException {
        StringBuilder path = new StringBuilder(reader.getLocalName());
        startElement(reader, writer, extraNamespaces);
        int depth = 1;
        int skipping = 0;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    path.append('/').append(reader.getLocalName());
                    if (skipping > 0 || !keep.test(path.toString())) {
                        skipping++;
                    } else {
                        startElement(reader, writer, Map.of());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    int slash = path.lastIndexOf("/");
                    path.setLength(Math.max(slash, 0));
                    if (skipping > 0) {
                        skipping--;
                    } else {
                        writer.writeEndElement();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                    if (skipping == 0) {
                        writer.writeCharacters(reader.getText());
                    }
                }
                case XMLStreamConstants.CDATA -> {
                    if (skipping == 0) {
                        writer.writeCData(reader.getText());
                    }
                }
                case XMLStreamConstants.COMMENT -> {
                    if (skipping == 0) {
                        writer.writeComment(reader.getText());
                    }
                }
                default -> {
                    // processing instructions and entity references are not part of the record's content
                }
            }
        }
    }

    private static void startElement(XMLStreamReader reader, XMLStreamWriter writer, Map<String, String> extra)
            throws XMLStreamException {
        String prefix = reader.getPrefix() == null ? "" : reader.getPrefix();
        String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        writer.writeStartElement(prefix, reader.getLocalName(), namespace);
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String p = reader.getNamespacePrefix(i) == null ? "" : reader.getNamespacePrefix(i);
            declared.add(p);
            writeNamespace(writer, p, reader.getNamespaceURI(i));
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            if (declared.add(e.getKey())) {
                writeNamespace(writer, e.getKey(), e.getValue());
            }
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ap = reader.getAttributePrefix(i);
            String ans = reader.getAttributeNamespace(i);
            if (ap == null || ap.isEmpty()) {
                writer.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            } else {
                writer.writeAttribute(ap, ans, reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }
    }

    private static void writeNamespace(XMLStreamWriter writer, String prefix, String uri) throws XMLStreamException {
        if (prefix.isEmpty()) {
            writer.writeDefaultNamespace(uri == null ? "" : uri);
        } else {
            writer.writeNamespace(prefix, uri);
        }
    }
}
