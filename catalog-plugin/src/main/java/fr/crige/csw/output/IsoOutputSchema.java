package fr.crige.csw.output;

import fr.crige.core.xml.SecureXml;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.ows.OwsException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * ISO 19139 output ({@code outputSchema=http://www.isotc211.org/2005/gmd}): the stored {@code gmd:MD_Metadata}.
 *
 * <p>{@code full} is the whole record. {@code summary} and {@code brief} keep the elements of the ISO
 * Application Profile's element sets (OGC 07-045, tables 9 and 10) plus what the ISO 19139 schema makes
 * mandatory ({@code contact}, {@code dateStamp}, the citation date, the resource language of a dataset, the
 * coupling type and operations of a service), so the shortened record stays valid.
 *
 * <p>ElementName is refused for this schema (InvalidParameterValue, locator ElementName; CSW 2.0.2 reports
 * with the OWS 1.0 codes, which have no OptionNotSupported). A {@code gmd:MD_Metadata} holding only some
 * named elements would be invalid ISO 19139, and returning more than was named (a summary record) would
 * misreport what was asked; clients choose brief, summary or full instead. The capabilities list ElementName
 * values only for the Dublin Core schema, which supports them.
 */
public final class IsoOutputSchema implements OutputSchema {

    private static final Set<String> SUMMARY_CHILDREN = Set.of("fileIdentifier", "language", "characterSet",
            "parentIdentifier", "hierarchyLevel", "hierarchyLevelName", "contact", "dateStamp",
            "metadataStandardName", "metadataStandardVersion", "referenceSystemInfo", "identificationInfo",
            "distributionInfo", "dataQualityInfo");

    /** Paths kept whole in brief; their ancestors are kept too. Segment {@code *} matches any element. */
    private static final List<String[]> BRIEF_PATHS = List.of(
            "MD_Metadata/fileIdentifier".split("/"), "MD_Metadata/hierarchyLevel".split("/"),
            "MD_Metadata/contact".split("/"), "MD_Metadata/dateStamp".split("/"),
            "MD_Metadata/identificationInfo/*/citation/CI_Citation/title".split("/"),
            "MD_Metadata/identificationInfo/*/citation/CI_Citation/date".split("/"),
            "MD_Metadata/identificationInfo/*/abstract".split("/"),
            "MD_Metadata/identificationInfo/MD_DataIdentification/language".split("/"),
            "MD_Metadata/identificationInfo/*/graphicOverview".split("/"),
            "MD_Metadata/identificationInfo/*/serviceType".split("/"),
            "MD_Metadata/identificationInfo/*/serviceTypeVersion".split("/"),
            "MD_Metadata/identificationInfo/*/extent".split("/"),
            "MD_Metadata/identificationInfo/SV_ServiceIdentification/couplingType".split("/"),
            "MD_Metadata/identificationInfo/SV_ServiceIdentification/containsOperations".split("/"));

    private final XMLInputFactory factory = SecureXml.newXMLInputFactory();

    @Override
    public String uri() {
        return CswNamespaces.GMD;
    }

    @Override
    public Map<String, String> namespaces() {
        return Map.of("gmd", CswNamespaces.GMD, "gco", CswNamespaces.GCO, "srv", CswNamespaces.SRV);
    }

    @Override
    public void write(MetadataRecord record, ElementSet elementSet, XMLStreamWriter writer)
            throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(record.xml()));
        try {
            reader.nextTag();
            XmlCopier.copy(reader, writer, Map.of(), filter(elementSet));
        } finally {
            reader.close();
        }
    }

    @Override
    public RecordWriter elements(List<QName> elementNames) {
        throw OwsException.invalidParameter("ElementName", "ElementName is not available for the ISO 19139 output"
                + " schema: a gmd:MD_Metadata reduced to some elements would not be valid ISO 19139. Use"
                + " ElementSetName brief, summary or full, or the Dublin Core output schema.");
    }

    private static Predicate<String> filter(ElementSet elementSet) {
        return switch (elementSet) {
            case FULL -> path -> true;
            case SUMMARY -> path -> {
                String[] segments = path.split("/");
                return segments.length != 2 || SUMMARY_CHILDREN.contains(segments[1]);
            };
            case BRIEF -> IsoOutputSchema::inBrief;
        };
    }

    private static boolean inBrief(String path) {
        String[] segments = path.split("/");
        for (String[] kept : BRIEF_PATHS) {
            int n = Math.min(segments.length, kept.length);
            boolean match = true;
            for (int i = 0; i < n && match; i++) {
                match = kept[i].equals("*") || kept[i].equals(segments[i]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
