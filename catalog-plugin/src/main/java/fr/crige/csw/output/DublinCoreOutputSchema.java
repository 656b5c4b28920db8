package fr.crige.csw.output;

import fr.crige.csw.CswNamespaces;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.record.QueryableValues;
import fr.crige.ows.OwsException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;

/**
 * Dublin Core output ({@code outputSchema=http://www.opengis.net/cat/csw/2.0.2}): {@code csw:BriefRecord},
 * {@code csw:SummaryRecord} or {@code csw:Record} built from the record's queryables, with the ISO to Dublin
 * Core mapping of the ISO Application Profile (OGC 07-045, table 6). Extents are written as
 * {@code ows:BoundingBox} in {@code urn:ogc:def:crs:EPSG::4326}, latitude first as that CRS defines.
 *
 * <p>The elements are one table, in the order the CSW record schema wants them, each tagged with the
 * smallest element set that holds it: the three element sets and ElementName (a {@code csw:Record} with the
 * named elements only, OGC 07-006r1 10.8.4.9) are filters over that table.
 */
public final class DublinCoreOutputSchema implements OutputSchema {

    private static final String WGS84_URN = "urn:ogc:def:crs:EPSG::4326";

    /** One element of the Dublin Core records and where its values come from. */
    private record Element(QName name, ElementSet smallestSet, Function<Values, List<String>> values) {
    }

    /** A record's identifier and queryables, as the table reads them. */
    private record Values(String identifier, QueryableValues queryables) {
        List<String> of(Queryable q) {
            return queryables.values(q);
        }
    }

    private static final QName BOUNDING_BOX = new QName(CswNamespaces.OWS, "BoundingBox", "ows");

    private static final List<Element> ELEMENTS = List.of(
            dc("identifier", ElementSet.BRIEF, v -> List.of(v.identifier())),
            dc("title", ElementSet.BRIEF, v -> v.of(Queryable.TITLE).isEmpty() ? List.of("") : v.of(Queryable.TITLE)),
            dc("type", ElementSet.BRIEF, v -> v.of(Queryable.TYPE).subList(0, Math.min(1, v.of(Queryable.TYPE).size()))),
            dc("subject", ElementSet.SUMMARY, v -> v.of(Queryable.SUBJECT)),
            dc("format", ElementSet.SUMMARY, v -> v.of(Queryable.FORMAT)),
            dc("relation", ElementSet.SUMMARY, v -> v.of(Queryable.OPERATES_ON)),
            dct("modified", ElementSet.SUMMARY, v -> v.of(Queryable.MODIFIED)),
            dct("abstract", ElementSet.SUMMARY, v -> v.of(Queryable.ABSTRACT)),
            dc("creator", ElementSet.FULL, v -> v.of(Queryable.ORGANISATION_NAME)),
            dc("language", ElementSet.FULL, v -> v.of(Queryable.LANGUAGE)),
            dc("rights", ElementSet.FULL, v -> concat(v.of(Queryable.ACCESS_CONSTRAINTS),
                    v.of(Queryable.OTHER_CONSTRAINTS))),
            dc("source", ElementSet.FULL, v -> v.of(Queryable.LINEAGE)),
            dct("references", ElementSet.FULL, v -> v.of(Queryable.RESOURCE_IDENTIFIER)));

    /** The names ElementName accepts, as capabilities and GetDomain list them. */
    public static final List<String> ELEMENT_NAMES = Stream.concat(
            ELEMENTS.stream().map(e -> e.name), Stream.of(BOUNDING_BOX))
            .map(n -> n.getPrefix() + ":" + n.getLocalPart()).toList();

    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();

    @Override
    public String uri() {
        return CswNamespaces.CSW;
    }

    @Override
    public Map<String, String> namespaces() {
        return Map.of("dc", CswNamespaces.DC, "dct", CswNamespaces.DCT, "ows", CswNamespaces.OWS);
    }

    @Override
    public void write(MetadataRecord record, ElementSet elementSet, XMLStreamWriter w) throws XMLStreamException {
        String element = switch (elementSet) {
            case BRIEF -> "BriefRecord";
            case SUMMARY -> "SummaryRecord";
            case FULL -> "Record";
        };
        write(record, element, e -> e.smallestSet.compareTo(elementSet) <= 0, true, w);
    }

    /** A {@code csw:Record} with the named elements only; the names are Dublin Core terms and ows:BoundingBox. */
    @Override
    public RecordWriter elements(List<QName> elementNames) {
        Set<QName> wanted = new HashSet<>();
        for (QName name : elementNames) {
            boolean known = name.equals(BOUNDING_BOX) || ELEMENTS.stream().anyMatch(e -> e.name.equals(name));
            if (!known) {
                throw OwsException.invalidParameter("ElementName", "Unknown element " + display(name)
                        + " of csw:Record; known: " + String.join(", ", ELEMENT_NAMES));
            }
            wanted.add(name);
        }
        boolean boxes = wanted.contains(BOUNDING_BOX);
        return (record, w) -> write(record, "Record", e -> wanted.contains(e.name), boxes, w);
    }

    private void write(MetadataRecord record, String element, Predicate<Element> included,
            boolean boundingBoxes, XMLStreamWriter w) throws XMLStreamException {
        Values values = new Values(record.identifier(), extractor.extract(record.xml()));
        w.writeStartElement("csw", element, CswNamespaces.CSW);
        for (Element e : ELEMENTS) {
            if (included.test(e)) {
                for (String value : e.values.apply(values)) {
                    text(w, e.name, value);
                }
            }
        }
        if (boundingBoxes) {
            for (Envelope e : values.queryables().extents()) {
                w.writeStartElement("ows", "BoundingBox", CswNamespaces.OWS);
                w.writeAttribute("crs", WGS84_URN);
                text(w, new QName(CswNamespaces.OWS, "LowerCorner", "ows"), corner(e.getMinY(), e.getMinX()));
                text(w, new QName(CswNamespaces.OWS, "UpperCorner", "ows"), corner(e.getMaxY(), e.getMaxX()));
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }

    private static Element dc(String local, ElementSet set, Function<Values, List<String>> values) {
        return new Element(new QName(CswNamespaces.DC, local, "dc"), set, values);
    }

    private static Element dct(String local, ElementSet set, Function<Values, List<String>> values) {
        return new Element(new QName(CswNamespaces.DCT, local, "dct"), set, values);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String display(QName name) {
        return name.getPrefix().isEmpty() ? name.toString() : name.getPrefix() + ":" + name.getLocalPart();
    }

    private static String corner(double lat, double lon) {
        return String.format(Locale.ROOT, "%s %s", lat, lon);
    }

    private static void text(XMLStreamWriter w, QName name, String text) throws XMLStreamException {
        w.writeStartElement(name.getPrefix(), name.getLocalPart(), name.getNamespaceURI());
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
