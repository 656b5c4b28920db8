package fr.crige.ows;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a whole UTF-8 XML document with StAX: the declaration, what the body writes, the end. A failure to
 * write becomes an {@link IOException}, as the response stream's own failures are.
 */
public final class XmlDocument {

    /** Writes the content of a document: its root element. */
    @FunctionalInterface
    public interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlDocument() {
    }

    /**
     * Writes the document to {@code out}, which stays open.
     *
     * @param what what the document is, for the message of the failure ("the capabilities")
     */
    public static void write(XMLOutputFactory factory, OutputStream out, String what, Body body) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + what, e);
        }
    }
}
