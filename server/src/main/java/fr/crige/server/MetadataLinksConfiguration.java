package fr.crige.server;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.csw.publish.OwsEndpoints;
import fr.crige.csw.publish.PublicationIdentifiers;
import fr.crige.csw.publish.PublicationRecords;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.catalogue.DatasetMetadata;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Joins the view and download services to the catalogue: a layer's MetadataURL in the WMS capabilities, and
 * a feature type's in the WFS capabilities, point to its ISO record (GetRecordById) when the catalogue holds
 * one, generated or loaded. The services do not know the catalogue; the server, which has them all, links
 * them with one {@link MetadataRecordLinks} bean.
 */
@Configuration(proxyBeanMethods = false)
public class MetadataLinksConfiguration {

    /**
     * The records are looked up when capabilities are written: the publication records themselves depend on
     * the OWS services (to describe them), so they cannot be injected into a service at creation.
     *
     * <p>Also gives the INSPIRE SpatialDataSetIdentifier of each feature type for the WFS: a layer's records,
     * generated or curated, carry the qualified layer name as resource identifier code (that is how a curated
     * record is recognised), in the workspace's code space.
     */
    @Bean
    MetadataRecordLinks metadataRecordLinks(ObjectProvider<PublicationRecords> records) {
        return new MetadataRecordLinks() {
            @Override
            public Optional<String> recordUrl(FeatureTypeInfo type, OwsRequest request) {
                return records.getObject().recordOf(type.qualifiedName())
                        .map(id -> new OwsEndpoints(request.baseUrl()).record(id));
            }

            @Override
            public Optional<DatasetMetadata> dataset(FeatureTypeInfo type, OwsRequest request) {
                return recordUrl(type, request).map(url -> new DatasetMetadata(url, type.qualifiedName(),
                        PublicationIdentifiers.codeSpace(type.workspace())));
            }
        };
    }
}
