package fr.crige.ows;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an operation answers: HTTP status, content type, extra headers (Content-Disposition, Cache-Control...)
 * and a body writer called once the headers are set. The body is written straight to the client, so an
 * operation can stream features or tiles; if writing fails before anything reached the client, an exception
 * report replaces the response. Instances are immutable; the {@code with...} methods return copies.
 */
public final class OwsResponse {

    /** Writes a response body. Called at most once, on the client's stream, which it must not close. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final int status;
    private final String contentType;
    private final Map<String, String> headers;
    private final Body body;

    private OwsResponse(int status, String contentType, Map<String, String> headers, Body body) {
        this.status = status;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.headers = headers;
        this.body = Objects.requireNonNull(body, "body");
    }

    /** A 200 response. */
    public static OwsResponse ok(String contentType, Body body) {
        return new OwsResponse(200, contentType, Map.of(), body);
    }

    public OwsResponse withStatus(int newStatus) {
        return new OwsResponse(newStatus, contentType, headers, body);
    }

    /** A copy with the header set, replacing a previous value of the same name. */
    public OwsResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new OwsResponse(status, contentType, Collections.unmodifiableMap(copy), body);
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    /** Headers other than Content-Type. */
    public Map<String, String> headers() {
        return headers;
    }

    public Body body() {
        return body;
    }
}
