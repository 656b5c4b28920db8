package fr.crige.csw.operation;

import fr.crige.csw.CswNamespaces;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * DescribeRecord (OGC 07-006r1, 10.6): one {@code csw:SchemaComponent} per record type, holding an XML Schema
 * that includes the official one (csw:Record from the CSW 2.0.2 schemas, gmd:MD_Metadata from ISO 19139)
 * rather than a copy, so clients validate against the published definitions.
 */
public final class DescribeRecordOperation implements OwsOperation {

    private record Type(String name, String namespace, String schemaLocation) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("Record", CswNamespaces.CSW, "http://schemas.opengis.net/csw/2.0.2/record.xsd"),
            new Type("MD_Metadata", CswNamespaces.GMD, "http://schemas.opengis.net/iso/19139/20070417/gmd/gmd.xsd"));

    @Override
    public OwsResponse execute(OwsRequest request) {
        String typeNames = request.parameters().get("typeName")
                .or(() -> request.parameters().get("typeNames")).orElse("");
        List<Type> wanted = new ArrayList<>();
        for (String name : typeNames.split("[,\\s]+")) {
            if (name.isEmpty()) {
                continue;
            }
            String local = name.substring(name.indexOf(':') + 1);
            wanted.add(TYPES.stream().filter(t -> t.name.equals(local)).findFirst().orElseThrow(() ->
                    OwsException.invalidParameter("TypeName", "Unknown record type " + name)));
        }
        List<Type> types = wanted.isEmpty() ? TYPES : wanted;
        return XmlResponses.ok(w -> {
            w.writeStartElement("csw", "DescribeRecordResponse", CswNamespaces.CSW);
            w.writeNamespace("csw", CswNamespaces.CSW);
            w.writeNamespace("xs", CswNamespaces.XSD);
            for (Type t : types) {
                w.writeStartElement("csw", "SchemaComponent", CswNamespaces.CSW);
                w.writeAttribute("targetNamespace", t.namespace);
                w.writeAttribute("schemaLanguage", CswNamespaces.XSD);
                w.writeStartElement("xs", "schema", CswNamespaces.XSD);
                w.writeAttribute("targetNamespace", t.namespace);
                w.writeAttribute("elementFormDefault", "qualified");
                w.writeEmptyElement("xs", "include", CswNamespaces.XSD);
                w.writeAttribute("schemaLocation", t.schemaLocation);
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }
}
