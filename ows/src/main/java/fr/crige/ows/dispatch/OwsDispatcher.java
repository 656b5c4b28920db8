package fr.crige.ows.dispatch;

import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.ows.OwsService;
import fr.crige.ows.OwsServiceRegistry;
import fr.crige.ows.exception.ExceptionReportFormat;
import fr.crige.ows.exception.ExceptionReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes an OGC request to its service operation and writes the result, or an exception report.
 *
 * <p>Steps: the path gives the endpoint (workspace, implied service); the request is read as KVP (query
 * string, or a form POST body) or as XML (any other POST body, of which only the root element is read
 * here); SERVICE picks the service, REQUEST the operation, and the version is negotiated; the operation's
 * response is then streamed to the client.
 *
 * <p>Every failure becomes an exception report in the format of the service and version the request
 * reached ({@link OwsService#exceptionReportFormat}), or an OWS 1.1 report when no service was identified.
 * An {@link OwsException} is reported as is; any other exception is logged and reported as NoApplicableCode
 * (HTTP 500) with a generic message, never a stack trace.
 */
public final class OwsDispatcher {

    /** Exception reports for requests no service could be identified for. */
    public static final ExceptionReportFormat GENERIC_FORMAT = ExceptionReportFormat.ows11("1.1.0");

    static final String SERVICE = "service";
    static final String REQUEST = "request";
    static final String VERSION = "version";
    static final String ACCEPT_VERSIONS = "AcceptVersions";
    static final String GET_CAPABILITIES = "GetCapabilities";
    private static final String FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";
    private static final String INTERNAL_ERROR_MESSAGE =
            "The server failed to process the request; the error has been logged";

    private static final Logger LOG = LoggerFactory.getLogger(OwsDispatcher.class);

    private final OwsServiceRegistry services;
    private final Predicate<String> workspaceExists;
    private final EndpointResolver endpoints;
    private final BoundedBodyReader bodyReader;
    private final XmlRequestRootReader rootReader = new XmlRequestRootReader();
    private final ExceptionReportWriter reportWriter = new ExceptionReportWriter();

    /**
     * @param workspaceExists tells whether a workspace named in a virtual service path exists
     * @param maxBodyBytes    the largest POST body accepted
     */
    public OwsDispatcher(OwsServiceRegistry services, Predicate<String> workspaceExists, int maxBodyBytes) {
        this.services = Objects.requireNonNull(services, "services");
        this.workspaceExists = Objects.requireNonNull(workspaceExists, "workspaceExists");
        this.endpoints = new EndpointResolver(services);
        this.bodyReader = new BoundedBodyReader(maxBodyBytes);
    }

    /**
     * Handles one request completely: the channel holds the response or an exception report afterwards.
     *
     * @throws TruncatedResponseException when the operation failed after part of the response was sent
     */
    public void dispatch(IncomingRequest incoming, ResponseChannel channel) {
        Progress progress = new Progress();
        OwsResponse response;
        try {
            response = execute(incoming, progress);
        } catch (RuntimeException e) {
            report(e, progress, channel);
            return;
        }
        try {
            write(response, channel);
        } catch (IOException | RuntimeException e) {
            if (!channel.isCommitted()) {
                channel.reset();
                report(e, progress, channel);
            } else if (e instanceof IOException) {
                LOG.debug("Response aborted, the client probably went away", e);
            } else {
                throw new TruncatedResponseException(e);
            }
        }
    }

    private OwsResponse execute(IncomingRequest incoming, Progress progress) {
        OwsEndpoint endpoint = endpoints.resolve(incoming.path()).orElseThrow(() -> new OwsException(
                OwsExceptionCode.NOT_FOUND, null, "No OWS endpoint at " + incoming.path()));
        endpoint.impliedService().flatMap(services::find).ifPresent(s -> progress.service = s);
        if (endpoint.workspace() != null && !workspaceExists.test(endpoint.workspace())) {
            throw new OwsException(OwsExceptionCode.NOT_FOUND, null,
                    "No workspace named " + endpoint.workspace());
        }
        ParsedRequest parsed = parse(incoming);
        OwsService service = resolveService(endpoint, parsed.service);
        progress.service = service;
        progress.version = parsed.version;
        if (parsed.request == null || parsed.request.isBlank()) {
            throw OwsException.missingParameter(REQUEST);
        }
        Map.Entry<String, OwsOperation> operation = service.operation(parsed.request.trim())
                .orElseThrow(() -> new OwsException(OwsExceptionCode.OPERATION_NOT_SUPPORTED, REQUEST,
                        "Operation " + parsed.request.trim() + " is not supported by " + service.name()));
        String version = operation.getKey().equalsIgnoreCase(GET_CAPABILITIES)
                ? VersionNegotiator.forGetCapabilities(service, parsed.acceptVersions, parsed.version)
                : VersionNegotiator.forOperation(service, parsed.version);
        progress.version = version;
        OwsRequest request = new OwsRequest(service.name(), version, operation.getKey(), parsed.parameters,
                parsed.xmlBody, endpoint.workspace(), incoming.baseUrl());
        return operation.getValue().execute(request);
    }

    private ParsedRequest parse(IncomingRequest incoming) {
        String method = incoming.method().toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new OwsException(OwsExceptionCode.OPERATION_NOT_SUPPORTED, null,
                    "HTTP method " + method + " is not supported; use GET or POST", 405, null);
        }
        KvpParameters.Builder kvp = KvpParameters.builder();
        KvpParser.addTo(kvp, incoming.queryString(), StandardCharsets.UTF_8);
        byte[] body = method.equals("POST") ? bodyReader.read(incoming.body(), incoming.contentLength()) : null;
        if (body == null || body.length == 0) {
            return ParsedRequest.fromKvp(kvp.build());
        }
        MediaType mediaType = MediaType.parse(incoming.contentType());
        if (mediaType.is(FORM_MEDIA_TYPE) && !startsLikeXml(body)) {
            KvpParser.addTo(kvp, new String(body, mediaType.charset()), mediaType.charset());
            return ParsedRequest.fromKvp(kvp.build());
        }
        return ParsedRequest.fromXml(rootReader.read(body), kvp.build(), body);
    }

    /**
     * Whether a body labelled as a form is in fact XML: {@code curl -d @request.xml} and several web clients
     * send XML requests with the form content type, and a form never starts with {@code <}.
     */
    private static boolean startsLikeXml(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '<';
            }
        }
        return false;
    }

    private OwsService resolveService(OwsEndpoint endpoint, String requested) {
        if (requested == null || requested.isBlank()) {
            return endpoint.impliedService().map(this::installed)
                    .orElseThrow(() -> OwsException.missingParameter(SERVICE));
        }
        String name = requested.trim();
        if (endpoint.service() != null && !endpoint.service().equalsIgnoreCase(name)) {
            throw OwsException.invalidParameter(SERVICE,
                    "Service " + name + " cannot be requested on the " + endpoint.service() + " endpoint");
        }
        return installed(name);
    }

    private OwsService installed(String name) {
        return services.find(name).orElseThrow(() -> OwsException.invalidParameter(SERVICE,
                "Unknown service " + name + "; available services: " + services.keys().stream()
                        .map(k -> k.toUpperCase(Locale.ROOT)).sorted().toList()));
    }

    private static void write(OwsResponse response, ResponseChannel channel) throws IOException {
        OutputStream out = channel.start(response.status(), response.contentType(), response.headers());
        response.body().writeTo(out);
        out.flush();
    }

    private void report(Throwable failure, Progress progress, ResponseChannel channel) {
        OwsException exception = failure instanceof OwsException ows ? ows : unexpected(failure);
        if (exception.httpStatus() >= 500) {
            LOG.error("OWS request failed: {}", exception.getMessage(), exception.getCause());
        } else {
            LOG.debug("OWS request refused: {} {}", exception.code().name(), exception.getMessage());
        }
        try {
            write(reportWriter.toResponse(exception, progress.reportFormat()), channel);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not send the exception report", e);
        }
    }

    private static OwsException unexpected(Throwable failure) {
        return new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, null, INTERNAL_ERROR_MESSAGE, failure);
    }

    /** How far a request got, to pick the exception report format of its service and version. */
    private static final class Progress {
        OwsService service;
        String version;

        ExceptionReportFormat reportFormat() {
            if (service == null) {
                return GENERIC_FORMAT;
            }
            try {
                return service.exceptionReportFormat(version);
            } catch (RuntimeException e) {
                LOG.error("Service {} cannot name its exception report format", service.name(), e);
                return GENERIC_FORMAT;
            }
        }
    }

    /** The routing information of a request, from KVP or from the XML root element. */
    private record ParsedRequest(String service, String request, String version, List<String> acceptVersions,
            KvpParameters parameters, byte[] xmlBody) {

        static ParsedRequest fromKvp(KvpParameters kvp) {
            List<String> accept = kvp.get(ACCEPT_VERSIONS)
                    .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of());
            return new ParsedRequest(kvp.get(SERVICE).orElse(null), kvp.get(REQUEST).orElse(null),
                    kvp.get(VERSION).orElse(null), accept, kvp, null);
        }

        /** Attributes of the root win; query-string parameters fill in what the document lacks. */
        static ParsedRequest fromXml(XmlRequestRoot root, KvpParameters queryString, byte[] body) {
            return new ParsedRequest(
                    root.service() != null ? root.service() : queryString.get(SERVICE).orElse(null),
                    root.localName(),
                    root.version() != null ? root.version() : queryString.get(VERSION).orElse(null),
                    root.acceptVersions(), queryString, body);
        }
    }
}
