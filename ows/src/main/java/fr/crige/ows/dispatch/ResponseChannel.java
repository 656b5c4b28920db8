package fr.crige.ows.dispatch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Where the dispatcher writes a response, independent of any web framework. A channel buffers the start of
 * the body, so that a failure while an operation streams its result can still be replaced by an exception
 * report as long as nothing was sent.
 */
public interface ResponseChannel {

    /** Sets status and headers and returns the body stream; the dispatcher does not close it. */
    OutputStream start(int status, String contentType, Map<String, String> headers) throws IOException;

    /** True once status, headers or body bytes reached the client. */
    boolean isCommitted();

    /** Discards status, headers and buffered body; only called while not committed. */
    void reset();
}
