package fr.crige.ows.servlet;

import fr.crige.ows.OwsServiceRegistry;
import fr.crige.ows.dispatch.IncomingRequest;
import fr.crige.ows.dispatch.OwsDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * The servlet entry point of the OWS endpoints ({@code /ows}, {@code /wms}, {@code /{workspace}/wfs}...,
 * with or without a {@code /geoserver} prefix). It only translates between the servlet API and the
 * framework-free {@link OwsDispatcher}; the web layer maps it on those paths and calls {@link #handle}.
 *
 * <p>The request must reach it unread: nothing before it may call {@code getParameter()} on a form POST,
 * which would consume the body.
 */
public final class OwsHttpHandler {

    private final OwsDispatcher dispatcher;
    private final BaseUrlResolver baseUrls;

    /**
     * @param services        the registered services; the endpoints follow them ({@code /wcs} exists once a
     *                        WCS is registered)
     * @param workspaceExists whether a workspace of a virtual service path exists, typically
     *                        {@code name -> catalog.workspace(name).isPresent()}
     */
    public OwsHttpHandler(OwsServiceRegistry services, Predicate<String> workspaceExists, OwsSettings settings) {
        this.dispatcher = new OwsDispatcher(services, workspaceExists, settings.maxBodyBytes());
        this.baseUrls = new BaseUrlResolver(settings);
    }

    /** Answers the request with the operation's response or an exception report; never throws for OWS errors. */
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        IncomingRequest incoming = new IncomingRequest(
                request.getMethod(),
                pathOf(request),
                request.getQueryString(),
                request.getContentType(),
                request.getContentLengthLong(),
                request.getInputStream(),
                baseUrls.resolve(request));
        dispatcher.dispatch(incoming, new ServletResponseChannel(response));
    }

    /** The decoded path below the context, whatever the servlet mapping ("/" or "/*"). */
    private static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }
}
