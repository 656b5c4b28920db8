package fr.crige.csw.load;

/** The upload exceeds a {@link RecordLoadLimits} limit; reading stopped there (HTTP 413). */
class UploadTooLargeException extends Exception {

    UploadTooLargeException(String message) {
        super(message);
    }
}
