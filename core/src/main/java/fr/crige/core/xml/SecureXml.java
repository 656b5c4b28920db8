package fr.crige.core.xml;

import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The only place where XML parsers are created. Every request body of an OGC service is untrusted XML, so
 * each factory returned here refuses DTDs and external entities: an XXE payload ({@code <!ENTITY x SYSTEM
 * "file:///etc/passwd">}) cannot read files or reach the network, and an entity-expansion payload ("billion
 * laughs") cannot exhaust memory. Code elsewhere must not call {@code XMLInputFactory.newFactory()} or
 * {@code DocumentBuilderFactory.newInstance()} directly.
 *
 * <p>The JAXP implementations are chosen explicitly (Woodstox for StAX, the JDK's built-in ones for DOM,
 * XSLT and XML Schema) rather than looked up on the class path, so that the security settings below are
 * known to be understood by the implementation that receives them.
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES =
            "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private SecureXml() {
    }

    /**
     * A namespace-aware Woodstox StAX factory with DTD support off: a DOCTYPE is skipped, entities it
     * declares stay undeclared, so referencing one is a parse error rather than an expansion. External
     * entities are never resolved. Woodstox's own limits (element depth, attribute and text sizes) stay on.
     */
    public static XMLInputFactory newXMLInputFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External entity refused: " + systemId);
        });
        return factory;
    }

    /** A namespace-aware DOM factory that rejects any document containing a DOCTYPE declaration. */
    public static DocumentBuilderFactory newDocumentBuilderFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            refuseDoctypes(factory::setFeature);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK DOM parser does not accept a security feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /**
     * A namespace-aware SAX factory that rejects any document containing a DOCTYPE declaration, for streaming
     * consumers that need the positions SAX reports (schema validation messages with line and column).
     */
    public static SAXParserFactory newSAXParserFactory() {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        try {
            refuseDoctypes(factory::setFeature);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK SAX parser does not accept a security feature", e);
        }
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        return factory;
    }

    /** The {@code setFeature} of a DOM or SAX factory, which share no interface. */
    @FunctionalInterface
    private interface FeatureSetter {
        void set(String feature, boolean value) throws ParserConfigurationException, SAXException;
    }

    /**
     * The features that make the JDK's parsers (DOM and SAX alike) refuse a DOCTYPE and never load external
     * entities or DTDs: one list, so that both kinds of parser stay equally strict.
     */
    private static void refuseDoctypes(FeatureSetter factory) throws ParserConfigurationException, SAXException {
        factory.set(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.set(DISALLOW_DOCTYPE, true);
        factory.set(EXTERNAL_GENERAL_ENTITIES, false);
        factory.set(EXTERNAL_PARAMETER_ENTITIES, false);
        factory.set(LOAD_EXTERNAL_DTD, false);
    }

    /**
     * A transformer factory in secure-processing mode that loads neither external DTDs nor external
     * stylesheets (xsl:import, xsl:include, document()).
     */
    public static TransformerFactory newTransformerFactory() {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("The JDK XSLT processor does not accept secure processing", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }

    /**
     * A W3C XML Schema factory that fetches neither DTDs nor imported schemas by itself. Callers validating
     * against the OGC schemas bundle them and supply them through an {@link org.w3c.dom.ls.LSResourceResolver}.
     */
    public static SchemaFactory newSchemaFactory() {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The JDK schema factory does not accept a security property", e);
        }
        return factory;
    }
}
