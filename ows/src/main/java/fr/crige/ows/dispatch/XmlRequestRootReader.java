package fr.crige.ows.dispatch;

import fr.crige.core.xml.SecureXml;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the root element of an XML request without parsing the rest: routing needs only the operation
 * (the root's local name, such as {@code GetFeature} or {@code GetRecords}) and the {@code service} and
 * {@code version} attributes; the chosen service then parses the whole document with its own schema
 * knowledge. The one exception is GetCapabilities, whose version negotiation needs the
 * {@code AcceptVersions} child, so that element is read too.
 *
 * <p>Unparsable XML is reported as OperationParsingFailed (WFS 2.0 table 3, HTTP 400), the only standard
 * code meaning "the request could not be parsed"; NoApplicableCode would suggest a server fault (HTTP 500).
 * Errors after the part read here are the service's to find.
 */
final class XmlRequestRootReader {

    private static final String GET_CAPABILITIES = "GetCapabilities";

    private final XMLInputFactory factory = SecureXml.newXMLInputFactory();

    /** @throws OwsException OperationParsingFailed when the body is not XML or has no root element */
    XmlRequestRoot read(byte[] body) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            reader.nextTag();
            String localName = reader.getLocalName();
            String namespace = reader.getNamespaceURI();
            String service = reader.getAttributeValue(null, "service");
            String version = reader.getAttributeValue(null, "version");
            List<String> acceptVersions = GET_CAPABILITIES.equals(localName) ? readAcceptVersions(reader) : List.of();
            return new XmlRequestRoot(namespace, localName, service, version, acceptVersions);
        } catch (XMLStreamException e) {
            throw new OwsException(OwsExceptionCode.OPERATION_PARSING_FAILED, null,
                    "The XML request could not be parsed" + where(e.getLocation()), e);
        } finally {
            close(reader);
        }
    }

    /** The Version texts of the root's AcceptVersions child; the reader is on the root start tag. */
    private static List<String> readAcceptVersions(XMLStreamReader reader) throws XMLStreamException {
        List<String> versions = new ArrayList<>();
        int depth = 1;
        boolean inAcceptVersions = false;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && "AcceptVersions".equals(reader.getLocalName())) {
                    inAcceptVersions = true;
                } else if (inAcceptVersions && depth == 3 && "Version".equals(reader.getLocalName())) {
                    versions.add(reader.getElementText().trim());
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (inAcceptVersions && depth == 1) {
                    return versions;
                }
            }
        }
        return versions;
    }

    private static String where(Location location) {
        return location == null ? "" : " (line " + location.getLineNumber() + ", column "
                + location.getColumnNumber() + ")";
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Nothing to release beyond the in-memory body; the parse outcome stands.
            }
        }
    }
}
