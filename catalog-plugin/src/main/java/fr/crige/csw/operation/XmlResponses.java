package fr.crige.csw.operation;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.ows.OwsResponse;
import fr.crige.ows.XmlDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Streams an XML response document written with StAX (Woodstox), as the CSW operations answer. */
final class XmlResponses {

    static final String CONTENT_TYPE = "application/xml";
    private static final XMLOutputFactory FACTORY = new WstxOutputFactory();

    /** Writes the body of a document. */
    @FunctionalInterface
    interface Content {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private XmlResponses() {
    }

    static OwsResponse ok(Content content) {
        return OwsResponse.ok(CONTENT_TYPE, out -> write(out, content));
    }

    private static void write(OutputStream out, Content content) throws IOException {
        XmlDocument.write(FACTORY, out, "the response", content::write);
    }

    /** The current time as xsd:dateTime in UTC, for SearchStatus and Acknowledgement. */
    static String now() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS));
    }

    static void element(XMLStreamWriter w, String prefix, String local, String ns, String text)
            throws XMLStreamException {
        w.writeStartElement(prefix, local, ns);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
