package fr.crige.core.catalog;

import fr.crige.core.catalog.CatalogException.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The validity rules of catalog objects against a catalog state: names, required fields and references.
 * Names are also the namespace prefixes of the services and folder names in the data directory, hence the
 * conservative pattern (an XML NCName subset that is safe as a path segment on every file system) and the
 * length cap, which leaves room for the suffixes added to names ({@code .json}, temporary-file suffixes)
 * within the 255 bytes most file systems allow per segment.
 */
final class CatalogRules {

    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,127}");

    /**
     * Style body file names: a plain file name, never a path, and never {@code *.json}, which in a styles
     * folder are the styles' own files.
     */
    private static final Pattern FILE_NAME = Pattern.compile("(?!.*\\.json$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private CatalogRules() {
    }

    static void checkName(String what, String name) {
        if (name == null || name.isBlank()) {
            throw invalid(what + " name is required");
        }
        if (!NAME.matcher(name).matches()) {
            throw invalid(what + " name '" + name + "' is invalid: it must match " + NAME.pattern());
        }
    }

    static void required(String what, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw invalid(what + " is required");
        }
    }

    static void checkWorkspace(WorkspaceInfo ws) {
        required("workspace", ws);
        checkName("Workspace", ws.name());
        required("Namespace URI of workspace " + ws.name(), ws.namespaceUri());
        try {
            if (!new URI(ws.namespaceUri()).isAbsolute()) {
                throw invalid("Namespace URI '" + ws.namespaceUri() + "' must be absolute");
            }
        } catch (URISyntaxException e) {
            throw invalid("Namespace URI '" + ws.namespaceUri() + "' is not a URI: " + e.getReason());
        }
    }

    static void checkStore(CatalogState state, StoreInfo store) {
        required("store", store);
        checkName("Store", store.name());
        workspaceExists(state, store.workspace(), "store " + store.name());
        required("Type of store " + store.name(), store.type());
        SecretReferences.requireReferences(store.workspace() + ":" + store.name(), store.connectionParameters());
    }

    static void checkFeatureType(CatalogState state, FeatureTypeInfo ft) {
        required("feature type", ft);
        checkName("Feature type", ft.name());
        workspaceExists(state, ft.workspace(), "feature type " + ft.name());
        required("Store of feature type " + ft.name(), ft.store());
        if (state.store(ft.workspace(), ft.store()).isEmpty()) {
            throw invalid("Feature type " + ft.qualifiedName() + " refers to store '" + ft.store()
                    + "', which does not exist in workspace " + ft.workspace());
        }
        required("Native name of feature type " + ft.name(), ft.nativeName());
    }

    static void checkLayer(CatalogState state, LayerInfo layer) {
        required("layer", layer);
        required("Default style of layer " + layer.qualifiedName(), layer.defaultStyle());
        for (CatalogKey style : CatalogState.styleReferences(layer)) {
            if (style.workspace() != null && !style.workspace().equals(layer.workspace())) {
                throw invalid("Layer " + layer.qualifiedName() + " cannot use style " + style
                        + " of another workspace");
            }
            if (!state.styles.containsKey(style)) {
                throw invalid("Layer " + layer.qualifiedName() + " refers to style '" + style
                        + "', which does not exist");
            }
        }
    }

    static void checkStyle(CatalogState state, StyleInfo style) {
        required("style", style);
        checkName("Style", style.name());
        if (style.workspace() != null) {
            workspaceExists(state, style.workspace(), "style " + style.name());
        }
        required("File name of style " + style.qualifiedName(), style.filename());
        if (!FILE_NAME.matcher(style.filename()).matches()) {
            throw invalid("File name '" + style.filename() + "' of style " + style.qualifiedName()
                    + " must be a plain file name matching " + FILE_NAME.pattern());
        }
        required("Format of style " + style.qualifiedName(), style.format());
        for (StyleInfo other : state.stylesOf(style.workspace())) {
            if (!other.name().equals(style.name()) && other.filename().equals(style.filename())) {
                throw new CatalogException(Kind.DUPLICATE, "File " + style.filename() + " is already the body of"
                        + " style " + other.qualifiedName() + "; two styles cannot share a body file");
            }
        }
    }

    private static void workspaceExists(CatalogState state, String workspace, String owner) {
        required("Workspace of " + owner, workspace);
        if (!state.workspaces.containsKey(workspace)) {
            throw invalid("Workspace '" + workspace + "' of " + owner + " does not exist");
        }
    }

    static CatalogException invalid(String message) {
        return new CatalogException(Kind.INVALID, message);
    }
}
