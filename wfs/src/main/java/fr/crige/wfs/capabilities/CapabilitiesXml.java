package fr.crige.wfs.capabilities;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** StAX shorthands shared by the capabilities writers of both WFS versions. */
final class CapabilitiesXml {

    private CapabilitiesXml() {
    }

    /** An element holding only text. */
    static void text(XMLStreamWriter xml, String prefix, String name, String ns, String text)
            throws XMLStreamException {
        xml.writeStartElement(prefix, name, ns);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** {@code ows:Keywords} in the given OWS namespace, nothing when there are none. */
    static void keywords(XMLStreamWriter xml, String owsNamespace, List<String> keywords) throws XMLStreamException {
        if (keywords.isEmpty()) {
            return;
        }
        xml.writeStartElement("ows", "Keywords", owsNamespace);
        for (String k : keywords) {
            text(xml, "ows", "Keyword", owsNamespace, k);
        }
        xml.writeEndElement();
    }
}
