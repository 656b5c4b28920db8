package fr.crige.quality.model;

/** A standard file that does not follow the rule model; the message names the faulty element. */
public class StandardFormatException extends RuntimeException {
    public StandardFormatException(String message) {
        super(message);
    }

    public StandardFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
