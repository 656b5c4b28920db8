package fr.crige.ows;

import java.util.Objects;

/**
 * A failure to report to the client as an OGC exception report: an exception code, an optional locator (the
 * parameter or request part at fault, as each standard prescribes for the code) and a message meant for the
 * client. The message is sent as is (XML-escaped), so it must not carry internal details such as SQL or
 * file paths; unexpected failures are not {@code OwsException}s and are reported generically.
 */
public class OwsException extends RuntimeException {

    private final OwsExceptionCode code;
    private final String locator;
    private final Integer httpStatus;

    public OwsException(OwsExceptionCode code, String locator, String message) {
        this(code, locator, message, null, null);
    }

    public OwsException(OwsExceptionCode code, String locator, String message, Throwable cause) {
        this(code, locator, message, null, cause);
    }

    /**
     * @param httpStatus a status replacing the code's usual one (for instance 413 for an oversized body
     *                   reported as NoApplicableCode), or null
     */
    public OwsException(OwsExceptionCode code, String locator, String message, Integer httpStatus,
            Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.locator = locator;
        this.httpStatus = httpStatus;
    }

    public static OwsException missingParameter(String parameter) {
        return new OwsException(OwsExceptionCode.MISSING_PARAMETER_VALUE, parameter,
                "Missing parameter " + parameter);
    }

    public static OwsException invalidParameter(String parameter, String message) {
        return new OwsException(OwsExceptionCode.INVALID_PARAMETER_VALUE, parameter, message);
    }

    public OwsExceptionCode code() {
        return code;
    }

    /** The locator, or null when none applies. */
    public String locator() {
        return locator;
    }

    public int httpStatus() {
        return httpStatus != null ? httpStatus : code.httpStatus();
    }
}
