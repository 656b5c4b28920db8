package fr.crige.wfs.operation;

import com.ctc.wstx.exc.WstxLazyException;
import fr.crige.core.xml.SecureXml;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.fes.StaxElements;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the simple XML requests (GetCapabilities, DescribeFeatureType, DescribeStoredQueries), whose content
 * is a list of texts of one child element each: Section, TypeName, StoredQueryId.
 */
final class XmlRequests {

    private static final XMLInputFactory FACTORY = SecureXml.newXMLInputFactory();

    private XmlRequests() {
    }

    /** A text value and, for qualified names, the namespace its prefix is bound to (or null). */
    record Value(String text, String namespaceUri) {
    }

    /** The texts of every element named {@code localName} anywhere in the document. */
    static List<Value> values(OwsRequest request, String localName) {
        List<Value> values = new ArrayList<>();
        try (InputStream body = request.xmlBody().orElseThrow()) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(body);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals(localName)) {
                    String text = StaxElements.text(reader);
                    int colon = text.indexOf(':');
                    String ns = colon > 0 ? reader.getNamespaceContext().getNamespaceURI(text.substring(0, colon))
                            : null;
                    values.add(new Value(text, ns == null || ns.isEmpty() ? null : ns));
                }
            }
            reader.close();
            return values;
        } catch (XMLStreamException | WstxLazyException | java.io.IOException e) {
            throw new OwsException(OwsExceptionCode.OPERATION_PARSING_FAILED, null,
                    "The " + request.request() + " request is not well-formed XML", e);
        }
    }

    /** An attribute of the root element, or null. */
    static String rootAttribute(OwsRequest request, String name) {
        try (InputStream body = request.xmlBody().orElseThrow()) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(body);
            reader.nextTag();
            String value = reader.getAttributeValue(null, name);
            reader.close();
            return value;
        } catch (XMLStreamException | WstxLazyException | java.io.IOException e) {
            throw new OwsException(OwsExceptionCode.OPERATION_PARSING_FAILED, null,
                    "The " + request.request() + " request is not well-formed XML", e);
        }
    }
}
