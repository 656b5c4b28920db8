package fr.crige.csw.request;

import fr.crige.core.filter.Filter;
import fr.crige.core.filter.SortBy;
import fr.crige.core.xml.SecureXml;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.CswSettings;
import fr.crige.csw.output.ElementSet;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.wfs.fes.StaxElements;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML GetRecords (OGC 07-006r1, 10.8.1) as GeoNetwork's harvester, data.gouv.fr and QGIS send it:
 * attributes resultType, outputSchema, startPosition, maxRecords; one {@code csw:Query} with typeNames, an
 * ElementSetName or ElementNames (not both), an optional {@code csw:Constraint} holding an {@code ogc:Filter} or a {@code csw:CqlText},
 * and an optional {@code ogc:SortBy}.
 */
public final class GetRecordsXmlReader {

    private final XMLInputFactory factory = SecureXml.newXMLInputFactory();
    private final ConstraintParser constraints;
    private final QueryableFilters filters;
    private final CswSettings settings;

    public GetRecordsXmlReader(ConstraintParser constraints, QueryableFilters filters, CswSettings settings) {
        this.constraints = constraints;
        this.filters = filters;
        this.settings = settings;
    }

    public GetRecordsRequest read(InputStream xml) {
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            reader.nextTag();
            requireCsw(reader, "GetRecords");
            if (reader.getAttributeValue(null, "outputFormat") != null
                    && !reader.getAttributeValue(null, "outputFormat").contains("xml")) {
                throw OwsException.invalidParameter("outputFormat", "outputFormat must be application/xml");
            }
            GetRecordsRequest.ResultType resultType = RequestNumbers.resultType(attribute(reader, "resultType"));
            String outputSchema = attribute(reader, "outputSchema");
            long start = RequestNumbers.startPosition(attribute(reader, "startPosition"));
            int max = RequestNumbers.maxRecords(attribute(reader, "maxRecords"), settings);
            Query query = null;
            while (StaxElements.nextChild(reader)) {
                switch (reader.getLocalName()) {
                    case "DistributedSearch" -> StaxElements.skip(reader);
                    case "ResponseHandler" -> throw OwsException.invalidParameter("ResponseHandler",
                            "Asynchronous responses are not supported");
                    case "Query" -> query = query(reader);
                    default -> throw OwsException.invalidParameter("GetRecords",
                            "Unexpected element " + reader.getLocalName() + " in GetRecords");
                }
            }
            if (query == null) {
                throw OwsException.missingParameter("Query");
            }
            return new GetRecordsRequest(resultType, outputSchema, query.elementSet, query.elementNames, start, max,
                    query.filter, QueryableFilters.resolveSort(query.sortBy));
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private record Query(ElementSet elementSet, List<QName> elementNames, Filter filter, List<SortBy> sortBy) {
    }

    private Query query(XMLStreamReader reader) throws XMLStreamException {
        TypeNames.check(reader.getAttributeValue(null, "typeNames"), "typeNames");
        ElementSet elementSet = null;
        List<QName> elementNames = new ArrayList<>();
        Filter filter = Filter.INCLUDE;
        List<SortBy> sortBy = List.of();
        while (StaxElements.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "ElementSetName" -> elementSet = ElementSet.parse(StaxElements.text(reader));
                case "ElementName" -> elementNames.add(ElementNames.fromXml(StaxElements.text(reader),
                        reader.getNamespaceContext()));
                case "Constraint" -> filter = filters.resolve(constraint(reader));
                case "SortBy" -> sortBy = ConstraintParser.cswErrors(() -> {
                    try {
                        return constraints.fes().parseSortBy(reader);
                    } catch (XMLStreamException e) {
                        throw notWellFormed(e);
                    }
                });
                default -> throw OwsException.invalidParameter("Query",
                        "Unexpected element " + reader.getLocalName() + " in Query");
            }
        }
        if (elementSet != null && !elementNames.isEmpty()) {
            throw OwsException.invalidParameter(ElementNames.LOCATOR,
                    "ElementName and ElementSetName are mutually exclusive");
        }
        return new Query(elementSet == null ? ElementSet.SUMMARY : elementSet, elementNames, filter, sortBy);
    }

    private Filter constraint(XMLStreamReader reader) throws XMLStreamException {
        if (!StaxElements.nextChild(reader)) {
            throw OwsException.missingParameter(QueryableFilters.CONSTRAINT);
        }
        Filter filter;
        if (reader.getLocalName().equals("CqlText")) {
            filter = constraints.parseCql(StaxElements.text(reader));
        } else {
            filter = ConstraintParser.cswErrors(() -> {
                try {
                    return constraints.fes().parseFilter(reader);
                } catch (XMLStreamException e) {
                    throw notWellFormed(e);
                }
            });
        }
        if (StaxElements.nextChild(reader)) {
            throw OwsException.invalidParameter(QueryableFilters.CONSTRAINT, "A Constraint holds one filter");
        }
        return filter;
    }

    private static String attribute(XMLStreamReader reader, String name) {
        return reader.getAttributeValue(null, name);
    }

    public static void requireCsw(XMLStreamReader reader, String localName) {
        if (!CswNamespaces.CSW.equals(reader.getNamespaceURI()) || !reader.getLocalName().equals(localName)) {
            throw OwsException.invalidParameter("request", "Expected csw:" + localName + " in " + CswNamespaces.CSW
                    + ", got " + reader.getName());
        }
    }

    public static OwsException notWellFormed(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                + e.getLocation().getColumnNumber() + ")";
        return new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, null,
                "The request is not well-formed XML" + where, 400, e);
    }
}
