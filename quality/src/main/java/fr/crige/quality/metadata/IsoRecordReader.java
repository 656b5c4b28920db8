package fr.crige.quality.metadata;

import fr.crige.core.xml.SecureXml;
import fr.crige.quality.input.InputProblem;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an ISO 19139 record into an {@link IsoElement} tree with the hardened StAX parser of
 * {@link SecureXml} (records are uploaded by anyone: no DTD, no external entity). A document that is not
 * well-formed XML is a FILE_NOT_OPENED finding, not a failure.
 */
public final class IsoRecordReader {

    private static final XMLInputFactory FACTORY = SecureXml.newXMLInputFactory();

    /** @throws InputProblem when the document is not well-formed XML */
    public IsoElement read(InputStream in) throws InputProblem {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            Deque<Builder> open = new ArrayDeque<>();
            IsoElement root = null;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> open.push(new Builder(r));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        IsoElement done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                    default -> {
                        // comments, processing instructions and white space between elements carry nothing
                    }
                }
            }
            if (root == null) {
                throw InputProblem.notOpened("the document has no root element", null);
            }
            return root;
        } catch (XMLStreamException e) {
            throw InputProblem.notOpened("not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // the stream belongs to the caller
                }
            }
        }
    }

    /** An element being read. */
    private static final class Builder {
        private final String namespace;
        private final String localName;
        private final Map<String, String> attributes = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final List<IsoElement> children = new ArrayList<>();

        Builder(XMLStreamReader r) {
            namespace = IsoNamespaces.normalise(r.getNamespaceURI());
            localName = r.getLocalName();
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String ns = r.getAttributeNamespace(i);
                attributes.put("{" + (ns == null ? "" : IsoNamespaces.normalise(ns)) + "}" + r.getAttributeLocalName(i),
                        r.getAttributeValue(i));
            }
        }

        IsoElement build() {
            return new IsoElement(namespace, localName, attributes, text.toString().strip(), children);
        }
    }
}
