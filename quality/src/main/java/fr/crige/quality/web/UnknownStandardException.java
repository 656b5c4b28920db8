package fr.crige.quality.web;

/** The requested standard (or table of it) is not in the data directory; answered with 404. */
public class UnknownStandardException extends RuntimeException {
    public UnknownStandardException(String message) {
        super(message);
    }
}
