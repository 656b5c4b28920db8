package fr.crige.ows.servlet;

import fr.crige.ows.dispatch.ResponseChannel;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** A {@link ResponseChannel} over a servlet response, whose buffer delays committing. */
final class ServletResponseChannel implements ResponseChannel {

    private final HttpServletResponse response;

    ServletResponseChannel(HttpServletResponse response) {
        this.response = response;
    }

    @Override
    public OutputStream start(int status, String contentType, Map<String, String> headers) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        headers.forEach(response::setHeader);
        return response.getOutputStream();
    }

    @Override
    public boolean isCommitted() {
        return response.isCommitted();
    }

    @Override
    public void reset() {
        response.reset();
    }
}
