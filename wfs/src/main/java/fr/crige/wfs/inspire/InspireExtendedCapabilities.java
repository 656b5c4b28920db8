package fr.crige.wfs.inspire;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.ows.catalogue.DatasetMetadata;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the {@code inspire_dls:ExtendedCapabilities} of an INSPIRE download service inside the
 * {@code ows:ExtendedCapabilities} of the capabilities (of OWS 1.1 for WFS 2.0, OWS 1.0 for WFS 1.1.0): the
 * service metadata URL, the supported and response languages and one SpatialDataSetIdentifier per published
 * feature type that has a catalogue record.
 */
public final class InspireExtendedCapabilities {

    public static final String DLS = "http://inspire.ec.europa.eu/schemas/inspire_dls/1.0";
    public static final String COMMON = "http://inspire.ec.europa.eu/schemas/common/1.0";
    /** The namespace and schema location pair for xsi:schemaLocation. */
    public static final String SCHEMA_LOCATION = DLS + " http://inspire.ec.europa.eu/schemas/inspire_dls/1.0/"
            + "inspire_dls.xsd";
    private static final String CSW_RECORD_MEDIA_TYPE = "application/vnd.ogc.csw.GetRecordByIdResponse_xml";

    private InspireExtendedCapabilities() {
    }

    /** Declares the two INSPIRE prefixes on the current (root) element. */
    public static void declareNamespaces(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeNamespace("inspire_dls", DLS);
        xml.writeNamespace("inspire_common", COMMON);
    }

    /**
     * @param owsNamespace      the namespace of the enclosing OWS Common version
     * @param types             the published feature types
     * @param requestedLanguage the LANGUAGE parameter of the request, or null
     * @param baseUrl           the server's base URL as the client reached it, replacing {@code {base}} in the
     *                          service metadata URL
     * @param datasets          the data set of a type when the settings declare none (from the catalogue)
     */
    public static void write(XMLStreamWriter xml, String owsNamespace, InspireSettings settings,
            List<FeatureTypeInfo> types, String requestedLanguage, String baseUrl,
            Function<FeatureTypeInfo, Optional<DatasetMetadata>> datasets) throws XMLStreamException {
        xml.writeStartElement("ows", "ExtendedCapabilities", owsNamespace);
        xml.writeStartElement("inspire_dls", "ExtendedCapabilities", DLS);
        xml.writeStartElement("inspire_common", "MetadataUrl", COMMON);
        text(xml, "URL", settings.serviceMetadataUrl().replace("{base}", baseUrl));
        text(xml, "MediaType", CSW_RECORD_MEDIA_TYPE);
        xml.writeEndElement();
        xml.writeStartElement("inspire_common", "SupportedLanguages", COMMON);
        language(xml, "DefaultLanguage", settings.defaultLanguage());
        for (String other : settings.otherLanguages()) {
            language(xml, "SupportedLanguage", other);
        }
        xml.writeEndElement();
        language(xml, "ResponseLanguage", settings.responseLanguage(requestedLanguage));
        for (FeatureTypeInfo type : types) {
            var dataset = settings.dataset(type.qualifiedName()).or(() -> datasets.apply(type));
            if (dataset.isEmpty()) {
                continue;
            }
            xml.writeStartElement("inspire_dls", "SpatialDataSetIdentifier", DLS);
            xml.writeAttribute("metadataURL", dataset.get().metadataUrl());
            text(xml, "Code", dataset.get().code());
            if (dataset.get().namespace() != null) {
                text(xml, "Namespace", dataset.get().namespace());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void language(XMLStreamWriter xml, String element, String code) throws XMLStreamException {
        xml.writeStartElement("inspire_common", element, COMMON);
        text(xml, "Language", code);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement("inspire_common", element, COMMON);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
