package fr.crige.ows.dispatch;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a POST body into memory up to a limit, holding never more than limit + 1 bytes: a declared
 * Content-Length above the limit is refused before reading, and an undeclared (chunked) body is refused as
 * soon as it grows past the limit. Too large a body is reported with HTTP 413.
 */
final class BoundedBodyReader {

    static final int HTTP_PAYLOAD_TOO_LARGE = 413;
    /** The largest limit for which limit + 1 bytes still fit in a Java array. */
    static final int MAX_LIMIT = Integer.MAX_VALUE - 16;

    private final int maxBytes;

    BoundedBodyReader(int maxBytes) {
        if (maxBytes < 0 || maxBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("Body limit out of range [0, " + MAX_LIMIT + "]: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** @throws OwsException NoApplicableCode with HTTP 413 past the limit, or 400 when the body cannot be read */
    byte[] read(InputStream in, long declaredLength) {
        if (declaredLength > maxBytes) {
            throw tooLarge();
        }
        byte[] body;
        try {
            body = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, null,
                    "The request body could not be read", 400, e);
        }
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        return body;
    }

    private OwsException tooLarge() {
        return new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, null,
                "The request body exceeds the limit of " + maxBytes + " bytes", HTTP_PAYLOAD_TOO_LARGE, null);
    }
}
