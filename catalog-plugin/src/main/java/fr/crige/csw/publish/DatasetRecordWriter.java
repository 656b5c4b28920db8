package fr.crige.csw.publish;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.record.MetadataRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Element;

/**
 * Writes the ISO 19139 dataset record of a published layer from what the catalog knows of it: title,
 * abstract, keywords, extent (its latitude/longitude bounding box), reference system, resource identifier,
 * dates, and one online resource per OGC service serving it, with the protocol ({@code OGC:WMS},
 * {@code OGC:WFS}) and layer name that let GeoNetwork, QGIS and the INSPIRE geoportal open the data.
 *
 * <p>What INSPIRE requires and the catalog does not hold is stated without claiming more than is known: the
 * INSPIRE theme (and the topic category it maps to) only when a keyword of the layer names it, else the
 * platform's default topic category and no theme; access and use constraints from the platform's
 * {@link PublicationDefaults}; an unknown spatial resolution; conformity to Regulation 1089/2010 declared as
 * not evaluated; a lineage saying where crige reads the data from; the encodings its services deliver. An
 * administrator who knows more loads a curated record with the same resource identifier, which replaces the
 * generated one.
 */
public final class DatasetRecordWriter {

    private final RecordContact contact;
    private final OwsEndpoints endpoints;
    private final PublicationDefaults defaults;

    public DatasetRecordWriter(RecordContact contact, OwsEndpoints endpoints, PublicationDefaults defaults) {
        this.contact = contact;
        this.endpoints = endpoints;
        this.defaults = defaults;
    }

    /**
     * The record of the feature type published through the given services.
     *
     * @param qualityReports conformity reports to keep from the previous version of the record, see
     *                       {@link QualityReports}
     */
    public MetadataRecord write(FeatureTypeInfo type, List<PublishedService> services, RecordDates dates,
            List<Element> qualityReports) {
        String id = PublicationIdentifiers.datasetRecord(type.qualifiedName());
        try {
            IsoXmlWriter w = new IsoXmlWriter();
            w.startMetadata();
            w.string("fileIdentifier", id);
            w.language("language", "fre");
            w.code("characterSet", "MD_CharacterSetCode", "utf8");
            w.code("hierarchyLevel", "MD_ScopeCode", "dataset");
            w.responsibleParty("contact", contact.organisation(), contact.email(), "pointOfContact");
            w.start("dateStamp");
            w.gco("DateTime", dates.stamp());
            w.end();
            w.string("metadataStandardName", "ISO 19115:2003/19139");
            w.string("metadataStandardVersion", "1.0");
            if (type.srs() != null && !type.srs().isBlank()) {
                w.referenceSystem(type.srs());
            }
            w.start("identificationInfo");
            w.start("MD_DataIdentification");
            citation(w, type, dates);
            w.string("abstract", abstractOf(type));
            w.responsibleParty("pointOfContact", contact.organisation(), contact.email(), "custodian");
            LayerKeywords keywords = LayerKeywords.of(type.keywords());
            keywords(w, keywords);
            w.legalConstraints("accessConstraints", defaults.accessConstraint());
            w.legalConstraints("useConstraints", defaults.useConditions());
            w.code("spatialRepresentationType", "MD_SpatialRepresentationTypeCode", "vector");
            // the catalog knows no scale or ground distance: the resolution is declared, as unknown
            w.start("spatialResolution");
            w.start("MD_Resolution");
            w.nil("equivalentScale", "unknown");
            w.end();
            w.end();
            w.language("language", "fre");
            w.code("characterSet", "MD_CharacterSetCode", "utf8");
            for (String category : keywords.topicCategories(defaults.defaultTopicCategory())) {
                w.start("topicCategory");
                w.start("MD_TopicCategoryCode");
                w.stax().writeCharacters(category);
                w.end();
                w.end();
            }
            if (type.latLonBoundingBox() != null) {
                w.extent(CswNamespaces.GMD, "gmd", type.latLonBoundingBox().toEnvelope());
            }
            w.end();
            w.end();
            if (!services.isEmpty()) {
                distribution(w, type, services);
            }
            dataQuality(w, type, qualityReports);
            w.end();
            return new MetadataRecord(id, w.finish());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the record of " + type.qualifiedName(), e);
        }
    }

    private static void citation(IsoXmlWriter w, FeatureTypeInfo type, RecordDates dates)
            throws XMLStreamException {
        w.start("citation");
        w.start("CI_Citation");
        w.string("title", titleOf(type));
        w.citationDate(dates.publication(), "publication");
        w.citationDate(dates.revision(), "revision");
        w.resourceIdentifier(type.qualifiedName(), PublicationIdentifiers.codeSpace(type.workspace()));
        w.end();
        w.end();
    }

    /** Free keywords in one block, then one block per INSPIRE theme keyword, citing the GEMET thesaurus. */
    private static void keywords(IsoXmlWriter w, LayerKeywords keywords) throws XMLStreamException {
        if (!keywords.free().isEmpty()) {
            w.start("descriptiveKeywords");
            w.start("MD_Keywords");
            for (String keyword : keywords.free()) {
                w.string("keyword", keyword);
            }
            w.code("type", "MD_KeywordTypeCode", "theme");
            w.end();
            w.end();
        }
        if (keywords.themes().isEmpty()) {
            return;
        }
        w.start("descriptiveKeywords");
        w.start("MD_Keywords");
        for (InspireTheme theme : keywords.themes()) {
            w.anchor("keyword", theme.keyword());
        }
        w.code("type", "MD_KeywordTypeCode", "theme");
        w.start("thesaurusName");
        w.start("CI_Citation");
        w.string("title", InspireTheme.THESAURUS);
        w.citationDate(InspireTheme.THESAURUS_DATE, "publication");
        w.end();
        w.end();
        w.end();
        w.end();
    }

    /**
     * The data quality of the data set: the reports kept from the previous record, conformity to Regulation
     * 1089/2010 as not evaluated ({@code pass} nil, as the INSPIRE Technical Guidance says for a conformity
     * nobody assessed), and the lineage.
     */
    private void dataQuality(IsoXmlWriter w, FeatureTypeInfo type, List<Element> reports)
            throws XMLStreamException {
        w.start("dataQualityInfo");
        w.start("DQ_DataQuality");
        w.start("scope");
        w.start("DQ_Scope");
        w.code("level", "MD_ScopeCode", "dataset");
        w.end();
        w.end();
        for (Element report : reports) {
            w.copy(report);
        }
        Regulation1089.writeNotEvaluated(w);
        w.start("lineage");
        w.start("LI_Lineage");
        w.string("statement", "Données publiées par " + contact.organisation() + " au moyen de crige, lues"
                + " directement dans l'entrepôt « " + type.store() + " » de l'espace de travail « "
                + type.workspace() + " » au moment de chaque requête. Cette fiche est générée à partir du"
                + " catalogue de crige ; elle ne décrit ni les sources ni les traitements des données.");
        w.end();
        w.end();
        w.end();
        w.end();
    }

    /** The encodings the services deliver, then the online resources: each service's capabilities. */
    private void distribution(IsoXmlWriter w, FeatureTypeInfo type, List<PublishedService> services)
            throws XMLStreamException {
        w.start("distributionInfo");
        w.start("MD_Distribution");
        Set<List<String>> formats = new LinkedHashSet<>();
        services.forEach(s -> formats.add(List.of(s.formatName(), s.formatVersion())));
        for (List<String> format : formats) {
            w.start("distributionFormat");
            w.start("MD_Format");
            w.string("name", format.get(0));
            w.string("version", format.get(1));
            w.end();
            w.end();
        }
        w.start("transferOptions");
        w.start("MD_DigitalTransferOptions");
        for (PublishedService service : services) {
            w.onlineResource("onLine", new IsoXmlWriter.OnlineResource(endpoints.capabilities(service),
                    service.protocol(), type.qualifiedName(), titleOf(type), service.linkFunction()));
        }
        w.end();
        w.end();
        w.end();
        w.end();
    }

    static String titleOf(FeatureTypeInfo type) {
        return type.title() == null || type.title().isBlank() ? type.qualifiedName() : type.title();
    }

    /** The abstract is mandatory in ISO 19115: the title stands in for a missing one. */
    private static String abstractOf(FeatureTypeInfo type) {
        return type.abstractText() == null || type.abstractText().isBlank() ? titleOf(type) : type.abstractText();
    }
}
