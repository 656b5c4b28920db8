package fr.crige.core.store;

/**
 * The query cannot be run as given: unknown property, value not convertible to the attribute type, CRS not
 * supported... {@link #locator()} names the offending item so that services can answer an exception report
 * with the right locator.
 */
public class InvalidQueryException extends RuntimeException {
    private final String locator;

    public InvalidQueryException(String message, String locator) {
        super(message);
        this.locator = locator;
    }

    public String locator() {
        return locator;
    }
}
