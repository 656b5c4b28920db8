package fr.crige.csw.load;

/** The upload cannot be read at all, or no further: not a zip archive, a damaged one, an empty body. */
class UnreadableUploadException extends Exception {

    UnreadableUploadException(String message) {
        super(message);
    }
}
