package fr.crige.server;

import fr.crige.csw.publish.OwsEndpoints;
import fr.crige.csw.publish.PublicationRecords;
import fr.crige.wms.MetadataRecordLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Joins the view and download services to the catalogue: a layer's MetadataURL in the WMS capabilities, and
 * a feature type's in the WFS capabilities, point to its ISO record (GetRecordById) when the catalogue holds
 * one, generated or loaded. The two modules do not know each
 * other; the server, which has both, links them.
 */
@Configuration(proxyBeanMethods = false)
public class MetadataLinksConfiguration {

    /**
     * The records are looked up when capabilities are written: the publication records themselves depend on
     * the OWS services (to describe them), so they cannot be injected into a service at creation.
     */
    @Bean
    fr.crige.wfs.MetadataRecordLinks wfsMetadataRecordLinks(ObjectProvider<PublicationRecords> records) {
        return (type, request) -> records.getObject().recordOf(type.qualifiedName())
                .map(id -> new OwsEndpoints(request.baseUrl()).record(id));
    }

    @Bean
    MetadataRecordLinks metadataRecordLinks(ObjectProvider<PublicationRecords> records) {
        return (layer, request) -> records.getObject().recordOf(layer.layer().qualifiedName())
                .map(id -> new OwsEndpoints(request.baseUrl()).record(id));
    }
}
