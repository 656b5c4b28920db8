package fr.crige.csw.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The queryables of the CSW 2.0.2 ISO Application Profile (OGC 07-045, table 6 "SupportedISOQueryables" and
 * the "AdditionalQueryables" of section 8.2.4) and the INSPIRE additional queryables of the Technical Guidance
 * for Discovery Services, with the way each is stored and compared.
 *
 * <p>Each record's values are extracted once, when the record is written ({@link IsoQueryableExtractor}), so
 * that queries never parse XML. A queryable may hold several values (keywords, organisations); comparisons
 * match when any value matches, and sorting uses the first value in document order.
 */
public enum Queryable {

    ANY_TEXT("AnyText", Kind.FULL_TEXT, false, Profile.ISO),
    TITLE("Title", Kind.TEXT, true, Profile.ISO),
    ALTERNATE_TITLE("AlternateTitle", Kind.TEXT, true, Profile.ISO),
    ABSTRACT("Abstract", Kind.TEXT, false, Profile.ISO),
    SUBJECT("Subject", Kind.TEXT, false, Profile.ISO),
    IDENTIFIER("Identifier", Kind.TEXT, true, Profile.ISO),
    MODIFIED("Modified", Kind.DATE, true, Profile.ISO),
    TYPE("Type", Kind.TEXT, true, Profile.ISO),
    BOUNDING_BOX("BoundingBox", Kind.ENVELOPE, false, Profile.ISO),
    CRS("CRS", Kind.TEXT, true, Profile.ISO),
    FORMAT("Format", Kind.TEXT, true, Profile.ISO),
    LANGUAGE("Language", Kind.TEXT, true, Profile.ISO),
    ORGANISATION_NAME("OrganisationName", Kind.TEXT, true, Profile.ISO),
    RESOURCE_IDENTIFIER("ResourceIdentifier", Kind.TEXT, true, Profile.ISO),
    RESOURCE_LANGUAGE("ResourceLanguage", Kind.TEXT, true, Profile.ISO),
    REVISION_DATE("RevisionDate", Kind.DATE, true, Profile.ISO),
    CREATION_DATE("CreationDate", Kind.DATE, true, Profile.ISO),
    PUBLICATION_DATE("PublicationDate", Kind.DATE, true, Profile.ISO),
    TOPIC_CATEGORY("TopicCategory", Kind.TEXT, true, Profile.ISO),
    SERVICE_TYPE("ServiceType", Kind.TEXT, true, Profile.ISO),
    SERVICE_TYPE_VERSION("ServiceTypeVersion", Kind.TEXT, true, Profile.ISO),
    OPERATION("Operation", Kind.TEXT, false, Profile.ISO),
    OPERATES_ON("OperatesOn", Kind.TEXT, false, Profile.ISO),
    OPERATES_ON_IDENTIFIER("OperatesOnIdentifier", Kind.TEXT, false, Profile.ISO),
    OPERATES_ON_NAME("OperatesOnName", Kind.TEXT, false, Profile.ISO),
    COUPLING_TYPE("CouplingType", Kind.TEXT, true, Profile.ISO),
    KEYWORD_TYPE("KeywordType", Kind.TEXT, false, Profile.ISO),
    DENOMINATOR("Denominator", Kind.NUMBER, true, Profile.ISO),
    TEMP_EXTENT_BEGIN("TempExtent_begin", Kind.DATE, true, Profile.ISO),
    TEMP_EXTENT_END("TempExtent_end", Kind.DATE, true, Profile.ISO),
    PARENT_IDENTIFIER("ParentIdentifier", Kind.TEXT, true, Profile.ISO),
    DEGREE("Degree", Kind.TEXT, false, Profile.INSPIRE),
    ACCESS_CONSTRAINTS("AccessConstraints", Kind.TEXT, false, Profile.INSPIRE),
    OTHER_CONSTRAINTS("OtherConstraints", Kind.TEXT, false, Profile.INSPIRE),
    CLASSIFICATION("Classification", Kind.TEXT, false, Profile.INSPIRE),
    CONDITION_APPLYING_TO_ACCESS_AND_USE("ConditionApplyingToAccessAndUse", Kind.TEXT, false, Profile.INSPIRE),
    LINEAGE("Lineage", Kind.TEXT, false, Profile.INSPIRE),
    RESPONSIBLE_PARTY_ROLE("ResponsiblePartyRole", Kind.TEXT, false, Profile.INSPIRE),
    SPECIFICATION_TITLE("SpecificationTitle", Kind.TEXT, false, Profile.INSPIRE),
    SPECIFICATION_DATE("SpecificationDate", Kind.DATE, false, Profile.INSPIRE),
    SPECIFICATION_DATE_TYPE("SpecificationDateType", Kind.TEXT, false, Profile.INSPIRE);

    /** How values are stored and which filter operators apply. */
    public enum Kind {
        /** Free text; compared as strings, case-insensitively when the filter says so. */
        TEXT,
        /** ISO 8601 date or date-time, compared as strings (which orders ISO 8601 values chronologically). */
        DATE,
        /** A number, compared numerically. */
        NUMBER,
        /** The full-text index of every word of the record ({@code AnyText}). */
        FULL_TEXT,
        /** Geographic extents in WGS 84 longitude/latitude, for the spatial operators. */
        ENVELOPE
    }

    /** Where the queryable is defined, which is also where GetCapabilities lists it. */
    public enum Profile {
        /** SupportedISOQueryables and AdditionalQueryables of the ISO Application Profile. */
        ISO,
        /** The additional queryables of INSPIRE Discovery Services. */
        INSPIRE
    }

    private static final Map<String, Queryable> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(q -> key(q.apisoName), Function.identity()));

    /** The Dublin Core terms of {@code csw:Record} (OGC 07-006r1, table 1) mapped to the ISO queryables. */
    private static final Map<String, Queryable> DUBLIN_CORE = Map.ofEntries(
            Map.entry("title", TITLE), Map.entry("subject", SUBJECT), Map.entry("description", ABSTRACT),
            Map.entry("identifier", IDENTIFIER), Map.entry("type", TYPE), Map.entry("date", MODIFIED),
            Map.entry("modified", MODIFIED), Map.entry("format", FORMAT), Map.entry("language", LANGUAGE),
            Map.entry("creator", ORGANISATION_NAME), Map.entry("publisher", ORGANISATION_NAME),
            Map.entry("contributor", ORGANISATION_NAME), Map.entry("relation", OPERATES_ON),
            Map.entry("source", LINEAGE), Map.entry("rights", ACCESS_CONSTRAINTS));

    private final String apisoName;
    private final Kind kind;
    private final boolean sortable;
    private final Profile profile;

    Queryable(String apisoName, Kind kind, boolean sortable, Profile profile) {
        this.apisoName = apisoName;
        this.kind = kind;
        this.sortable = sortable;
        this.profile = profile;
    }

    /** The name in the {@code apiso} namespace, such as {@code OrganisationName}. */
    public String apisoName() {
        return apisoName;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether SortBy accepts the queryable; multi-valued free-text ones (keywords, abstract) do not. */
    public boolean sortable() {
        return sortable;
    }

    public Profile profile() {
        return profile;
    }

    /**
     * The queryable a filter or SortBy names, ignoring case and any namespace prefix already removed by the
     * filter parser: an ISO name ({@code Title}, {@code apiso:AnyText}), a Dublin Core term of
     * {@code csw:Record} ({@code dc:title}, {@code dct:abstract}) or {@code ows:BoundingBox}.
     */
    public static Optional<Queryable> byName(String name) {
        String key = key(name);
        Queryable iso = BY_NAME.get(key);
        return iso != null ? Optional.of(iso) : Optional.ofNullable(DUBLIN_CORE.get(key));
    }

    private static String key(String name) {
        String local = name.substring(name.indexOf(':') + 1);
        return local.toLowerCase(Locale.ROOT);
    }
}
