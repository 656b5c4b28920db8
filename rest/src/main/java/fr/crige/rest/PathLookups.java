package fr.crige.rest;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.WorkspaceInfo;

/** The catalog objects a REST path names, answered with 404 when missing, worded the same for every resource. */
final class PathLookups {

    private PathLookups() {
    }

    /** The workspace {@code ws}; 404 "No workspace ws" when it does not exist. */
    static WorkspaceInfo requireWorkspace(Catalog catalog, String ws) {
        return catalog.workspace(ws).orElseThrow(() -> RestException.notFound("No workspace " + ws));
    }
}
