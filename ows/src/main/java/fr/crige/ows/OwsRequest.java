package fr.crige.ows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * A request resolved by the dispatcher: the service (as the service names itself), the negotiated version,
 * the operation name (as the service spells it), the KVP parameters and, for an XML POST, the body that the
 * operation parses itself (with {@link fr.crige.core.xml.SecureXml}).
 *
 * <p>For an XML request {@link #parameters()} holds the query-string parameters only, if any; the request's
 * content is in {@link #xmlBody()}.
 */
public final class OwsRequest {

    private final String service;
    private final String version;
    private final String request;
    private final KvpParameters parameters;
    private final byte[] xmlBody;
    private final String workspace;
    private final String baseUrl;

    /**
     * @param xmlBody   the XML document of a POST request, or null for a KVP request
     * @param workspace the workspace of a virtual service endpoint ({@code /{workspace}/wms}), or null for
     *                  the global endpoints
     * @param baseUrl   the public URL of the server's root, without a trailing slash
     */
    public OwsRequest(String service, String version, String request, KvpParameters parameters, byte[] xmlBody,
            String workspace, String baseUrl) {
        this.service = Objects.requireNonNull(service, "service");
        this.version = Objects.requireNonNull(version, "version");
        this.request = Objects.requireNonNull(request, "request");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.xmlBody = xmlBody;
        this.workspace = workspace;
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    public String service() {
        return service;
    }

    public String version() {
        return version;
    }

    public String request() {
        return request;
    }

    public KvpParameters parameters() {
        return parameters;
    }

    /** True when the request came as an XML document (POST) rather than as KVP. */
    public boolean isXml() {
        return xmlBody != null;
    }

    /** A fresh stream over the XML body on each call; empty for a KVP request. */
    public Optional<InputStream> xmlBody() {
        return isXml() ? Optional.of(new ByteArrayInputStream(xmlBody)) : Optional.empty();
    }

    /** The workspace of a virtual service endpoint; empty for the global endpoints. */
    public Optional<String> workspace() {
        return Optional.ofNullable(workspace);
    }

    /**
     * The public URL of the server's root, without a trailing slash (for instance
     * {@code https://geo.example.fr/geoserver}), from which capabilities documents build operation URLs.
     */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String toString() {
        return service + " " + version + " " + request + (workspace != null ? " in " + workspace : "");
    }
}
