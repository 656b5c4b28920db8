package fr.crige.rest;

import fr.crige.core.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the API needs to know of an uploaded style body: that it is a well-formed SLD 1.0 / SE 1.1 document
 * (parsed with DTDs and external entities refused, as uploads are untrusted), its version and the name it
 * declares.
 *
 * @param version the root's version attribute ("1.0.0", "1.1.0")
 * @param name    the first UserStyle name, else the first NamedLayer name, else null
 */
record StyleDocument(String version, String name) {

    static final String SLD_NS = "http://www.opengis.net/sld";
    static final String SE_NS = "http://www.opengis.net/se";

    /** @throws RestException 400 when the body is not well-formed XML or not a style document */
    static StyleDocument parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw RestException.badRequest("The style body is empty");
        }
        try {
            XMLStreamReader xml = SecureXml.newXMLInputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                return read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw RestException.badRequest("The style is not well-formed XML: " + e.getMessage());
        }
    }

    private static StyleDocument read(XMLStreamReader xml) throws XMLStreamException {
        String version = null;
        String userStyleName = null;
        String namedLayerName = null;
        Deque<String> path = new ArrayDeque<>();
        boolean root = true;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                }
                continue;
            }
            String local = xml.getLocalName();
            if (root) {
                checkRoot(xml.getNamespaceURI(), local);
                version = xml.getAttributeValue(null, "version");
                root = false;
            }
            String parent = path.peek();
            path.push(local);
            if (local.equals("Name") && (parent != null)) {
                if (parent.equals("UserStyle") || parent.equals("FeatureTypeStyle") && path.size() == 2) {
                    userStyleName = userStyleName != null ? userStyleName : xml.getElementText().trim();
                    path.pop();
                } else if (parent.equals("NamedLayer")) {
                    namedLayerName = namedLayerName != null ? namedLayerName : xml.getElementText().trim();
                    path.pop();
                }
            }
        }
        return new StyleDocument(version, userStyleName != null ? userStyleName : namedLayerName);
    }

    private static void checkRoot(String namespace, String local) {
        boolean sld = SLD_NS.equals(namespace) && local.equals("StyledLayerDescriptor");
        boolean se = SE_NS.equals(namespace) && local.equals("FeatureTypeStyle");
        if (!sld && !se) {
            throw RestException.badRequest("The style root must be sld:StyledLayerDescriptor or"
                    + " se:FeatureTypeStyle, not {" + namespace + "}" + local);
        }
    }
}
