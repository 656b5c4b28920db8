package fr.crige.ows.dispatch;

import java.util.Optional;

/**
 * The OWS endpoint a request path addresses.
 *
 * @param workspace the workspace of a virtual service ({@code /{workspace}/ows}), or null for a global one
 * @param service   the service a service-specific path implies ({@code /wms}), or null for {@code /ows}
 */
public record OwsEndpoint(String workspace, String service) {

    public Optional<String> impliedService() {
        return Optional.ofNullable(service);
    }
}
