package fr.crige.core.datadir;

import java.nio.file.Path;

/**
 * Where each catalog object lives in the data directory. The layout follows GeoServer's, so administrators
 * find their way, with JSON files:
 * <pre>
 * workspaces/&lt;ws&gt;/workspace.json
 * workspaces/&lt;ws&gt;/&lt;store&gt;/datastore.json
 * workspaces/&lt;ws&gt;/&lt;store&gt;/&lt;featuretype&gt;/featuretype.json, layer.json
 * workspaces/&lt;ws&gt;/styles/&lt;style&gt;.json and its body file
 * workspaces/&lt;ws&gt;/layergroups/&lt;group&gt;.json
 * styles/&lt;style&gt;.json and its body file (global styles)
 * layergroups/&lt;group&gt;.json (global layer groups)
 * security/secrets.properties
 * </pre>
 * Catalog names are restricted to safe path segments, so they are used as folder names as they are.
 */
final class DataDirectoryLayout {

    static final String WORKSPACES = "workspaces";
    static final String STYLES = "styles";
    static final String LAYER_GROUPS = "layergroups";
    static final String WORKSPACE_FILE = "workspace.json";
    static final String STORE_FILE = "datastore.json";
    static final String FEATURE_TYPE_FILE = "featuretype.json";
    static final String LAYER_FILE = "layer.json";
    static final String JSON = ".json";

    private final Path root;

    DataDirectoryLayout(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path workspaces() {
        return root.resolve(WORKSPACES);
    }

    Path workspaceDir(String workspace) {
        return workspaces().resolve(workspace);
    }

    Path workspaceFile(String workspace) {
        return workspaceDir(workspace).resolve(WORKSPACE_FILE);
    }

    Path storeDir(String workspace, String store) {
        return workspaceDir(workspace).resolve(store);
    }

    Path storeFile(String workspace, String store) {
        return storeDir(workspace, store).resolve(STORE_FILE);
    }

    Path featureTypeDir(String workspace, String store, String featureType) {
        return storeDir(workspace, store).resolve(featureType);
    }

    /** Folder of global styles ({@code workspace} null) or of a workspace's styles. */
    Path stylesDir(String workspace) {
        return workspace == null ? root.resolve(STYLES) : workspaceDir(workspace).resolve(STYLES);
    }

    Path styleFile(String workspace, String style) {
        return stylesDir(workspace).resolve(style + JSON);
    }

    Path styleBody(String workspace, String filename) {
        return stylesDir(workspace).resolve(filename);
    }

    /** Folder of global layer groups ({@code workspace} null) or of a workspace's groups. */
    Path layerGroupsDir(String workspace) {
        return workspace == null ? root.resolve(LAYER_GROUPS) : workspaceDir(workspace).resolve(LAYER_GROUPS);
    }

    Path layerGroupFile(String workspace, String group) {
        return layerGroupsDir(workspace).resolve(group + JSON);
    }

    Path secretsFile() {
        return root.resolve("security").resolve("secrets.properties");
    }
}
