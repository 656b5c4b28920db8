package fr.crige.rest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links to API resources, built from the current request so they work behind any context path. */
final class Links {

    private Links() {
    }

    static String to(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/rest").path(path).toUriString();
    }

    static String workspace(String ws) {
        return to("/workspaces/" + ws);
    }

    static String dataStore(String ws, String ds) {
        return to("/workspaces/" + ws + "/datastores/" + ds);
    }

    static String featureType(String ws, String ds, String ft) {
        return to("/workspaces/" + ws + "/datastores/" + ds + "/featuretypes/" + ft);
    }

    static String layer(String ws, String name) {
        return to("/layers/" + ws + ":" + name);
    }

    /** A layer group: {@code workspace} null for a global one. */
    static String layerGroup(String workspace, String name) {
        return workspace == null ? to("/layergroups/" + name) : to("/workspaces/" + workspace + "/layergroups/" + name);
    }

    /** A style reference as layers spell it: "style" (global) or "ws:style". */
    static String style(String reference) {
        int colon = reference.indexOf(':');
        return colon < 0 ? to("/styles/" + reference)
                : to("/workspaces/" + reference.substring(0, colon) + "/styles/" + reference.substring(colon + 1));
    }
}
