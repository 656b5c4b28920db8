package fr.crige.ows.exception;

import fr.crige.core.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** An exception report read back for assertions: root, first exception and its text. */
public record ParsedReport(String rootNamespace, String rootName, String version, String exceptionNamespace,
        String exceptionName, Map<String, String> exceptionAttributes, String text, boolean hasDoctype) {

    public static ParsedReport parse(byte[] document) {
        try {
            XMLStreamReader xml = SecureXml.newXMLInputFactory()
                    .createXMLStreamReader(new ByteArrayInputStream(document));
            boolean doctype = false;
            String rootNs = null;
            String rootName = null;
            String version = null;
            String exNs = null;
            String exName = null;
            Map<String, String> attributes = new HashMap<>();
            StringBuilder text = new StringBuilder();
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    doctype = true;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 1) {
                        rootNs = xml.getNamespaceURI();
                        rootName = xml.getLocalName();
                        version = xml.getAttributeValue(null, "version");
                    } else if (depth == 2) {
                        exNs = xml.getNamespaceURI();
                        exName = xml.getLocalName();
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS && depth >= 2) {
                    text.append(xml.getText());
                }
            }
            return new ParsedReport(rootNs, rootName, version, exNs, exName, attributes, text.toString().trim(),
                    doctype);
        } catch (XMLStreamException e) {
            throw new AssertionError("The report is not well-formed XML", e);
        }
    }
}
