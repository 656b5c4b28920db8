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

    /**
     * A group's name, members and styles: members exist and belong to the group's workspace (any workspace
     * for a global group), the name is not a layer's, and no group contains itself through its members.
     */
    static void checkLayerGroup(CatalogState state, LayerGroupInfo group) {
        required("layer group", group);
        checkName("Layer group", group.name());
        if (group.workspace() != null) {
            workspaceExists(state, group.workspace(), "layer group " + group.name());
        }
        CatalogKey key = CatalogKey.of(group);
        if (state.layers.containsKey(key)) {
            throw new CatalogException(Kind.DUPLICATE, "Layer group " + key + " would have the name of a layer");
        }
        if (group.layers().isEmpty()) {
            throw invalid("Layer group " + key + " must have at least one layer");
        }
        if (!group.styles().isEmpty() && group.styles().size() != group.layers().size()) {
            throw invalid("Layer group " + key + " has " + group.layers().size() + " layers but "
                    + group.styles().size() + " styles; give one style per layer, or none");
        }
        for (int i = 0; i < group.layers().size(); i++) {
            CatalogKey member = CatalogKey.ofReference(group.layers().get(i));
            boolean isLayer = state.layers.containsKey(member);
            if (!isLayer && !state.layerGroups.containsKey(member) && !member.equals(key)) {
                throw invalid("Layer group " + key + " refers to '" + member + "', which is neither a layer nor"
                        + " a layer group");
            }
            if (group.workspace() != null && !group.workspace().equals(member.workspace())) {
                throw invalid("Layer group " + key + " cannot contain '" + member + "' of another workspace");
            }
            String style = group.styleOf(i);
            if (style != null) {
                checkMemberStyle(state, key, member, isLayer, CatalogKey.ofReference(style));
            }
        }
        requireNoCycle(state, group);
    }

    private static void checkMemberStyle(CatalogState state, CatalogKey group, CatalogKey member, boolean isLayer,
            CatalogKey style) {
        if (!isLayer) {
            throw invalid("Layer group " + group + " gives style " + style + " to group '" + member
                    + "'; only layers take a style");
        }
        if (style.workspace() != null && !style.workspace().equals(member.workspace())) {
            throw invalid("Layer group " + group + " cannot draw '" + member + "' with style " + style
                    + " of another workspace");
        }
        if (!state.styles.containsKey(style)) {
            throw invalid("Layer group " + group + " refers to style '" + style + "', which does not exist");
        }
    }

    /** Walks the groups reachable from {@code group} (taken in its new version) and fails on a way back. */
    private static void requireNoCycle(CatalogState state, LayerGroupInfo group) {
        CatalogKey start = CatalogKey.of(group);
        java.util.Deque<CatalogKey> pending = new java.util.ArrayDeque<>();
        java.util.Set<CatalogKey> seen = new java.util.HashSet<>();
        group.layers().forEach(m -> pending.push(CatalogKey.ofReference(m)));
        while (!pending.isEmpty()) {
            CatalogKey member = pending.pop();
            if (member.equals(start)) {
                throw invalid("Layer group " + start + " would contain itself");
            }
            LayerGroupInfo nested = state.layerGroups.get(member);
            if (nested != null && seen.add(member)) {
                nested.layers().forEach(m -> pending.push(CatalogKey.ofReference(m)));
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
