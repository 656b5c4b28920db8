package fr.crige.csw.operation;

import fr.crige.core.xml.SecureXml;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.output.ElementSet;
import fr.crige.csw.output.OutputSchema;
import fr.crige.csw.output.OutputSchemas;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.request.GetRecordsXmlReader;
import fr.crige.csw.store.RecordStore;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.fes.StaxElements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GetRecordById (OGC 07-006r1, 10.9): the records of the given identifiers in a
 * {@code csw:GetRecordByIdResponse}; unknown identifiers are left out, as the standard says. The default
 * element set is summary; GeoNetwork's harvester asks for full ISO records one by one.
 */
public final class GetRecordByIdOperation implements OwsOperation {

    private final XMLInputFactory factory = SecureXml.newXMLInputFactory();
    private final RecordStore store;
    private final OutputSchemas schemas;

    public GetRecordByIdOperation(RecordStore store, OutputSchemas schemas) {
        this.store = store;
        this.schemas = schemas;
    }

    private record Request(List<String> ids, ElementSet elementSet, String outputSchema) {
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        Request r = request.isXml() ? readXml(request) : new Request(
                Arrays.stream(request.parameters().require("Id").split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList(),
                ElementSet.parse(request.parameters().get("ElementSetName").orElse("summary")),
                request.parameters().get("outputSchema").orElse(null));
        OutputSchema schema = schemas.resolve(r.outputSchema);
        List<MetadataRecord> records = store.get(r.ids);
        return XmlResponses.ok(w -> {
            w.writeStartElement("csw", "GetRecordByIdResponse", CswNamespaces.CSW);
            w.writeNamespace("csw", CswNamespaces.CSW);
            for (Map.Entry<String, String> ns : schema.namespaces().entrySet()) {
                w.writeNamespace(ns.getKey(), ns.getValue());
            }
            for (MetadataRecord record : records) {
                schema.write(record, r.elementSet, w);
            }
            w.writeEndElement();
        });
    }

    private Request readXml(OwsRequest request) {
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(request.xmlBody().orElseThrow());
            reader.nextTag();
            String outputSchema = reader.getAttributeValue(null, "outputSchema");
            List<String> ids = new ArrayList<>();
            ElementSet elementSet = ElementSet.SUMMARY;
            while (StaxElements.nextChild(reader)) {
                switch (reader.getLocalName()) {
                    case "Id" -> ids.add(StaxElements.text(reader));
                    case "ElementSetName" -> elementSet = ElementSet.parse(StaxElements.text(reader));
                    default -> throw OwsException.invalidParameter("GetRecordById",
                            "Unexpected element " + reader.getLocalName());
                }
            }
            if (ids.isEmpty()) {
                throw OwsException.missingParameter("Id");
            }
            return new Request(ids, elementSet, outputSchema);
        } catch (XMLStreamException e) {
            throw GetRecordsXmlReader.notWellFormed(e);
        }
    }
}
