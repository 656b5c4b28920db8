package fr.crige.csw.operation;

import fr.crige.core.xml.SecureXml;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.output.XmlCopier;
import fr.crige.csw.request.GetRecordsRequest;
import fr.crige.csw.store.RecordSort;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsRequest;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The request echoed in the Acknowledgement of resultType=validate. An XML request is copied; a KVP request
 * is written in its XML encoding, because the echo must be a valid {@code csw:GetRecords} (a Query is
 * mandatory in the schema) that the client can replay.
 */
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

    /** The XML encoding of a checked KVP GetRecords: {@code r} is what was read from {@code kvp}. */
    static void fromKvp(KvpParameters kvp, GetRecordsRequest r, XMLStreamWriter w) throws XMLStreamException {
        String csw = CswNamespaces.CSW;
        w.writeStartElement("csw", "GetRecords", csw);
        w.writeAttribute("service", "CSW");
        w.writeAttribute("version", "2.0.2");
        w.writeAttribute("resultType", r.resultType().name().toLowerCase(Locale.ROOT));
        if (r.outputSchema() != null) {
            w.writeAttribute("outputSchema", r.outputSchema().trim());
        }
        w.writeAttribute("startPosition", Long.toString(r.startPosition()));
        w.writeAttribute("maxRecords", Integer.toString(r.maxRecords()));
        w.writeStartElement("csw", "Query", csw);
        // the type names were checked to be csw:Record or gmd:MD_Metadata, whatever prefix the client used
        w.writeNamespace("gmd", CswNamespaces.GMD);
        w.writeAttribute("typeNames", kvp.require("typeNames").trim().replaceAll("\\S*:?Record\\b", "csw:Record")
                .replaceAll("\\S*:?MD_Metadata\\b", "gmd:MD_Metadata"));
        if (r.elementNames().isEmpty()) {
            XmlResponses.element(w, "csw", "ElementSetName", csw, r.elementSet().value());
        }
        for (QName name : r.elementNames()) {
            w.writeStartElement("csw", "ElementName", csw);
            if (!name.getPrefix().isEmpty()) {
                w.writeNamespace(name.getPrefix(), name.getNamespaceURI());
            }
            w.writeCharacters(name.getPrefix().isEmpty() ? name.getLocalPart()
                    : name.getPrefix() + ":" + name.getLocalPart());
            w.writeEndElement();
        }
        String constraint = kvp.get("constraint").filter(c -> !c.isBlank()).orElse(null);
        if (constraint != null) {
            w.writeStartElement("csw", "Constraint", csw);
            w.writeAttribute("version", "1.1.0");
            if (kvp.get("constraintLanguage").orElse("").trim().equalsIgnoreCase("CQL_TEXT")) {
                XmlResponses.element(w, "csw", "CqlText", csw, constraint);
            } else {
                XMLStreamReader filter = FACTORY.createXMLStreamReader(new StringReader(constraint));
                filter.nextTag();
                XmlCopier.copy(filter, w, Map.of(), path -> true);
                filter.close();
            }
            w.writeEndElement();
        }
        if (!r.sortBy().isEmpty()) {
            String ogc = CswNamespaces.OGC;
            w.writeStartElement("ogc", "SortBy", ogc);
            w.writeNamespace("ogc", ogc);
            w.writeNamespace("apiso", CswNamespaces.APISO);
            for (RecordSort sort : r.sortBy()) {
                w.writeStartElement("ogc", "SortProperty", ogc);
                XmlResponses.element(w, "ogc", "PropertyName", ogc, "apiso:" + sort.queryable().apisoName());
                XmlResponses.element(w, "ogc", "SortOrder", ogc, sort.ascending() ? "ASC" : "DESC");
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }
}
