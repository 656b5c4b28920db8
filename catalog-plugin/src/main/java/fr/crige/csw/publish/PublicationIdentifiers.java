package fr.crige.csw.publish;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The identifiers of the records crige generates, derived from what they describe so that they stay the same
 * across restarts and re-generation: a harvesting catalogue sees an update, never a delete followed by an
 * insert. They are name-based UUIDs (RFC 4122 version 3), the form INSPIRE and GeoNetwork expect for
 * {@code gmd:fileIdentifier}.
 *
 * <p>The resource identifier of a layer's data is its qualified name in the code space of its workspace
 * ({@code cvl:trees} in {@code urn:crige:workspace:cvl}), as the curated sample records also write it: a
 * curated record carrying it takes the place of the generated one. That of a service is its name
 * ({@code wms} in {@code urn:crige:service}).
 */
public final class PublicationIdentifiers {

    private PublicationIdentifiers() {
    }

    /** The fileIdentifier of the dataset record of the layer {@code workspace:name}. */
    public static String datasetRecord(String qualifiedLayerName) {
        return uuid("urn:crige:layer:" + qualifiedLayerName);
    }

    /** The fileIdentifier of the service record of one OGC service. */
    public static String serviceRecord(PublishedService service) {
        return uuid("urn:crige:service:" + service.serviceName());
    }

    /** The code space of the resource identifiers of the OGC services. */
    public static final String SERVICE_CODE_SPACE = "urn:crige:service";

    /**
     * The resource identifier of an OGC service ({@code wms} in {@link #SERVICE_CODE_SPACE}): without a
     * workspace prefix, it can never be taken for a layer's.
     */
    public static String serviceResource(PublishedService service) {
        return service.serviceName().toLowerCase(Locale.ROOT);
    }

    /** The code space of resource identifiers of a workspace's layers. */
    public static String codeSpace(String workspace) {
        return "urn:crige:workspace:" + workspace;
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
