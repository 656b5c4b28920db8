package fr.crige.wms;

import fr.crige.ows.OwsRequest;
import java.util.Optional;

/**
 * Where the catalogue record describing a layer's data can be read, for the {@code MetadataURL} of the
 * capabilities (WMS 1.3.0, 7.2.4.6.11; required by INSPIRE for each layer of a view service).
 *
 * <p>The catalogue is another module, so the WMS sees it only through this interface: the application may
 * define a bean asking the catalogue which layers have a record; otherwise {@link #fromTemplate} derives the
 * URL from a pattern of the settings.
 */
@FunctionalInterface
public interface MetadataRecordLinks {

    /** No layer has a record. */
    MetadataRecordLinks NONE = (layer, request) -> Optional.empty();

    /** The URL of the ISO 19139 record of the layer's data, when it has one. */
    Optional<String> recordUrl(PublishedLayer layer, OwsRequest request);

    /**
     * Links built from a URL pattern, the same for every layer, where {@code {base}} is the base URL of the
     * server as the client reached it, {@code {workspace}} and {@code {name}} the layer's workspace and name,
     * and {@code {layer}} its qualified name, each URL-encoded.
     */
    static MetadataRecordLinks fromTemplate(String template) {
        if (template == null || template.isBlank()) {
            return NONE;
        }
        return (layer, request) -> Optional.of(template
                .replace("{base}", request.baseUrl())
                .replace("{workspace}", WmsUrls.encode(layer.layer().workspace()))
                .replace("{name}", WmsUrls.encode(layer.layer().name()))
                .replace("{layer}", WmsUrls.encode(layer.layer().qualifiedName())));
    }
}
