package fr.crige.core.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalog: workspaces, stores, feature types, layers, layer groups and styles. Reads are lock-free snapshots; every
 * change is validated (names, references, duplicates) and handed to the {@link CatalogListener}s
 * <em>before</em> it becomes visible: if a listener (the data directory writer) fails, the change is
 * rejected and the catalog is unchanged.
 *
 * <p>Names: workspace names are unique; stores, feature types/layers and styles are unique within their
 * workspace; global styles have a null workspace.
 */
public interface Catalog {

    List<WorkspaceInfo> workspaces();

    Optional<WorkspaceInfo> workspace(String name);

    List<StoreInfo> stores(String workspace);

    Optional<StoreInfo> store(String workspace, String name);

    /** Feature types of a workspace, or of all workspaces when {@code workspace} is null. */
    List<FeatureTypeInfo> featureTypes(String workspace);

    /** Feature types of one store. */
    List<FeatureTypeInfo> featureTypes(String workspace, String store);

    Optional<FeatureTypeInfo> featureType(String workspace, String name);

    /** Layers of a workspace, or of all workspaces when {@code workspace} is null. */
    List<LayerInfo> layers(String workspace);

    Optional<LayerInfo> layer(String workspace, String name);

    /** Layer groups of a workspace, or the global groups when {@code workspace} is null. */
    List<LayerGroupInfo> layerGroups(String workspace);

    /** Every layer group: the global ones, then those of each workspace. */
    List<LayerGroupInfo> allLayerGroups();

    Optional<LayerGroupInfo> layerGroup(String workspace, String name);

    /** Styles of a workspace, or the global styles when {@code workspace} is null. */
    List<StyleInfo> styles(String workspace);

    Optional<StyleInfo> style(String workspace, String name);

    /** @throws CatalogException DUPLICATE, INVALID or (persistence) FAILED */
    void add(WorkspaceInfo workspace);

    /** Replaces the workspace of the same name. @throws CatalogException NOT_FOUND, INVALID, FAILED */
    void save(WorkspaceInfo workspace);

    /**
     * Removes a workspace. When {@code recurse} is false it must be empty.
     *
     * @throws CatalogException NOT_FOUND, NOT_EMPTY, FAILED
     */
    void removeWorkspace(String name, boolean recurse);

    void add(StoreInfo store);

    void save(StoreInfo store);

    void removeStore(String workspace, String name, boolean recurse);

    /** Adds a feature type and its layer together. */
    void add(FeatureTypeInfo featureType, LayerInfo layer);

    void save(FeatureTypeInfo featureType);

    void save(LayerInfo layer);

    /**
     * Removes a feature type and its layer.
     *
     * @throws CatalogException NOT_EMPTY when a layer group contains the layer
     */
    void removeFeatureType(String workspace, String name);

    /** @throws CatalogException DUPLICATE, INVALID (unknown member or style, a cycle) or FAILED */
    void add(LayerGroupInfo group);

    void save(LayerGroupInfo group);

    /** Removes a group. @throws CatalogException NOT_FOUND, NOT_EMPTY when another group contains it */
    void removeLayerGroup(String workspace, String name);

    /** Adds a style; its body is handed to listeners (the data directory writes it beside the metadata). */
    void add(StyleInfo style, byte[] body);

    /** Replaces the style metadata and, when {@code body} is not null, its body. */
    void save(StyleInfo style, byte[] body);

    void removeStyle(String workspace, String name);

    /** The body of a style (SLD/SE XML). */
    Optional<byte[]> styleBody(String workspace, String name);

    void addListener(CatalogListener listener);
}
