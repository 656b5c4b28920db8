package fr.crige.wfs.fes;

import com.ctc.wstx.exc.WstxLazyException;
import fr.crige.core.crs.AxisOrder;
import fr.crige.core.crs.CrsService;
import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.DistanceOperator;
import fr.crige.core.filter.Expression;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.filter.SortBy;
import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.xml.SecureXml;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.wfs.Namespaces;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses OGC Filter Encoding into crige's {@link Filter} model: FES 2.0 ({@code fes:} namespace, WFS 2.0) and
 * Filter Encoding 1.1 ({@code ogc:} namespace, WFS 1.1.0), including the filters sent in KVP requests without
 * namespace declarations. Supported: the comparison operators with {@code matchCase}, PropertyIsLike,
 * PropertyIsNull, PropertyIsNil, PropertyIsBetween, And/Or/Not, BBOX, the eight binary spatial operators,
 * DWithin/Beyond with their units, and resource ids ({@code ResourceId}, FES 1.1 {@code FeatureId}/
 * {@code GmlObjectId}) and the temporal operators of {@link TemporalOperators}, mapped onto comparisons.
 * Functions are refused with InvalidParameterValue.
 *
 * <p>Property names are taken literally after removing a namespace prefix ({@code cvl:nom} → {@code nom}):
 * they are never evaluated as XPath, and the store refuses names that are not attributes of the type. Names
 * whose prefix is bound to GML are the {@link GmlStandardProperties GML standard properties}. The
 * XML is read with a {@link SecureXml} factory, so DTDs and external entities are never processed, and
 * logical operators may nest {@value #MAX_DEPTH} levels deep at most.
 *
 * <p>Instances are thread-safe.
 */
public final class FesParser {

    /** Deepest nesting of logical operators accepted; real filters stay far below. */
    public static final int MAX_DEPTH = 32;

    private static final Pattern PREFIXED_NAME = Pattern.compile("[A-Za-z_][\\w.-]*:([A-Za-z_][\\w.-]*)");

    private static final Map<String, ComparisonOperator> COMPARISONS = Map.of(
            "PropertyIsEqualTo", ComparisonOperator.EQUAL_TO,
            "PropertyIsNotEqualTo", ComparisonOperator.NOT_EQUAL_TO,
            "PropertyIsLessThan", ComparisonOperator.LESS_THAN,
            "PropertyIsGreaterThan", ComparisonOperator.GREATER_THAN,
            "PropertyIsLessThanOrEqualTo", ComparisonOperator.LESS_THAN_OR_EQUAL_TO,
            "PropertyIsGreaterThanOrEqualTo", ComparisonOperator.GREATER_THAN_OR_EQUAL_TO);

    private static final Map<String, SpatialOperator> SPATIAL = Map.of(
            "Intersects", SpatialOperator.INTERSECTS, "Within", SpatialOperator.WITHIN,
            "Contains", SpatialOperator.CONTAINS, "Disjoint", SpatialOperator.DISJOINT,
            "Touches", SpatialOperator.TOUCHES, "Crosses", SpatialOperator.CROSSES,
            "Overlaps", SpatialOperator.OVERLAPS, "Equals", SpatialOperator.EQUALS);

    private final XMLInputFactory factory = SecureXml.newXMLInputFactory();
    private final GmlGeometryParser gml;

    public FesParser(CrsService crsService) {
        this.gml = new GmlGeometryParser(crsService, AxisOrder.Protocol.GML_3);
    }

    /**
     * Parses a filter document, such as the value of the KVP {@code FILTER} parameter.
     *
     * @throws fr.crige.ows.OwsException OperationParsingFailed for malformed XML, InvalidParameterValue for a
     *                                   filter that is not understood
     */
    public Filter parse(String xml) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            reader.nextTag();
            Filter filter = parseFilter(reader);
            while (reader.hasNext()) {
                reader.next(); // lets the parser check that nothing but comments follows the root
            }
            return filter;
        } catch (XMLStreamException e) {
            throw FesErrors.notWellFormed(e);
        } catch (WstxLazyException e) {
            throw FesErrors.notWellFormed(e.getCause() instanceof XMLStreamException x ? x
                    : new XMLStreamException(e.getMessage()));
        } finally {
            close(reader);
        }
    }

    /**
     * Parses the {@code Filter} element the reader is on, inside a larger document (a GetFeature query); the
     * reader ends on its end tag.
     */
    public Filter parseFilter(XMLStreamReader reader) throws XMLStreamException {
        requireFilterElement(reader, "Filter");
        List<Filter> predicates = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        while (StaxElements.nextChild(reader)) {
            String id = resourceId(reader);
            if (id != null) {
                ids.add(id);
            } else {
                predicates.add(predicate(reader, 1));
            }
        }
        if (!ids.isEmpty() && !predicates.isEmpty()) {
            throw FesErrors.invalid("Resource ids cannot be mixed with other predicates at the top of a filter");
        }
        if (!ids.isEmpty()) {
            return new Filter.ResourceId(ids);
        }
        if (predicates.size() != 1) {
            throw FesErrors.invalid("A filter holds exactly one predicate, got " + predicates.size());
        }
        return predicates.get(0);
    }

    /** Parses the {@code SortBy} element the reader is on; the reader ends on its end tag. */
    public List<SortBy> parseSortBy(XMLStreamReader reader) throws XMLStreamException {
        requireFilterElement(reader, "SortBy");
        List<SortBy> keys = new ArrayList<>();
        while (StaxElements.nextChild(reader)) {
            requireFilterElement(reader, "SortProperty");
            String property = null;
            boolean ascending = true;
            while (StaxElements.nextChild(reader)) {
                String name = reader.getLocalName();
                if (isPropertyElement(name)) {
                    property = propertyName(StaxElements.text(reader));
                } else if (name.equals("SortOrder")) {
                    ascending = switch (StaxElements.text(reader).toUpperCase(Locale.ROOT)) {
                        case "ASC" -> true;
                        case "DESC" -> false;
                        default -> throw FesErrors.invalid("SortOrder must be ASC or DESC");
                    };
                } else {
                    throw FesErrors.invalid("Unexpected " + name + " in a SortProperty");
                }
            }
            if (property == null || property.isEmpty()) {
                throw FesErrors.invalid("A SortProperty needs a ValueReference");
            }
            keys.add(new SortBy(property, ascending));
        }
        return keys;
    }

    /**
     * The attribute name a value reference designates: the reference itself, without a namespace prefix. Any
     * other XPath syntax is kept as is, so the store reports it as an unknown property.
     */
    public static String propertyName(String valueReference) {
        String trimmed = valueReference.trim();
        var m = PREFIXED_NAME.matcher(trimmed);
        return m.matches() ? m.group(1) : trimmed;
    }

    private Filter predicate(XMLStreamReader reader, int depth) throws XMLStreamException {
        requireFilterNamespace(reader);
        if (depth > MAX_DEPTH) {
            throw FesErrors.invalid("The filter nests logical operators deeper than " + MAX_DEPTH + " levels");
        }
        String name = reader.getLocalName();
        if (COMPARISONS.containsKey(name)) {
            return comparison(reader, COMPARISONS.get(name));
        }
        if (SPATIAL.containsKey(name)) {
            SpatialPredicate p = spatialPredicate(reader, false);
            return new Filter.Spatial(SPATIAL.get(name), p.property, p.geometry.geometry(), p.geometry.srid());
        }
        if (TemporalOperators.ALL.contains(name)) {
            return temporal(reader);
        }
        return switch (name) {
            case "And" -> new Filter.And(children(reader, depth));
            case "Or" -> new Filter.Or(children(reader, depth));
            case "Not" -> {
                List<Filter> children = children(reader, depth);
                if (children.size() != 1) {
                    throw FesErrors.invalid("Not holds exactly one predicate");
                }
                yield new Filter.Not(children.get(0));
            }
            case "PropertyIsLike" -> like(reader);
            case "PropertyIsNull" -> new Filter.IsNull(onlyProperty(reader, name));
            case "PropertyIsNil" -> {
                onlyProperty(reader, name);
                // GetFeature leaves null values out rather than writing xsi:nil, so no property is ever nil
                yield Filter.EXCLUDE;
            }
            case "PropertyIsBetween" -> between(reader);
            case "BBOX" -> {
                SpatialPredicate p = spatialPredicate(reader, false);
                yield new Filter.BBox(p.property, p.geometry.bounds(), p.geometry.srid());
            }
            case "DWithin", "Beyond" -> {
                SpatialPredicate p = spatialPredicate(reader, true);
                yield new Filter.Distance(name.equals("DWithin") ? DistanceOperator.DWITHIN : DistanceOperator.BEYOND,
                        p.property, p.geometry.geometry(), p.geometry.srid(), p.distance, p.units);
            }
            case "ResourceId", "FeatureId", "GmlObjectId" -> {
                Set<String> ids = new LinkedHashSet<>();
                ids.add(resourceId(reader));
                yield new Filter.ResourceId(ids);
            }
            case "Function" -> throw FesErrors.invalid("Filter functions are not supported");
            default -> throw FesErrors.invalid("Unknown filter operator " + name);
        };
    }

    /**
     * A temporal operator: a ValueReference and a GML time literal (or, in hand-written filters, a Literal
     * holding an ISO 8601 instant), mapped onto comparisons by {@link TemporalOperators}.
     */
    private static Filter temporal(XMLStreamReader reader) throws XMLStreamException {
        String operator = reader.getLocalName();
        PropertyName property = null;
        GmlTime time = null;
        while (StaxElements.nextChild(reader)) {
            String name = reader.getLocalName();
            if (Namespaces.isGml(reader.getNamespaceURI())) {
                time = GmlTime.parse(reader);
            } else if (isPropertyElement(name)) {
                requireFilterNamespace(reader);
                property = nonEmptyProperty(reader);
            } else if (name.equals("Literal")) {
                requireFilterNamespace(reader);
                var instant = GmlTime.parsePosition(literalText(reader).trim());
                time = new GmlTime(instant, instant, true);
            } else {
                throw FesErrors.invalid("Unexpected " + name + " in " + operator);
            }
        }
        if (property == null || time == null) {
            throw FesErrors.invalid(operator + " needs a ValueReference and a GML time literal");
        }
        return TemporalOperators.toFilter(operator, property, time);
    }

    private List<Filter> children(XMLStreamReader reader, int depth) throws XMLStreamException {
        String name = reader.getLocalName();
        List<Filter> children = new ArrayList<>();
        while (StaxElements.nextChild(reader)) {
            children.add(predicate(reader, depth + 1));
        }
        if (children.isEmpty()) {
            throw FesErrors.invalid(name + " needs at least one predicate");
        }
        return children;
    }

    private Filter comparison(XMLStreamReader reader, ComparisonOperator operator) throws XMLStreamException {
        boolean matchCase = matchCase(reader);
        List<Expression> operands = expressions(reader);
        if (operands.size() != 2) {
            throw FesErrors.invalid(reader.getLocalName() + " needs two operands, got " + operands.size());
        }
        return new Filter.Comparison(operator, operands.get(0), operands.get(1), matchCase);
    }

    private Filter like(XMLStreamReader reader) throws XMLStreamException {
        boolean matchCase = matchCase(reader);
        char wildCard = singleCharacter(reader, "wildCard", null);
        char singleChar = singleCharacter(reader, "singleChar", null);
        char escape = singleCharacter(reader, "escapeChar", "escape");
        List<Expression> operands = expressions(reader);
        if (operands.size() != 2 || !(operands.get(0) instanceof PropertyName property)
                || !(operands.get(1) instanceof Literal pattern)) {
            throw FesErrors.invalid("PropertyIsLike needs a ValueReference and a Literal");
        }
        return new Filter.Like(property, String.valueOf(pattern.value()), wildCard, singleChar, escape, matchCase);
    }

    private Filter between(XMLStreamReader reader) throws XMLStreamException {
        Expression value = null;
        Expression lower = null;
        Expression upper = null;
        while (StaxElements.nextChild(reader)) {
            requireFilterNamespace(reader);
            switch (reader.getLocalName()) {
                case "LowerBoundary" -> lower = singleExpression(reader);
                case "UpperBoundary" -> upper = singleExpression(reader);
                default -> {
                    if (value != null) {
                        throw FesErrors.invalid("PropertyIsBetween has one value expression");
                    }
                    value = expression(reader);
                }
            }
        }
        if (value == null || lower == null || upper == null) {
            throw FesErrors.invalid("PropertyIsBetween needs an expression, a LowerBoundary and an UpperBoundary");
        }
        return new Filter.Between(value, lower, upper);
    }

    private PropertyName onlyProperty(XMLStreamReader reader, String operator) throws XMLStreamException {
        List<Expression> operands = expressions(reader);
        if (operands.size() != 1 || !(operands.get(0) instanceof PropertyName property)) {
            throw FesErrors.invalid(operator + " needs one ValueReference");
        }
        return property;
    }

    /** The parts of BBOX, the binary spatial operators and the distance operators. */
    private record SpatialPredicate(PropertyName property, GmlGeometry geometry, double distance, String units) {
    }

    private SpatialPredicate spatialPredicate(XMLStreamReader reader, boolean withDistance) throws XMLStreamException {
        String operator = reader.getLocalName();
        PropertyName property = null;
        GmlGeometry geometry = null;
        Double distance = null;
        String units = null;
        while (StaxElements.nextChild(reader)) {
            String name = reader.getLocalName();
            if (Namespaces.isGml(reader.getNamespaceURI())) {
                if (geometry != null) {
                    throw FesErrors.invalid(operator + " takes one geometry");
                }
                geometry = gml.parse(reader);
            } else if (isPropertyElement(name)) {
                requireFilterNamespace(reader);
                property = nonEmptyProperty(reader);
            } else if (withDistance && name.equals("Distance")) {
                requireFilterNamespace(reader);
                String uom = reader.getAttributeValue(null, "uom");
                units = uom != null ? uom : reader.getAttributeValue(null, "units");
                distance = parseDistance(StaxElements.text(reader));
            } else {
                throw FesErrors.invalid("Unexpected " + name + " in " + operator);
            }
        }
        if (geometry == null) {
            throw FesErrors.invalid(operator + " needs a GML geometry");
        }
        if (withDistance && distance == null) {
            throw FesErrors.invalid(operator + " needs a Distance");
        }
        return new SpatialPredicate(property, geometry, withDistance ? distance : 0, units);
    }

    private static double parseDistance(String text) {
        try {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d) && d >= 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw FesErrors.invalid("Distance '" + StaxElements.abbreviate(text) + "' is not a non-negative number");
    }

    private List<Expression> expressions(XMLStreamReader reader) throws XMLStreamException {
        List<Expression> result = new ArrayList<>();
        while (StaxElements.nextChild(reader)) {
            result.add(expression(reader));
        }
        return result;
    }

    private Expression singleExpression(XMLStreamReader reader) throws XMLStreamException {
        String boundary = reader.getLocalName();
        List<Expression> expressions = expressions(reader);
        if (expressions.size() != 1) {
            throw FesErrors.invalid(boundary + " holds one expression");
        }
        return expressions.get(0);
    }

    private Expression expression(XMLStreamReader reader) throws XMLStreamException {
        requireFilterNamespace(reader);
        String name = reader.getLocalName();
        if (isPropertyElement(name)) {
            return nonEmptyProperty(reader);
        }
        return switch (name) {
            case "Literal" -> new Literal(literalText(reader));
            case "Function" -> throw FesErrors.invalid("Filter functions are not supported");
            default -> throw FesErrors.invalid("Unexpected " + name + " where an expression is expected");
        };
    }

    private static PropertyName nonEmptyProperty(XMLStreamReader reader) throws XMLStreamException {
        String element = reader.getLocalName();
        PropertyName property = valueReference(reader);
        if (property.name().isEmpty()) {
            throw FesErrors.invalid("Empty " + element);
        }
        return property;
    }

    /**
     * The property a ValueReference (or FES 1.1 PropertyName) element designates; a prefix bound to a GML
     * namespace designates a {@link GmlStandardProperties standard GML property}. The reader ends on the end
     * tag, where the element's namespace bindings are still in scope.
     */
    private static PropertyName valueReference(XMLStreamReader reader) throws XMLStreamException {
        String text = StaxElements.text(reader).trim();
        int colon = text.indexOf(':');
        if (colon > 0 && PREFIXED_NAME.matcher(text).matches()
                && Namespaces.isGml(reader.getNamespaceContext().getNamespaceURI(text.substring(0, colon)))) {
            return GmlStandardProperties.reference(text.substring(colon + 1));
        }
        return new PropertyName(propertyName(text));
    }

    /** The text of a Literal; literals holding elements (geometries in comparisons) are not supported. */
    private static String literalText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw new OwsException(
                        OwsExceptionCode.OPERATION_PROCESSING_FAILED, FesErrors.LOCATOR,
                        "Literals holding XML elements, such as geometries, cannot be compared");
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
    }

    /** The id of a ResourceId/FeatureId/GmlObjectId element the reader is on, or null for other elements. */
    private static String resourceId(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        String id = switch (name) {
            case "ResourceId" -> reader.getAttributeValue(null, "rid");
            case "FeatureId" -> reader.getAttributeValue(null, "fid");
            case "GmlObjectId" -> gmlId(reader);
            default -> null;
        };
        if (id == null && !name.equals("ResourceId") && !name.equals("FeatureId") && !name.equals("GmlObjectId")) {
            return null;
        }
        requireFilterNamespace(reader);
        if (id == null || id.isBlank()) {
            throw FesErrors.invalid(name + " needs an identifier");
        }
        StaxElements.skip(reader);
        return id.trim();
    }

    private static String gmlId(XMLStreamReader reader) {
        String id = reader.getAttributeValue(Namespaces.GML_3_1, "id");
        return id != null ? id : reader.getAttributeValue(Namespaces.GML_3_2, "id");
    }

    private static boolean matchCase(XMLStreamReader reader) {
        String value = reader.getAttributeValue(null, "matchCase");
        if (value == null) {
            return true;
        }
        return switch (value.trim()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw FesErrors.invalid("matchCase must be true or false");
        };
    }

    private static char singleCharacter(XMLStreamReader reader, String attribute, String fes11Alias) {
        String value = reader.getAttributeValue(null, attribute);
        if (value == null && fes11Alias != null) {
            value = reader.getAttributeValue(null, fes11Alias);
        }
        if (value == null || value.length() != 1) {
            throw FesErrors.invalid("PropertyIsLike needs a one-character " + attribute + " attribute");
        }
        return value.charAt(0);
    }

    private static boolean isPropertyElement(String localName) {
        return localName.equals("ValueReference") || localName.equals("PropertyName");
    }

    private static void requireFilterElement(XMLStreamReader reader, String localName) {
        requireFilterNamespace(reader);
        if (!reader.getLocalName().equals(localName)) {
            throw FesErrors.invalid("Expected " + localName + ", got " + reader.getLocalName());
        }
    }

    /** Filter elements are in the FES 2.0 or FES 1.1 namespace, or in none in hand-written KVP filters. */
    private static void requireFilterNamespace(XMLStreamReader reader) {
        String namespace = reader.getNamespaceURI();
        if (namespace != null && !namespace.isEmpty() && !Namespaces.isFilter(namespace)) {
            throw FesErrors.invalid("Unexpected element " + reader.getName() + " in a filter");
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // the outcome of the parse stands; nothing else to release for an in-memory string
            }
        }
    }
}
