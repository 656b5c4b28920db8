package fr.crige.csw.publish;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.csw.CswNamespaces;
import fr.crige.csw.record.MetadataRecord;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes the ISO 19139 dataset record of a published layer from what the catalog knows of it: title,
 * abstract, keywords, extent (its latitude/longitude bounding box), reference system, resource identifier,
 * dates, and one online resource per OGC service serving it, with the protocol ({@code OGC:WMS},
 * {@code OGC:WFS}) and layer name that let GeoNetwork, QGIS and the INSPIRE geoportal open the data.
 *
 * <p>What the catalog does not hold (topic category, lineage, conformity, licence) is left out rather than
 * invented; an administrator who wants it loads a curated record with the same resource identifier, which
 * replaces the generated one.
 */
public final class DatasetRecordWriter {

    private final RecordContact contact;
    private final OwsEndpoints endpoints;

    public DatasetRecordWriter(RecordContact contact, OwsEndpoints endpoints) {
        this.contact = contact;
        this.endpoints = endpoints;
    }

    /** The record of the feature type published through the given services. */
    public MetadataRecord write(FeatureTypeInfo type, List<PublishedService> services, RecordDates dates) {
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
            if (!type.keywords().isEmpty()) {
                w.start("descriptiveKeywords");
                w.start("MD_Keywords");
                for (String keyword : type.keywords()) {
                    w.string("keyword", keyword);
                }
                w.code("type", "MD_KeywordTypeCode", "theme");
                w.end();
                w.end();
            }
            w.code("spatialRepresentationType", "MD_SpatialRepresentationTypeCode", "vector");
            w.language("language", "fre");
            w.code("characterSet", "MD_CharacterSetCode", "utf8");
            if (type.latLonBoundingBox() != null) {
                w.extent(CswNamespaces.GMD, "gmd", type.latLonBoundingBox().toEnvelope());
            }
            w.end();
            w.end();
            if (!services.isEmpty()) {
                distribution(w, type, services);
            }
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
        w.start("identifier");
        w.start("RS_Identifier");
        w.string("code", type.qualifiedName());
        w.string("codeSpace", PublicationIdentifiers.codeSpace(type.workspace()));
        w.end();
        w.end();
        w.end();
        w.end();
    }

    /** The online resources: each service's capabilities, naming the layer. */
    private void distribution(IsoXmlWriter w, FeatureTypeInfo type, List<PublishedService> services)
            throws XMLStreamException {
        w.start("distributionInfo");
        w.start("MD_Distribution");
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
