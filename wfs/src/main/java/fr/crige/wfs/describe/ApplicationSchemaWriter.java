package fr.crige.wfs.describe;

import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.GmlVersion;
import fr.crige.wfs.Namespaces;
import fr.crige.wfs.PublishedType;
import fr.crige.wfs.WfsUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the DescribeFeatureType answer: a GML 3.2 application schema (ISO 19136 clause 21), or a GML 3.1.1
 * one for WFS 1.1.0, for the feature types of one namespace, with one global element substitutable for
 * {@code gml:AbstractFeature} ({@code gml:_Feature} in GML 3.1.1) and one complex type derived from
 * {@code gml:AbstractFeatureType} per feature type. The property types used exist in both GML versions. Types
 * of other namespaces in the same request are imported from their own DescribeFeatureType URL.
 *
 * <p>Every property is optional ({@code minOccurs="0"}) and nillable: GetFeature leaves out null values and
 * the properties not selected by {@code propertyName}, and the features it returns must stay valid.
 */
public final class ApplicationSchemaWriter {

    private final XMLOutputFactory factory = new WstxOutputFactory();

    /**
     * @param types the types to describe, at least one; the first one's namespace is the target namespace
     * @param gml   the GML version of the schema
     */
    public void write(List<PublishedType> types, GmlVersion gml, OwsRequest request, OutputStream out)
            throws IOException {
        Map<String, List<PublishedType>> byNamespace = types.stream().collect(
                Collectors.groupingBy(PublishedType::namespaceUri, LinkedHashMap::new, Collectors.toList()));
        PublishedType first = types.get(0);
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("xs", "schema", Namespaces.XSD);
            xml.writeNamespace("xs", Namespaces.XSD);
            xml.writeNamespace("gml", gml.namespace());
            xml.writeNamespace(first.prefix(), first.namespaceUri());
            xml.writeAttribute("targetNamespace", first.namespaceUri());
            xml.writeAttribute("elementFormDefault", "qualified");
            xml.writeAttribute("version", "1.0");
            xml.writeEmptyElement("xs", "import", Namespaces.XSD);
            xml.writeAttribute("namespace", gml.namespace());
            xml.writeAttribute("schemaLocation", gml.schemaLocation());
            for (Map.Entry<String, List<PublishedType>> other : byNamespace.entrySet()) {
                if (!other.getKey().equals(first.namespaceUri())) {
                    StringJoiner names = new StringJoiner(",");
                    other.getValue().forEach(t -> names.add(t.qualifiedName()));
                    xml.writeEmptyElement("xs", "import", Namespaces.XSD);
                    xml.writeAttribute("namespace", other.getKey());
                    xml.writeAttribute("schemaLocation", WfsUrls.describeFeatureType(request, gml, names.toString()));
                }
            }
            for (PublishedType type : byNamespace.get(first.namespaceUri())) {
                writeType(xml, type, gml);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the application schema", e);
        }
    }

    private static void writeType(XMLStreamWriter xml, PublishedType type, GmlVersion gml)
            throws XMLStreamException {
        String typeName = type.name() + "Type";
        xml.writeEmptyElement("xs", "element", Namespaces.XSD);
        xml.writeAttribute("name", type.name());
        xml.writeAttribute("type", type.prefix() + ":" + typeName);
        xml.writeAttribute("substitutionGroup", gml.featureHead());
        xml.writeStartElement("xs", "complexType", Namespaces.XSD);
        xml.writeAttribute("name", typeName);
        xml.writeStartElement("xs", "complexContent", Namespaces.XSD);
        xml.writeStartElement("xs", "extension", Namespaces.XSD);
        xml.writeAttribute("base", gml.featureType());
        xml.writeStartElement("xs", "sequence", Namespaces.XSD);
        FeatureSchema schema = type.schema();
        for (AttributeDescriptor a : schema.attributes()) {
            xml.writeEmptyElement("xs", "element", Namespaces.XSD);
            xml.writeAttribute("name", a.name());
            xml.writeAttribute("type", xmlType(a));
            xml.writeAttribute("minOccurs", "0");
            xml.writeAttribute("nillable", "true");
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The XML Schema or GML property type of an attribute. */
    static String xmlType(AttributeDescriptor a) {
        if (a.type() == AttributeType.GEOMETRY) {
            return geometryPropertyType(a.geometryKind());
        }
        return switch (a.type()) {
            case STRING -> "xs:string";
            // xs:integer rather than xs:int: every client maps it, and the OGC WFS 2.0 test suite (1.25) cannot
            // build XPath comparisons for integer subtypes such as xs:int
            case INTEGER -> "xs:integer";
            case LONG -> "xs:long";
            case DOUBLE -> "xs:double";
            case DECIMAL -> "xs:decimal";
            case BOOLEAN -> "xs:boolean";
            case DATE -> "xs:date";
            case DATETIME, DATETIME_TZ -> "xs:dateTime";
            case TIME -> "xs:time";
            case BINARY -> "xs:base64Binary";
            case GEOMETRY -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * The GML 3.2 property type matching what GetFeature writes for each kind: lines as gml:LineString (a
     * curve), multi-lines as gml:MultiCurve, multi-polygons as gml:MultiSurface; GML 3.2 has no
     * LineString/MultiLineString/MultiPolygon property types.
     */
    static String geometryPropertyType(GeometryKind kind) {
        return switch (kind) {
            case POINT -> "gml:PointPropertyType";
            case LINESTRING -> "gml:CurvePropertyType";
            case POLYGON -> "gml:SurfacePropertyType";
            case MULTIPOINT -> "gml:MultiPointPropertyType";
            case MULTILINESTRING -> "gml:MultiCurvePropertyType";
            case MULTIPOLYGON -> "gml:MultiSurfacePropertyType";
            case GEOMETRYCOLLECTION -> "gml:MultiGeometryPropertyType";
            case GEOMETRY -> "gml:GeometryPropertyType";
        };
    }
}
