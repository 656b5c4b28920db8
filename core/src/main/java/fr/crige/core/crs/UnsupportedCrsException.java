package fr.crige.core.crs;

/** A CRS identifier that crige cannot decode or a transformation it cannot make. */
public class UnsupportedCrsException extends RuntimeException {
    private final String identifier;

    public UnsupportedCrsException(String identifier, String message) {
        super(message);
        this.identifier = identifier;
    }

    public UnsupportedCrsException(String identifier, String message, Throwable cause) {
        super(message, cause);
        this.identifier = identifier;
    }

    public String identifier() {
        return identifier;
    }
}
