package fr.crige.wfs;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.ows.OwsRequest;
import fr.crige.wfs.inspire.DatasetMetadata;
import java.util.Optional;

/**
 * Where the catalogue record describing a feature type's data can be read, for the {@code MetadataURL} of the
 * capabilities (WFS 2.0, 8.3.3, table 13; INSPIRE asks one per data set of a download service).
 *
 * <p>The catalogue is another module, which depends on this one, so the WFS sees it only through this
 * interface: the application defines a bean asking the catalogue which types have a record (the WMS has the
 * same hook for its layers); otherwise {@link #fromTemplate} derives the URL from a pattern of the settings.
 * A record declared in the INSPIRE settings for a type wins over both.
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
     * and {@code {layer}} its qualified name, each URL-encoded.
     */
    static MetadataRecordLinks fromTemplate(String template) {
        if (template == null || template.isBlank()) {
            return NONE;
        }
        return (type, request) -> Optional.of(template
                .replace("{base}", request.baseUrl())
                .replace("{workspace}", WfsUrls.encode(type.workspace()))
                .replace("{name}", WfsUrls.encode(type.name()))
                .replace("{layer}", WfsUrls.encode(type.qualifiedName())));
    }
}
