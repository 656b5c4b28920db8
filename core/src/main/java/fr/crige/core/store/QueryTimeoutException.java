package fr.crige.core.store;

/**
 * A query ran past the deadline of its {@link fr.crige.core.query.QueryHints}; the store stopped working on
 * it and released its resources. Services answer it as a processing failure the client may retry with a
 * narrower request.
 */
public class QueryTimeoutException extends StoreException {
    public QueryTimeoutException(String message) {
        super(message);
    }

    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
