package fr.crige.csw.record;

/**
 * A document that cannot be stored as an ISO 19139 metadata record: not well-formed, not a
 * {@code gmd:MD_Metadata}, or without a {@code gmd:fileIdentifier}. The message is meant for the person who
 * loaded the record.
 */
public class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message) {
        super(message);
    }

    public InvalidRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
