package fr.crige.wms.capabilities;

import fr.crige.ows.OwsRequest;
import fr.crige.wms.InspireSettings;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The {@code inspire_vs:ExtendedCapabilities} of an INSPIRE view service, scenario 1 of the Technical
 * Guidance for View Services (3.11, section 4.2.3): a link to the service's metadata record in a discovery
 * service, the supported languages, and the language of this response. Layer texts come from the catalog in
 * one language, so the response language is the default one whatever the LANGUAGE parameter asks (the
 * parameter is accepted and otherwise ignored).
 */
final class InspireExtendedCapabilities {

    static final String VS_NS = "http://inspire.ec.europa.eu/schemas/inspire_vs/1.0";
    static final String COMMON_NS = "http://inspire.ec.europa.eu/schemas/common/1.0";
    static final String SCHEMA_LOCATION = VS_NS + " https://inspire.ec.europa.eu/schemas/inspire_vs/1.0/inspire_vs.xsd";
    /** The media type the guidance gives for a CSW GetRecordById response. */
    private static final String RECORD_MEDIA_TYPE = "application/vnd.ogc.csw.GetRecordByIdResponse_xml";

    private final InspireSettings settings;

    InspireExtendedCapabilities(InspireSettings settings) {
        this.settings = settings;
    }

    static void declareNamespaces(XMLStreamWriter xml) throws XMLStreamException {
        xml.setPrefix("inspire_vs", VS_NS);
        xml.setPrefix("inspire_common", COMMON_NS);
        xml.writeNamespace("inspire_vs", VS_NS);
        xml.writeNamespace("inspire_common", COMMON_NS);
    }

    void write(XMLStreamWriter xml, OwsRequest request) throws XMLStreamException {
        xml.writeStartElement(VS_NS, "ExtendedCapabilities");
        xml.writeStartElement(COMMON_NS, "MetadataUrl");
        xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type",
                "inspire_common:resourceLocatorType");
        text(xml, "URL", settings.metadataUrl().replace("{base}", request.baseUrl()));
        text(xml, "MediaType", RECORD_MEDIA_TYPE);
        xml.writeEndElement();
        xml.writeStartElement(COMMON_NS, "SupportedLanguages");
        language(xml, "DefaultLanguage", settings.defaultLanguage());
        for (String language : settings.languages()) {
            if (!language.equals(settings.defaultLanguage())) {
                language(xml, "SupportedLanguage", language);
            }
        }
        xml.writeEndElement();
        language(xml, "ResponseLanguage", settings.defaultLanguage());
        xml.writeEndElement();
    }

    private static void language(XMLStreamWriter xml, String element, String code) throws XMLStreamException {
        xml.writeStartElement(COMMON_NS, element);
        text(xml, "Language", code);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(COMMON_NS, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
