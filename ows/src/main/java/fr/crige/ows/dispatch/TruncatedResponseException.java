package fr.crige.ows.dispatch;

/**
 * An operation failed after part of its response had reached the client, so no exception report can
 * replace it any more. The dispatcher throws this out of the servlet: the container then closes the
 * connection without ending the body (no final chunk, or fewer bytes than announced), which is how a client
 * learns that the document is cut. A truncated CSV or a GML file whose last lines are missing would
 * otherwise look complete. The container logs the exception, with its cause, once.
 */
public final class TruncatedResponseException extends RuntimeException {

    TruncatedResponseException(Throwable cause) {
        super("The response failed after part of it was sent and is truncated: " + cause.getMessage(), cause);
    }
}
