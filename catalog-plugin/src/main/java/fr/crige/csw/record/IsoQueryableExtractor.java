package fr.crige.csw.record;

import static fr.crige.csw.record.Queryable.*;

import fr.crige.core.xml.SecureXml;
import fr.crige.csw.CswNamespaces;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Envelope;

/**
 * Extracts the queryables of an ISO 19139 record ({@code gmd:MD_Metadata}, ISO 19115/19119) in one StAX pass.
 *
 * <p>Each element is identified by its path of local names from the root. The child of a few polymorphic
 * properties ({@code identificationInfo}: MD_DataIdentification or SV_ServiceIdentification; {@code identifier}:
 * MD_Identifier or RS_Identifier; {@code report}: any DQ_Element; {@code resourceConstraints}) is written
 * {@code *}, so that a path names one place in the ISO model and the rules are plain look-ups in a map rather
 * than XPath evaluations over a DOM: extraction stays linear and cheap enough for bulk loads. A text value is
 * read from {@code gco:CharacterString}, {@code gmx:Anchor} or a {@code gco} typed element; a code list value
 * from its {@code codeListValue} attribute, or its text when the attribute is missing.
 *
 * <p>Citation dates are paired with their {@code dateType} (creation, revision, publication) and the four
 * coordinates of each {@code EX_GeographicBoundingBox} are grouped into an extent. A record without
 * {@code hierarchyLevel} is a {@code dataset}, as ISO 19115 defines. The parser comes from
 * {@link SecureXml}, so records cannot reach files or the network through entities. Thread-safe.
 */
public final class IsoQueryableExtractor {

    private static final String ROOT = "/MD_Metadata";
    private static final String ID = ROOT + "/identificationInfo/*";
    private static final String CITATION = ID + "/citation/CI_Citation";
    private static final String CITATION_DATE = CITATION + "/date/CI_Date";
    private static final String BBOX = ID + "/extent/EX_Extent/geographicElement/EX_GeographicBoundingBox";
    private static final String SPECIFICATION = ROOT
            + "/dataQualityInfo/DQ_DataQuality/report/*/result/DQ_ConformanceResult/specification/CI_Citation";
    private static final Set<String> POLYMORPHIC = Set.of("identificationInfo", "identifier", "report",
            "resourceConstraints");

    /** Where a value is read. */
    private enum Source { TEXT, CODE }

    private record Rule(Queryable queryable, Source source) {
    }

    private static final Map<String, List<Rule>> RULES = new HashMap<>();

    static {
        text(ROOT + "/fileIdentifier", IDENTIFIER);
        text(ROOT + "/parentIdentifier", PARENT_IDENTIFIER);
        text(ROOT + "/language", LANGUAGE);
        code(ROOT + "/language/LanguageCode", LANGUAGE);
        code(ROOT + "/hierarchyLevel/MD_ScopeCode", TYPE);
        value(ROOT + "/dateStamp/Date", MODIFIED);
        value(ROOT + "/dateStamp/DateTime", MODIFIED);
        text(ROOT + "/referenceSystemInfo/MD_ReferenceSystem/referenceSystemIdentifier/RS_Identifier/code", CRS);
        text(CITATION + "/title", TITLE);
        text(CITATION + "/alternateTitle", ALTERNATE_TITLE);
        text(CITATION + "/identifier/*/code", RESOURCE_IDENTIFIER);
        text(ID + "/abstract", ABSTRACT);
        text(ID + "/pointOfContact/CI_ResponsibleParty/organisationName", ORGANISATION_NAME);
        code(ID + "/pointOfContact/CI_ResponsibleParty/role/CI_RoleCode", RESPONSIBLE_PARTY_ROLE);
        text(ID + "/descriptiveKeywords/MD_Keywords/keyword", SUBJECT);
        code(ID + "/descriptiveKeywords/MD_Keywords/type/MD_KeywordTypeCode", KEYWORD_TYPE);
        value(ID + "/topicCategory/MD_TopicCategoryCode", TOPIC_CATEGORY);
        value(ID + "/topicCategory/MD_TopicCategoryCode", SUBJECT);
        text(ID + "/language", RESOURCE_LANGUAGE);
        code(ID + "/language/LanguageCode", RESOURCE_LANGUAGE);
        value(ID + "/spatialResolution/MD_Resolution/equivalentScale/MD_RepresentativeFraction/denominator/Integer",
                DENOMINATOR);
        String period = ID + "/extent/EX_Extent/temporalElement/EX_TemporalExtent/extent/TimePeriod";
        value(period + "/beginPosition", TEMP_EXTENT_BEGIN);
        value(period + "/endPosition", TEMP_EXTENT_END);
        code(ID + "/resourceConstraints/*/accessConstraints/MD_RestrictionCode", ACCESS_CONSTRAINTS);
        text(ID + "/resourceConstraints/*/otherConstraints", OTHER_CONSTRAINTS);
        text(ID + "/resourceConstraints/*/useLimitation", CONDITION_APPLYING_TO_ACCESS_AND_USE);
        code(ID + "/resourceConstraints/*/classification/MD_ClassificationCode", CLASSIFICATION);
        value(ID + "/serviceType/LocalName", SERVICE_TYPE);
        text(ID + "/serviceTypeVersion", SERVICE_TYPE_VERSION);
        code(ID + "/couplingType/SV_CouplingType", COUPLING_TYPE);
        text(ID + "/containsOperations/SV_OperationMetadata/operationName", OPERATION);
        // "identifier" is polymorphic elsewhere, so its CharacterString is written * here
        value(ID + "/coupledResource/SV_CoupledResource/identifier/*", OPERATES_ON_IDENTIFIER);
        text(ID + "/coupledResource/SV_CoupledResource/operationName", OPERATES_ON_NAME);
        text(ROOT + "/distributionInfo/MD_Distribution/distributionFormat/MD_Format/name", FORMAT);
        text(ROOT + "/dataQualityInfo/DQ_DataQuality/lineage/LI_Lineage/statement", LINEAGE);
        text(SPECIFICATION + "/title", SPECIFICATION_TITLE);
        value(SPECIFICATION + "/date/CI_Date/date/Date", SPECIFICATION_DATE);
        value(SPECIFICATION + "/date/CI_Date/date/DateTime", SPECIFICATION_DATE);
        code(SPECIFICATION + "/date/CI_Date/dateType/CI_DateTypeCode", SPECIFICATION_DATE_TYPE);
        value(ROOT + "/dataQualityInfo/DQ_DataQuality/report/*/result/DQ_ConformanceResult/pass/Boolean", DEGREE);
    }

    /** A character string property: its {@code gco:CharacterString} or {@code gmx:Anchor}. */
    private static void text(String property, Queryable queryable) {
        value(property + "/CharacterString", queryable);
        value(property + "/Anchor", queryable);
    }

    private static void value(String path, Queryable queryable) {
        RULES.computeIfAbsent(path, p -> new ArrayList<>()).add(new Rule(queryable, Source.TEXT));
    }

    private static void code(String path, Queryable queryable) {
        RULES.computeIfAbsent(path, p -> new ArrayList<>()).add(new Rule(queryable, Source.CODE));
    }

    private final XMLInputFactory factory = SecureXml.newXMLInputFactory();

    /**
     * @throws InvalidRecordException when the document is not well-formed, not a {@code gmd:MD_Metadata} or
     *                                has no {@code fileIdentifier}
     */
    public QueryableValues extract(byte[] xml) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            reader.nextTag();
            if (!CswNamespaces.GMD.equals(reader.getNamespaceURI()) || !reader.getLocalName().equals("MD_Metadata")) {
                throw new InvalidRecordException("The root element is " + reader.getName()
                        + ", not gmd:MD_Metadata in " + CswNamespaces.GMD);
            }
            QueryableValues values = new Pass().read(reader);
            if (values.first(IDENTIFIER).filter(id -> !id.isBlank()).isEmpty()) {
                throw new InvalidRecordException("The record has no gmd:fileIdentifier");
            }
            return values;
        } catch (XMLStreamException e) {
            throw new InvalidRecordException("The record is not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // the outcome stands; an in-memory stream holds nothing else
                }
            }
        }
    }

    /** The state of one extraction. */
    private static final class Pass {
        private final Map<Queryable, List<String>> values = new EnumMap<>(Queryable.class);
        private final List<Envelope> extents = new ArrayList<>();
        private final StringBuilder anyText = new StringBuilder();
        private final StringBuilder path = new StringBuilder();
        private final List<Integer> pathLengths = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Map<String, Double> bounds = new HashMap<>();
        private String code;
        private String citationDate;
        private String citationDateType;

        QueryableValues read(XMLStreamReader reader) throws XMLStreamException {
            push(reader);
            while (!pathLengths.isEmpty()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> push(reader);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                    case XMLStreamConstants.END_ELEMENT -> pop();
                    default -> {
                        // comments and processing instructions carry no value
                    }
                }
            }
            if (!values.containsKey(TYPE)) {
                add(TYPE, "dataset");
            }
            return new QueryableValues(values, extents, anyText.toString().trim());
        }

        private void push(XMLStreamReader reader) {
            String parent = pathLengths.isEmpty() ? null : lastSegment();
            pathLengths.add(path.length());
            path.append('/').append(parent != null && POLYMORPHIC.contains(parent) ? "*" : reader.getLocalName());
            text.setLength(0);
            code = reader.getAttributeValue(null, "codeListValue");
            if (reader.getLocalName().equals("operatesOn")) {
                String uuidref = reader.getAttributeValue(null, "uuidref");
                if (uuidref != null && !uuidref.isBlank()) {
                    add(OPERATES_ON, uuidref.trim());
                }
            }
        }

        private void pop() {
            String current = path.toString();
            String value = text.toString().trim();
            if (!value.isEmpty()) {
                anyText.append(value).append(' ');
            }
            List<Rule> rules = RULES.get(current);
            if (rules != null) {
                for (Rule rule : rules) {
                    String v = rule.source == Source.CODE && code != null && !code.isBlank() ? code.trim() : value;
                    if (!v.isEmpty()) {
                        add(rule.queryable, v);
                    }
                }
            }
            group(current, value);
            text.setLength(0);
            code = null;
            path.setLength(pathLengths.remove(pathLengths.size() - 1));
        }

        /** Pairs citation dates with their type and collects the coordinates of bounding boxes. */
        private void group(String current, String value) {
            if (current.startsWith(CITATION_DATE)) {
                String rest = current.substring(CITATION_DATE.length());
                if (rest.equals("/date/Date") || rest.equals("/date/DateTime")) {
                    citationDate = value;
                } else if (rest.equals("/dateType/CI_DateTypeCode")) {
                    citationDateType = code != null && !code.isBlank() ? code.trim() : value;
                } else if (rest.isEmpty()) {
                    addCitationDate();
                }
            } else if (current.startsWith(BBOX)) {
                String rest = current.substring(BBOX.length());
                if (rest.endsWith("/Decimal")) {
                    bounds.put(rest.substring(1, rest.indexOf('/', 1)), parseDouble(value));
                } else if (rest.isEmpty()) {
                    addExtent();
                }
            }
        }

        private void addCitationDate() {
            if (citationDate != null && !citationDate.isEmpty() && citationDateType != null) {
                switch (citationDateType) {
                    case "creation" -> add(CREATION_DATE, citationDate);
                    case "revision" -> add(REVISION_DATE, citationDate);
                    case "publication" -> add(PUBLICATION_DATE, citationDate);
                    default -> {
                        // other date types (ISO 19115-1 adds a few) have no queryable
                    }
                }
            }
            citationDate = null;
            citationDateType = null;
        }

        private void addExtent() {
            Double west = bounds.get("westBoundLongitude");
            Double east = bounds.get("eastBoundLongitude");
            Double south = bounds.get("southBoundLatitude");
            Double north = bounds.get("northBoundLatitude");
            if (west != null && east != null && south != null && north != null) {
                extents.add(new Envelope(west, east, south, north));
            }
            bounds.clear();
        }

        private static Double parseDouble(String value) {
            try {
                double d = Double.parseDouble(value);
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null; // an invalid coordinate leaves the box incomplete, hence ignored
            }
        }

        private void add(Queryable queryable, String value) {
            values.computeIfAbsent(queryable, q -> new ArrayList<>()).add(value);
        }

        private String lastSegment() {
            return path.substring(path.lastIndexOf("/") + 1);
        }
    }
}
