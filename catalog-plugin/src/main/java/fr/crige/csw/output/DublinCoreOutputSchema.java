package fr.crige.csw.output;

import fr.crige.csw.CswNamespaces;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.record.QueryableValues;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;

/**
 * Dublin Core output ({@code outputSchema=http://www.opengis.net/cat/csw/2.0.2}): {@code csw:BriefRecord},
 * {@code csw:SummaryRecord} or {@code csw:Record} built from the record's queryables, with the ISO to Dublin
 * Core mapping of the ISO Application Profile (OGC 07-045, table 6). Extents are written as
 * {@code ows:BoundingBox} in {@code urn:ogc:def:crs:EPSG::4326}, latitude first as that CRS defines.
 */
public final class DublinCoreOutputSchema implements OutputSchema {

    private static final String WGS84_URN = "urn:ogc:def:crs:EPSG::4326";

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
        QueryableValues v = extractor.extract(record.xml());
        String element = switch (elementSet) {
            case BRIEF -> "BriefRecord";
            case SUMMARY -> "SummaryRecord";
            case FULL -> "Record";
        };
        w.writeStartElement("csw", element, CswNamespaces.CSW);
        dc(w, "identifier", List.of(record.identifier()));
        dc(w, "title", v.values(Queryable.TITLE).isEmpty() ? List.of("") : v.values(Queryable.TITLE));
        dc(w, "type", v.values(Queryable.TYPE).subList(0, 1));
        if (elementSet != ElementSet.BRIEF) {
            dc(w, "subject", v.values(Queryable.SUBJECT));
            dc(w, "format", v.values(Queryable.FORMAT));
            dc(w, "relation", v.values(Queryable.OPERATES_ON));
            dct(w, "modified", v.values(Queryable.MODIFIED));
            dct(w, "abstract", v.values(Queryable.ABSTRACT));
        }
        if (elementSet == ElementSet.FULL) {
            dc(w, "creator", v.values(Queryable.ORGANISATION_NAME));
            dc(w, "language", v.values(Queryable.LANGUAGE));
            dc(w, "rights", v.values(Queryable.ACCESS_CONSTRAINTS));
            dc(w, "rights", v.values(Queryable.OTHER_CONSTRAINTS));
            dc(w, "source", v.values(Queryable.LINEAGE));
            dct(w, "references", v.values(Queryable.RESOURCE_IDENTIFIER));
        }
        for (Envelope e : v.extents()) {
            w.writeStartElement("ows", "BoundingBox", CswNamespaces.OWS);
            w.writeAttribute("crs", WGS84_URN);
            element(w, "ows", "LowerCorner", CswNamespaces.OWS, corner(e.getMinY(), e.getMinX()));
            element(w, "ows", "UpperCorner", CswNamespaces.OWS, corner(e.getMaxY(), e.getMaxX()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static String corner(double lat, double lon) {
        return String.format(Locale.ROOT, "%s %s", lat, lon);
    }

    private static void dc(XMLStreamWriter w, String name, List<String> values) throws XMLStreamException {
        for (String value : values) {
            element(w, "dc", name, CswNamespaces.DC, value);
        }
    }

    private static void dct(XMLStreamWriter w, String name, List<String> values) throws XMLStreamException {
        for (String value : values) {
            element(w, "dct", name, CswNamespaces.DCT, value);
        }
    }

    private static void element(XMLStreamWriter w, String prefix, String name, String ns, String text)
            throws XMLStreamException {
        w.writeStartElement(prefix, name, ns);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
