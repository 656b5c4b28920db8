package fr.crige.csw.operation;

import fr.crige.core.xml.SecureXml;
import fr.crige.csw.output.XmlCopier;
import fr.crige.ows.OwsRequest;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/** Copies an XML request into a response, for the EchoedRequest of resultType=validate. */
final class EchoedRequest {

    private static final XMLInputFactory FACTORY = SecureXml.newXMLInputFactory();

    private EchoedRequest() {
    }

    static void copy(OwsRequest request, XMLStreamWriter writer) throws XMLStreamException {
        XMLStreamReader reader = FACTORY.createXMLStreamReader(request.xmlBody().orElseThrow());
        try {
            reader.nextTag();
            XmlCopier.copy(reader, writer, Map.of(), path -> true);
        } finally {
            reader.close();
        }
    }
}
