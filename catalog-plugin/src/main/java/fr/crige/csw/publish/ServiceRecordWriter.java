package fr.crige.csw.publish;

import fr.crige.csw.CswNamespaces;
import fr.crige.csw.record.MetadataRecord;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Element;

/**
 * Writes the ISO 19119 service record ({@code srv:SV_ServiceIdentification}) of one OGC service: its INSPIRE
 * service type and classification, a resource identifier that stays the same across restarts
 * ({@link PublicationIdentifiers#serviceResource}), tight coupling with the layers it serves
 * ({@code srv:coupledResource} naming each layer and {@code srv:operatesOn} pointing at each dataset
 * record), the GetCapabilities operation with its connect point, the union of the layers' extents, and the
 * platform's access and use constraints. This is what the INSPIRE geoportal follows from a service to the
 * data it gives access to.
 */
public final class ServiceRecordWriter {

    private final RecordContact contact;
    private final OwsEndpoints endpoints;
    private final PublicationDefaults defaults;

    public ServiceRecordWriter(RecordContact contact, OwsEndpoints endpoints, PublicationDefaults defaults) {
        this.contact = contact;
        this.endpoints = endpoints;
        this.defaults = defaults;
    }

    /**
     * The record of the service, coupled with the datasets in the order given.
     *
     * @param qualityReports conformity reports to keep from the previous version of the record, see
     *                       {@link QualityReports}; they go into a data quality section scoped to the service
     */
    public MetadataRecord write(PublishedService service, List<CoupledDataset> datasets, RecordDates dates,
            List<Element> qualityReports) {
        String id = PublicationIdentifiers.serviceRecord(service);
        String title = service.title() + " — " + contact.organisation();
        try {
            IsoXmlWriter w = new IsoXmlWriter();
            XMLStreamWriter x = w.stax();
            w.startMetadata();
            w.string("fileIdentifier", id);
            w.language("language", "fre");
            w.code("characterSet", "MD_CharacterSetCode", "utf8");
            w.code("hierarchyLevel", "MD_ScopeCode", "service");
            w.string("hierarchyLevelName", "service");
            w.responsibleParty("contact", contact.organisation(), contact.email(), "pointOfContact");
            w.start("dateStamp");
            w.gco("DateTime", dates.stamp());
            w.end();
            w.string("metadataStandardName", "ISO 19119");
            w.string("metadataStandardVersion", "2005/PDAM 1");
            w.start("identificationInfo");
            w.startSrv("SV_ServiceIdentification");
            w.start("citation");
            w.start("CI_Citation");
            w.string("title", title);
            w.citationDate(dates.publication(), "publication");
            w.citationDate(dates.revision(), "revision");
            w.resourceIdentifier(PublicationIdentifiers.serviceResource(service),
                    PublicationIdentifiers.SERVICE_CODE_SPACE);
            w.end();
            w.end();
            w.string("abstract", title + " : " + datasets.size() + " couche(s) publiée(s) par "
                    + contact.organisation() + ".");
            w.responsibleParty("pointOfContact", contact.organisation(), contact.email(), "custodian");
            w.start("descriptiveKeywords");
            w.start("MD_Keywords");
            w.string("keyword", service.classification());
            w.end();
            w.end();
            w.legalConstraints("accessConstraints", defaults.accessConstraint());
            w.legalConstraints("useConstraints", defaults.useConditions());
            w.startSrv("serviceType");
            w.gco("LocalName", service.inspireType());
            w.end();
            w.srvString("serviceTypeVersion", service.version());
            Optional<Envelope> extent = extent(datasets);
            if (extent.isPresent()) {
                w.extent(CswNamespaces.SRV, "srv", extent.get());
            }
            for (CoupledDataset dataset : datasets) {
                w.startSrv("coupledResource");
                w.startSrv("SV_CoupledResource");
                w.srvString("operationName", service.layerOperation());
                w.srvString("identifier", dataset.layerName());
                w.end();
                w.end();
            }
            w.startSrv("couplingType");
            w.codeValue(CswNamespaces.SRV, "srv", "SV_CouplingType", "tight");
            w.end();
            operation(w, service);
            for (CoupledDataset dataset : datasets) {
                x.writeEmptyElement("srv", "operatesOn", CswNamespaces.SRV);
                x.writeAttribute("uuidref", dataset.recordId());
                x.writeAttribute("xlink", CswNamespaces.XLINK, "href", endpoints.record(dataset.recordId()));
            }
            w.end();
            w.end();
            w.start("distributionInfo");
            w.start("MD_Distribution");
            w.start("transferOptions");
            w.start("MD_DigitalTransferOptions");
            w.onlineResource("onLine", new IsoXmlWriter.OnlineResource(endpoints.capabilities(service),
                    service.protocol(), null, title, "information"));
            w.end();
            w.end();
            w.end();
            w.end();
            if (!qualityReports.isEmpty()) {
                dataQuality(w, qualityReports);
            }
            w.end();
            return new MetadataRecord(id, w.finish());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the record of the " + service + " service", e);
        }
    }

    private static void dataQuality(IsoXmlWriter w, List<Element> reports) throws XMLStreamException {
        w.start("dataQualityInfo");
        w.start("DQ_DataQuality");
        w.start("scope");
        w.start("DQ_Scope");
        w.code("level", "MD_ScopeCode", "service");
        w.end();
        w.end();
        for (Element report : reports) {
            w.copy(report);
        }
        w.end();
        w.end();
    }

    /** GetCapabilities, the operation every OGC service has, reached over HTTP GET at its endpoint. */
    private void operation(IsoXmlWriter w, PublishedService service) throws XMLStreamException {
        w.startSrv("containsOperations");
        w.startSrv("SV_OperationMetadata");
        w.srvString("operationName", "GetCapabilities");
        w.startSrv("DCP");
        w.codeValue(CswNamespaces.SRV, "srv", "DCPList", "WebServices");
        w.end();
        w.onlineResourceIn(CswNamespaces.SRV, "srv", "connectPoint", new IsoXmlWriter.OnlineResource(
                endpoints.capabilities(service), service.protocol(), null, null, "information"));
        w.end();
        w.end();
    }

    private static Optional<Envelope> extent(List<CoupledDataset> datasets) {
        Envelope union = new Envelope();
        datasets.forEach(d -> d.extent().ifPresent(union::expandToInclude));
        return union.isNull() ? Optional.empty() : Optional.of(union);
    }
}
