package fr.crige.csw.operation;

import fr.crige.core.store.InvalidQueryException;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.store.DomainValue;
import fr.crige.csw.store.RecordStore;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GetDomain (OGC 07-006r1, 10.7): the values a queryable takes in the catalogue ({@code PropertyName}), or
 * the values a request parameter accepts ({@code ParameterName}, such as {@code GetRecords.outputSchema}).
 * KVP only.
 */
public final class GetDomainOperation implements OwsOperation {

    private final RecordStore store;
    private final Map<String, List<String>> parameterDomains;

    /** @param parameterDomains the accepted values by {@code Operation.parameter}, as the capabilities list them */
    public GetDomainOperation(RecordStore store, Map<String, List<String>> parameterDomains) {
        this.store = store;
        this.parameterDomains = parameterDomains;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        var property = request.parameters().get("PropertyName");
        var parameter = request.parameters().get("ParameterName");
        if (property.isEmpty() && parameter.isEmpty()) {
            throw OwsException.missingParameter("PropertyName");
        }
        if (property.isPresent()) {
            String name = property.get().trim();
            Queryable q = Queryable.byName(name).orElseThrow(() -> OwsException.invalidParameter("PropertyName",
                    "Unknown queryable " + name));
            List<DomainValue> values;
            try {
                values = store.domain(q);
            } catch (InvalidQueryException e) {
                throw OwsException.invalidParameter("PropertyName", e.getMessage());
            }
            return XmlResponses.ok(w -> {
                start(w);
                w.writeStartElement("csw", "DomainValues", CswNamespaces.CSW);
                w.writeAttribute("type", "csw:Record");
                XmlResponses.element(w, "csw", "PropertyName", CswNamespaces.CSW, name);
                w.writeStartElement("csw", "ListOfValues", CswNamespaces.CSW);
                for (DomainValue v : values) {
                    w.writeStartElement("csw", "Value", CswNamespaces.CSW);
                    w.writeAttribute("count", Long.toString(v.count()));
                    w.writeCharacters(v.value());
                    w.writeEndElement();
                }
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
            });
        }
        String name = parameter.get().trim();
        List<String> values = parameterDomains.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> OwsException.invalidParameter(
                        "ParameterName", "Unknown parameter " + name + "; use Operation.parameter"));
        return XmlResponses.ok(w -> {
            start(w);
            w.writeStartElement("csw", "DomainValues", CswNamespaces.CSW);
            w.writeAttribute("type", "csw:Record");
            XmlResponses.element(w, "csw", "ParameterName", CswNamespaces.CSW, name);
            w.writeStartElement("csw", "ListOfValues", CswNamespaces.CSW);
            for (String v : values) {
                XmlResponses.element(w, "csw", "Value", CswNamespaces.CSW, v);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static void start(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("csw", "GetDomainResponse", CswNamespaces.CSW);
        w.writeNamespace("csw", CswNamespaces.CSW);
    }
}
