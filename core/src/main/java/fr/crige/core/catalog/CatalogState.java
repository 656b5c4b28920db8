package fr.crige.core.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One immutable version of the catalog content. {@link DefaultCatalog} publishes a new instance for every
 * change (copy-on-write), so readers never lock and always see a consistent whole.
 */
final class CatalogState {

    static final CatalogState EMPTY = new CatalogState(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
            new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

    final SortedMap<String, WorkspaceInfo> workspaces;
    final SortedMap<CatalogKey, StoreInfo> stores;
    final SortedMap<CatalogKey, FeatureTypeInfo> featureTypes;
    final SortedMap<CatalogKey, LayerInfo> layers;
    final SortedMap<CatalogKey, LayerGroupInfo> layerGroups;
    final SortedMap<CatalogKey, StyleInfo> styles;
    final SortedMap<CatalogKey, byte[]> styleBodies;

    private CatalogState(SortedMap<String, WorkspaceInfo> workspaces, SortedMap<CatalogKey, StoreInfo> stores,
            SortedMap<CatalogKey, FeatureTypeInfo> featureTypes, SortedMap<CatalogKey, LayerInfo> layers,
            SortedMap<CatalogKey, LayerGroupInfo> layerGroups, SortedMap<CatalogKey, StyleInfo> styles,
            SortedMap<CatalogKey, byte[]> styleBodies) {
        this.workspaces = Collections.unmodifiableSortedMap(workspaces);
        this.stores = Collections.unmodifiableSortedMap(stores);
        this.featureTypes = Collections.unmodifiableSortedMap(featureTypes);
        this.layers = Collections.unmodifiableSortedMap(layers);
        this.layerGroups = Collections.unmodifiableSortedMap(layerGroups);
        this.styles = Collections.unmodifiableSortedMap(styles);
        this.styleBodies = Collections.unmodifiableSortedMap(styleBodies);
    }

    /** The values whose key belongs to {@code workspace}, or all values when {@code workspace} is null. */
    static <T> List<T> inWorkspace(Map<CatalogKey, T> map, String workspace) {
        return map.entrySet().stream()
                .filter(e -> workspace == null || workspace.equals(e.getKey().workspace()))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** Global styles (null workspace) or the styles of one workspace. */
    List<StyleInfo> stylesOf(String workspace) {
        return exactlyIn(styles, workspace);
    }

    /** Global layer groups (null workspace) or the groups of one workspace. */
    List<LayerGroupInfo> layerGroupsOf(String workspace) {
        return exactlyIn(layerGroups, workspace);
    }

    private static <T> List<T> exactlyIn(Map<CatalogKey, T> map, String workspace) {
        return map.entrySet().stream()
                .filter(e -> Objects.equals(workspace, e.getKey().workspace()))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** Groups that have {@code member} (a layer or a group) among their members. */
    List<LayerGroupInfo> groupsContaining(CatalogKey member) {
        return layerGroups.values().stream()
                .filter(g -> g.layers().stream().map(CatalogKey::ofReference).anyMatch(member::equals))
                .toList();
    }

    /** Groups that draw a member with that style. */
    List<LayerGroupInfo> groupsUsing(CatalogKey style) {
        return layerGroups.values().stream()
                .filter(g -> g.styles().stream().filter(Objects::nonNull).map(CatalogKey::ofReference)
                        .anyMatch(style::equals))
                .toList();
    }

    Optional<StoreInfo> store(String workspace, String name) {
        return Optional.ofNullable(stores.get(new CatalogKey(workspace, name)));
    }

    List<FeatureTypeInfo> featureTypesOf(String workspace, String store) {
        return featureTypes.values().stream()
                .filter(f -> f.workspace().equals(workspace) && f.store().equals(store))
                .toList();
    }

    /** Layers that use a style as default or alternative style. */
    List<LayerInfo> layersUsing(CatalogKey style) {
        return layers.values().stream()
                .filter(l -> styleReferences(l).contains(style))
                .toList();
    }

    static List<CatalogKey> styleReferences(LayerInfo layer) {
        java.util.ArrayList<CatalogKey> refs = new java.util.ArrayList<>();
        if (layer.defaultStyle() != null) {
            refs.add(CatalogKey.ofReference(layer.defaultStyle()));
        }
        layer.styles().forEach(s -> refs.add(CatalogKey.ofReference(s)));
        return refs;
    }

    /** A mutable copy to build the next version from. */
    Editor edit() {
        return new Editor(this);
    }

    /** Applies changes to a copy of a state and freezes the result. */
    static final class Editor {
        final TreeMap<String, WorkspaceInfo> workspaces;
        final TreeMap<CatalogKey, StoreInfo> stores;
        final TreeMap<CatalogKey, FeatureTypeInfo> featureTypes;
        final TreeMap<CatalogKey, LayerInfo> layers;
        final TreeMap<CatalogKey, LayerGroupInfo> layerGroups;
        final TreeMap<CatalogKey, StyleInfo> styles;
        final TreeMap<CatalogKey, byte[]> styleBodies;

        private Editor(CatalogState s) {
            workspaces = new TreeMap<>(s.workspaces);
            stores = new TreeMap<>(s.stores);
            featureTypes = new TreeMap<>(s.featureTypes);
            layers = new TreeMap<>(s.layers);
            layerGroups = new TreeMap<>(s.layerGroups);
            styles = new TreeMap<>(s.styles);
            styleBodies = new TreeMap<>(s.styleBodies);
        }

        CatalogState freeze() {
            return new CatalogState(workspaces, stores, featureTypes, layers, layerGroups, styles, styleBodies);
        }
    }
}
