package fr.crige.core.catalog;

/** A rejected catalog change, with a kind that the REST API maps to an HTTP status. */
public class CatalogException extends RuntimeException {

    public enum Kind {
        /** 404 */
        NOT_FOUND,
        /** 409 */
        DUPLICATE,
        /** 400: invalid name, missing field, dangling reference */
        INVALID,
        /** 409: removing something still used */
        NOT_EMPTY,
        /** 500: the change could not be persisted; nothing changed */
        FAILED
    }

    private final Kind kind;

    public CatalogException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CatalogException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
