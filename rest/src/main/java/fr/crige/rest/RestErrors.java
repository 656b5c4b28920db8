package fr.crige.rest;

import fr.crige.core.catalog.CatalogException;
import fr.crige.core.crs.UnsupportedCrsException;
import fr.crige.core.store.StoreException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of the configuration API into a JSON answer {@code {"error": .., "message": ..}} with
 * the matching status. Stack traces are logged, never sent: they would disclose internals to clients.
 *
 * <p>The advice is global because errors raised before a controller is chosen (unsupported content type,
 * method not allowed) have no controller to scope it by; it answers only for {@code /rest/} paths and
 * rethrows anything else unchanged, which lets Spring hand it to the next resolver.
 */
@RestControllerAdvice
public class RestErrors {

    /** Paths this advice answers for; errors of other paths (OWS services) are left to their own handlers. */
    private static final String PREFIX = "/rest/";

    private static final Logger LOG = LoggerFactory.getLogger(RestErrors.class);

    @ExceptionHandler(CatalogException.class)
    public ResponseEntity<Map<String, String>> catalog(CatalogException e,
            HttpServletRequest request) throws Exception {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case DUPLICATE, NOT_EMPTY -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            LOG.error("Catalog change failed", e);
        }
        return answer(request, e, status, e.kind().name(), e.getMessage());
    }

    @ExceptionHandler(RestException.class)
    public ResponseEntity<Map<String, String>> rest(RestException e,
            HttpServletRequest request) throws Exception {
        return answer(request, e, e.status(), e.status().name(), e.getMessage());
    }

    /** A store that cannot be reached while serving a request that needs it (validation answers 400 itself). */
    @ExceptionHandler(StoreException.class)
    public ResponseEntity<Map<String, String>> store(StoreException e,
            HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.SERVICE_UNAVAILABLE, "STORE_UNAVAILABLE", e.getMessage());
    }

    @ExceptionHandler(UnsupportedCrsException.class)
    public ResponseEntity<Map<String, String>> crs(UnsupportedCrsException e,
            HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.BAD_REQUEST, "INVALID", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e,
            HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.BAD_REQUEST, "MALFORMED",
                "The request body is missing or is not valid JSON");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e,
            HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "Content-Type " + e.getContentType() + " is not accepted here; use one of "
                        + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<Map<String, String>> notAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                "Can only answer " + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e,
            HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    public ResponseEntity<Map<String, String>> parameter(Exception e,
            HttpServletRequest request) throws Exception {
        return answer(request, e, HttpStatus.BAD_REQUEST, "INVALID", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, String>> unexpected(Exception e,
            HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + PREFIX)) {
            throw e;
        }
        if (e instanceof ErrorResponse known) {
            // Spring's own request errors (unknown path, missing part...) carry their status
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return answer(request, e, status, status.name(), known.getBody().getDetail());
        }
        LOG.error("Unexpected error in the REST API", e);
        return answer(request, e, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL",
                "Internal error; the server log has details");
    }

    private static ResponseEntity<Map<String, String>> answer(HttpServletRequest request, Exception e,
            HttpStatus status, String error, String message) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + PREFIX)) {
            throw e;
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
