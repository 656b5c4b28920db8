package fr.crige.ows.dispatch;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsService;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the version a request is served in.
 *
 * <p>GetCapabilities never requires a version. With AcceptVersions (OWS Common 1.1, clause 7.3) the first
 * listed version the service supports wins, and none supported is VersionNegotiationFailed. Otherwise a
 * VERSION parameter is negotiated by the WMS rules (WMS 1.3.0, clause 6.2.4): the version itself if
 * supported, else the highest supported version below it, else the lowest supported one; without either,
 * or with a VERSION that is not a version number, the highest supported version answers.
 *
 * <p>Every other operation must name a supported version exactly, or fall back to the service's declared
 * default.
 */
final class VersionNegotiator {

    private static final String VERSION = "version";

    private VersionNegotiator() {
    }

    /**
     * @param acceptVersions the versions the client accepts, in its order of preference; empty when not given
     * @param version        the VERSION parameter, or null
     */
    static String forGetCapabilities(OwsService service, List<String> acceptVersions, String version) {
        List<OwsVersion> supported = supported(service);
        if (!acceptVersions.isEmpty()) {
            return acceptVersions.stream()
                    .map(String::trim)
                    .filter(service.versions()::contains)
                    .findFirst()
                    .orElseThrow(() -> new OwsException(OwsExceptionCode.VERSION_NEGOTIATION_FAILED, null,
                            "None of the accepted versions " + acceptVersions + " is supported by "
                                    + service.name() + "; supported versions: " + service.versions()));
        }
        OwsVersion highest = supported.get(supported.size() - 1);
        Optional<OwsVersion> requested = OwsVersion.parse(version);
        if (requested.isEmpty()) {
            return highest.text();
        }
        return supported.stream()
                .filter(v -> v.compareTo(requested.get()) <= 0)
                .reduce((lower, higher) -> higher)
                .orElse(supported.get(0))
                .text();
    }

    /**
     * @param version the VERSION parameter, or null
     * @throws OwsException MissingParameterValue or InvalidParameterValue, locator {@code version}
     */
    static String forOperation(OwsService service, String version) {
        if (version == null || version.isBlank()) {
            return service.defaultVersion().orElseThrow(() -> OwsException.missingParameter(VERSION));
        }
        String trimmed = version.trim();
        if (!service.versions().contains(trimmed)) {
            throw OwsException.invalidParameter(VERSION, "Version " + trimmed + " is not supported by "
                    + service.name() + "; supported versions: " + service.versions());
        }
        return trimmed;
    }

    private static List<OwsVersion> supported(OwsService service) {
        List<OwsVersion> versions = service.versions().stream()
                .map(v -> OwsVersion.parse(v).orElseThrow(() -> new IllegalStateException(
                        "Service " + service.name() + " declares an invalid version '" + v + "'")))
                .sorted(Comparator.naturalOrder())
                .toList();
        if (versions.isEmpty()) {
            throw new IllegalStateException("Service " + service.name() + " declares no version");
        }
        return versions;
    }
}
