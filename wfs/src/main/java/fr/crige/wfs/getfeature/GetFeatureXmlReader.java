package fr.crige.wfs.getfeature;

import com.ctc.wstx.exc.WstxLazyException;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.SortBy;
import fr.crige.core.xml.SecureXml;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.wfs.Namespaces;
import fr.crige.wfs.TypeName;
import fr.crige.wfs.fes.FesParser;
import fr.crige.wfs.fes.StaxElements;
import fr.crige.wfs.storedquery.StoredQueries;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML encoding of GetFeature (WFS 2.0, 7.9.2.3 and 7.9.3.3; WFS 1.1 documents too): the
 * {@code count}/{@code maxFeatures}, {@code startIndex}, {@code resultType} and {@code outputFormat}
 * attributes, {@code wfs:Query} elements with their type names (prefixes resolved through the document's
 * namespace bindings), {@code srsName}, {@code PropertyName}, filter and {@code SortBy}, and the GetFeatureById
 * {@code wfs:StoredQuery}. Joins (several type names in one query) are refused.
 */
public final class GetFeatureXmlReader {

    private final XMLInputFactory factory = SecureXml.newXMLInputFactory();
    private final FesParser fesParser;

    public GetFeatureXmlReader(FesParser fesParser) {
        this.fesParser = fesParser;
    }

    public GetFeatureRequest read(InputStream body) {
        return read(body, "GetFeature");
    }

    /**
     * Reads a request document whose root is {@code rootName}: GetFeature, or GetPropertyValue, whose
     * queries and presentation attributes are those of GetFeature (WFS 2.0, 10.2.2).
     */
    public GetFeatureRequest read(InputStream body, String rootName) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(body);
            reader.nextTag();
            if (!reader.getLocalName().equals(rootName)) {
                throw parsing("Expected a " + rootName + " document, got " + reader.getLocalName());
            }
            long count = GetFeatureKvpReader.nonNegative("count", attribute(reader, "count", "maxFeatures"));
            long startIndex = GetFeatureKvpReader.nonNegative("startIndex", attribute(reader, "startIndex", null));
            String resultType = attribute(reader, "resultType", null);
            boolean hits = resultType != null && resultType.trim().toLowerCase(Locale.ROOT).equals("hits");
            if (resultType != null && !hits && !resultType.trim().equalsIgnoreCase("results")) {
                throw OwsException.invalidParameter("resultType", "resultType must be results or hits");
            }
            String outputFormat = attribute(reader, "outputFormat", null);
            List<QuerySpec> queries = new ArrayList<>();
            boolean byId = false;
            while (StaxElements.nextChild(reader)) {
                switch (reader.getLocalName()) {
                    case "Query" -> queries.add(query(reader));
                    case "StoredQuery" -> {
                        queries.add(storedQuery(reader));
                        byId = true;
                    }
                    default -> throw parsing("Unexpected " + reader.getLocalName() + " in " + rootName);
                }
            }
            if (queries.isEmpty()) {
                throw OwsException.missingParameter("Query");
            }
            if (byId && queries.size() > 1) {
                throw OwsException.invalidParameter("StoredQuery",
                        "GetFeatureById cannot be combined with other queries");
            }
            return new GetFeatureRequest(queries, count, startIndex, hits, outputFormat, byId, false);
        } catch (XMLStreamException e) {
            throw parsing("The " + rootName + " request is not well-formed XML: " + e.getMessage());
        } catch (WstxLazyException e) {
            throw parsing("The " + rootName + " request is not well-formed XML: " + e.getMessage());
        } finally {
            close(reader);
        }
    }

    private QuerySpec query(XMLStreamReader reader) throws XMLStreamException {
        String names = attribute(reader, "typeNames", "typeName");
        if (names == null || names.isBlank()) {
            throw OwsException.missingParameter("typeNames");
        }
        String[] split = names.trim().split("[\\s,]+");
        if (split.length > 1) {
            throw OwsException.invalidParameter("typeNames", "Joins of several feature types are not supported");
        }
        TypeName typeName = TypeName.parse(split[0], reader.getNamespaceContext());
        String srsName = attribute(reader, "srsName", null);
        Filter filter = Filter.INCLUDE;
        List<SortBy> sortBy = List.of();
        List<String> properties = null;
        while (StaxElements.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "PropertyName" -> {
                    if (properties == null) {
                        properties = new ArrayList<>();
                    }
                    properties.add(FesParser.propertyName(StaxElements.text(reader)));
                }
                case "Filter" -> filter = fesParser.parseFilter(reader);
                case "SortBy" -> sortBy = fesParser.parseSortBy(reader);
                default -> throw parsing("Unexpected " + reader.getLocalName() + " in Query");
            }
        }
        return new QuerySpec(typeName, filter, sortBy, properties, srsName);
    }

    private static QuerySpec storedQuery(XMLStreamReader reader) throws XMLStreamException {
        String id = attribute(reader, "id", null);
        if (!StoredQueries.GET_FEATURE_BY_ID.equals(id)) {
            throw OwsException.invalidParameter("STOREDQUERY_ID", "Unknown stored query " + id);
        }
        String featureId = null;
        while (StaxElements.nextChild(reader)) {
            if (!reader.getLocalName().equals("Parameter") || !Namespaces.WFS_2_0.equals(reader.getNamespaceURI())) {
                throw parsing("Unexpected " + reader.getLocalName() + " in StoredQuery");
            }
            String name = reader.getAttributeValue(null, "name");
            String value = StaxElements.text(reader);
            if (!StoredQueries.ID.equalsIgnoreCase(name)) {
                throw OwsException.invalidParameter(String.valueOf(name), "GetFeatureById has one parameter, ID");
            }
            featureId = value;
        }
        return StoredQueries.getFeatureById(featureId, null);
    }

    private static String attribute(XMLStreamReader reader, String name, String alias) {
        String value = reader.getAttributeValue(null, name);
        return value == null && alias != null ? reader.getAttributeValue(null, alias) : value;
    }

    private static OwsException parsing(String message) {
        return new OwsException(OwsExceptionCode.OPERATION_PARSING_FAILED, null, message);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // the parse outcome stands; the body is in memory
            }
        }
    }
}
