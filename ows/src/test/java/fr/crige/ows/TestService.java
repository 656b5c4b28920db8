package fr.crige.ows;

import fr.crige.ows.exception.ExceptionReportFormat;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service for dispatch tests: its operations echo what the dispatcher resolved, so tests can check
 * routing without a real WMS or WFS.
 */
public final class TestService implements OwsService {

    private final String name;
    private final List<String> versions;
    private final String defaultVersion;
    private final Map<String, OwsOperation> operations = new LinkedHashMap<>();
    /** The last request an operation received. */
    public volatile OwsRequest lastRequest;

    public TestService(String name, List<String> versions, String defaultVersion) {
        this.name = name;
        this.versions = versions;
        this.defaultVersion = defaultVersion;
        operations.put("GetCapabilities", this::echo);
        operations.put("GetFeature", this::echo);
    }

    public TestService with(String operation, OwsOperation implementation) {
        operations.put(operation, implementation);
        return this;
    }

    /** A text body "service version request workspace baseUrl". */
    private OwsResponse echo(OwsRequest request) {
        lastRequest = request;
        String text = String.join(" ", request.service(), request.version(), request.request(),
                request.workspace().orElse("-"), request.baseUrl());
        return OwsResponse.ok("text/plain", out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> versions() {
        return versions;
    }

    @Override
    public Optional<String> defaultVersion() {
        return Optional.ofNullable(defaultVersion);
    }

    /** WMS-like: 1.1.1 reports in its own format, anything else in OWS 1.1 named after the version. */
    @Override
    public ExceptionReportFormat exceptionReportFormat(String version) {
        if ("1.1.1".equals(version)) {
            return ExceptionReportFormat.WMS_1_1_1;
        }
        return ExceptionReportFormat.ows11(versions.contains(String.valueOf(version)) ? version : "9.9.9");
    }

    @Override
    public Map<String, OwsOperation> operations() {
        return operations;
    }
}
