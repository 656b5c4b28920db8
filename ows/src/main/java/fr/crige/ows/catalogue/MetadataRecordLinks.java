package fr.crige.ows.catalogue;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.ows.OwsRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the catalogue record describing a feature type's data can be read, for the {@code MetadataURL} of the
 * capabilities: of a WFS feature type (WFS 2.0, 8.3.3, table 13; INSPIRE asks one per data set of a download
 * service) and of a WMS layer (WMS 1.3.0, 7.2.4.6.11; INSPIRE asks one per layer of a view service). A layer
 * publishes the feature type of the same workspace and name, so both services ask about the feature type.
 *
 * <p>The catalogue is another module, which depends on the services, so they see it only through this
 * interface: the application defines one bean asking the catalogue which types have a record, used by every
 * service; otherwise {@link #fromTemplate} derives the URL from a pattern of a service's settings.
 */
@FunctionalInterface
public interface MetadataRecordLinks {

    /** No type has a record. */
    MetadataRecordLinks NONE = (type, request) -> Optional.empty();

    /** The URL of the ISO 19139 record of the type's data, when it has one. */
    Optional<String> recordUrl(FeatureTypeInfo type, OwsRequest request);

    /**
     * The record and the unique resource identifier of the type's data set, for the INSPIRE
     * SpatialDataSetIdentifier of a download service; empty when unknown (links from a URL pattern know no
     * identifier).
     */
    default Optional<DatasetMetadata> dataset(FeatureTypeInfo type, OwsRequest request) {
        return Optional.empty();
    }

    /**
     * Links built from a URL pattern, the same for every type, where {@code {base}} is the base URL of the
     * server as the client reached it, {@code {workspace}} and {@code {name}} the type's workspace and name,
     * and {@code {layer}} its qualified name, each URL-encoded; {@link #NONE} for a null or blank pattern.
     */
    static MetadataRecordLinks fromTemplate(String template) {
        if (template == null || template.isBlank()) {
            return NONE;
        }
        return (type, request) -> Optional.of(template
                .replace("{base}", request.baseUrl())
                .replace("{workspace}", encode(type.workspace()))
                .replace("{name}", encode(type.name()))
                .replace("{layer}", encode(type.qualifiedName())));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
