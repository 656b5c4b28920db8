package fr.crige.rest;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the HTTP status to answer and a message for the client. */
public class RestException extends RuntimeException {

    private final HttpStatus status;

    public RestException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public static RestException badRequest(String message) {
        return new RestException(HttpStatus.BAD_REQUEST, message);
    }

    public static RestException notFound(String message) {
        return new RestException(HttpStatus.NOT_FOUND, message);
    }

    public HttpStatus status() {
        return status;
    }
}
