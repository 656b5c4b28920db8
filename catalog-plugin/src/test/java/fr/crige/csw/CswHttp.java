package fr.crige.csw;

import fr.crige.ows.OwsServiceRegistry;
import fr.crige.ows.dispatch.IncomingRequest;
import fr.crige.ows.dispatch.OwsDispatcher;
import fr.crige.ows.dispatch.ResponseChannel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends requests to a {@link CswService} the way the server does, through the OWS dispatcher at
 * {@code /csw}: KVP GET and XML POST in, HTTP status, content type and body out, exception reports
 * included. No servlet container is started, which keeps golden tests fast.
 */
final class CswHttp {

    static final String BASE_URL = "http://localhost:8080";

    /** What the client receives. */
    record Exchange(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final OwsDispatcher dispatcher;

    CswHttp(CswService csw) {
        OwsServiceRegistry registry = new OwsServiceRegistry();
        registry.register(csw);
        dispatcher = new OwsDispatcher(registry, workspace -> false, 16 * 1024 * 1024);
    }

    /** A GET with the given (already encoded) query string. */
    Exchange get(String queryString) {
        return send(new IncomingRequest("GET", "/csw", queryString, null, -1,
                new ByteArrayInputStream(new byte[0]), BASE_URL));
    }

    /** A POST of an XML document. */
    Exchange post(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        return send(new IncomingRequest("POST", "/csw", null, "application/xml", body.length,
                new ByteArrayInputStream(body), BASE_URL));
    }

    private Exchange send(IncomingRequest request) {
        Channel channel = new Channel();
        dispatcher.dispatch(request, channel);
        return new Exchange(channel.status, channel.contentType, channel.body.toByteArray());
    }

    /** Buffers the whole response; never committed, so the dispatcher may always replace it by a report. */
    private static final class Channel implements ResponseChannel {
        int status;
        String contentType;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        @Override
        public OutputStream start(int status, String contentType, Map<String, String> headers) {
            this.status = status;
            this.contentType = contentType;
            return body;
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void reset() {
            body.reset();
        }
    }
}
