package fr.crige.server;

import fr.crige.ows.servlet.OwsHttpHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Maps the OWS endpoints onto {@link OwsHttpHandler}: {@code /ows} and the service paths, global or per
 * workspace (virtual services), with or without the {@code /geoserver} prefix of existing GeoServer and
 * geOrchestra URLs. Everything else (parsing, dispatch, exception reports) happens in the ows module.
 */
@Controller
public class OwsController {

    /** Service path segments; a workspace path segment is anything else. */
    private static final String SERVICE = "{service:ows|wms|wfs|wmts|wcs|wps|csw}";

    private final OwsHttpHandler handler;

    public OwsController(OwsHttpHandler handler) {
        this.handler = handler;
    }

    @RequestMapping(path = {"/" + SERVICE, "/{workspace}/" + SERVICE, "/geoserver/" + SERVICE,
        "/geoserver/{workspace}/" + SERVICE}, method = {RequestMethod.GET, RequestMethod.POST})
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handler.handle(request, response);
    }
}
