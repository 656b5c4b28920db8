package fr.crige.core.catalog;

import fr.crige.core.catalog.CatalogException.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory catalog.
 *
 * <p>Reads are served from an immutable {@link CatalogState} held in a volatile field, so they never wait for
 * a writer. Writers are serialized by a lock: each operation validates against the current state, turns
 * into a list of {@link CatalogChange}s, hands every change to every listener, and only then publishes the
 * next state. A listener that throws vetoes the whole operation: the listeners that already accepted part
 * of it receive the inverse changes (so the data directory rewrites what it had removed or written), the
 * state is not replaced, and the caller gets the listener's {@link CatalogException} or a FAILED one.
 */
public final class DefaultCatalog implements Catalog {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCatalog.class);

    private final ReentrantLock writeLock = new ReentrantLock();
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();
    private volatile CatalogState state = CatalogState.EMPTY;

    // ---------------------------------------------------------------- reads

    @Override
    public List<WorkspaceInfo> workspaces() {
        return List.copyOf(state.workspaces.values());
    }

    @Override
    public Optional<WorkspaceInfo> workspace(String name) {
        return Optional.ofNullable(state.workspaces.get(name));
    }

    @Override
    public List<StoreInfo> stores(String workspace) {
        return CatalogState.inWorkspace(state.stores, workspace);
    }

    @Override
    public Optional<StoreInfo> store(String workspace, String name) {
        return state.store(workspace, name);
    }

    @Override
    public List<FeatureTypeInfo> featureTypes(String workspace) {
        return CatalogState.inWorkspace(state.featureTypes, workspace);
    }

    @Override
    public List<FeatureTypeInfo> featureTypes(String workspace, String store) {
        return state.featureTypesOf(workspace, store);
    }

    @Override
    public Optional<FeatureTypeInfo> featureType(String workspace, String name) {
        return Optional.ofNullable(state.featureTypes.get(new CatalogKey(workspace, name)));
    }

    @Override
    public List<LayerInfo> layers(String workspace) {
        return CatalogState.inWorkspace(state.layers, workspace);
    }

    @Override
    public Optional<LayerInfo> layer(String workspace, String name) {
        return Optional.ofNullable(state.layers.get(new CatalogKey(workspace, name)));
    }

    @Override
    public List<LayerGroupInfo> layerGroups(String workspace) {
        return state.layerGroupsOf(workspace);
    }

    @Override
    public List<LayerGroupInfo> allLayerGroups() {
        return List.copyOf(state.layerGroups.values());
    }

    @Override
    public Optional<LayerGroupInfo> layerGroup(String workspace, String name) {
        return Optional.ofNullable(state.layerGroups.get(new CatalogKey(workspace, name)));
    }

    @Override
    public List<StyleInfo> styles(String workspace) {
        return state.stylesOf(workspace);
    }

    @Override
    public Optional<StyleInfo> style(String workspace, String name) {
        return Optional.ofNullable(state.styles.get(new CatalogKey(workspace, name)));
    }

    @Override
    public Optional<byte[]> styleBody(String workspace, String name) {
        return Optional.ofNullable(state.styleBodies.get(new CatalogKey(workspace, name))).map(byte[]::clone);
    }

    // ---------------------------------------------------------------- workspaces

    @Override
    public void add(WorkspaceInfo workspace) {
        write(s -> {
            CatalogRules.checkWorkspace(workspace);
            if (s.workspaces.containsKey(workspace.name())) {
                throw duplicate("Workspace " + workspace.name());
            }
            requireUniqueNamespace(s, workspace);
            return List.of(new CatalogChange.Workspace(null, workspace));
        });
    }

    @Override
    public void save(WorkspaceInfo workspace) {
        write(s -> {
            CatalogRules.checkWorkspace(workspace);
            WorkspaceInfo before = existing(s.workspaces.get(workspace.name()), "Workspace " + workspace.name());
            requireUniqueNamespace(s, workspace);
            return List.of(new CatalogChange.Workspace(before, workspace));
        });
    }

    /** Two workspaces with one namespace URI would make their feature types indistinguishable in WFS. */
    private static void requireUniqueNamespace(CatalogState s, WorkspaceInfo workspace) {
        for (WorkspaceInfo other : s.workspaces.values()) {
            if (!other.name().equals(workspace.name()) && other.namespaceUri().equals(workspace.namespaceUri())) {
                throw new CatalogException(CatalogException.Kind.DUPLICATE, "Namespace URI "
                        + workspace.namespaceUri() + " is already used by workspace " + other.name());
            }
        }
    }

    @Override
    public void removeWorkspace(String name, boolean recurse) {
        write(s -> {
            WorkspaceInfo ws = existing(s.workspaces.get(name), "Workspace " + name);
            List<StoreInfo> stores = CatalogState.inWorkspace(s.stores, name);
            List<StyleInfo> styles = s.stylesOf(name);
            List<LayerGroupInfo> groups = s.layerGroupsOf(name);
            if (!recurse && !(stores.isEmpty() && styles.isEmpty() && groups.isEmpty())) {
                throw new CatalogException(Kind.NOT_EMPTY, "Workspace " + name + " still has " + stores.size()
                        + " store(s), " + styles.size() + " style(s) and " + groups.size()
                        + " layer group(s); remove them or use recurse");
            }
            Set<CatalogKey> removedLayers = new HashSet<>();
            CatalogState.inWorkspace(s.layers, name).forEach(l -> removedLayers.add(CatalogKey.of(l)));
            Set<CatalogKey> removedGroups = new HashSet<>();
            groups.forEach(g -> removedGroups.add(CatalogKey.of(g)));
            List<CatalogChange> changes = new ArrayList<>(groupUpdates(s, removedLayers, removedGroups));
            stores.forEach(store -> changes.addAll(storeRemoval(s, store)));
            styles.forEach(style -> changes.add(styleRemoval(s, style)));
            changes.add(new CatalogChange.Workspace(ws, null));
            return changes;
        });
    }

    // ---------------------------------------------------------------- stores

    @Override
    public void add(StoreInfo store) {
        write(s -> {
            CatalogRules.checkStore(s, store);
            if (s.stores.containsKey(CatalogKey.of(store))) {
                throw duplicate("Store " + CatalogKey.of(store));
            }
            return List.of(new CatalogChange.Store(null, store));
        });
    }

    @Override
    public void save(StoreInfo store) {
        write(s -> {
            CatalogRules.checkStore(s, store);
            StoreInfo before = existing(s.stores.get(CatalogKey.of(store)), "Store " + CatalogKey.of(store));
            return List.of(new CatalogChange.Store(before, store));
        });
    }

    @Override
    public void removeStore(String workspace, String name, boolean recurse) {
        write(s -> {
            CatalogKey key = new CatalogKey(workspace, name);
            StoreInfo store = existing(s.stores.get(key), "Store " + key);
            List<FeatureTypeInfo> published = s.featureTypesOf(workspace, name);
            if (!recurse && !published.isEmpty()) {
                throw new CatalogException(Kind.NOT_EMPTY, "Store " + key + " still publishes " + published.size()
                        + " feature type(s); remove them or use recurse");
            }
            Set<CatalogKey> removedLayers = new HashSet<>();
            published.forEach(ft -> removedLayers.add(CatalogKey.of(ft)));
            List<CatalogChange> changes = new ArrayList<>(groupUpdates(s, removedLayers, Set.of()));
            changes.addAll(storeRemoval(s, store));
            return changes;
        });
    }

    private static List<CatalogChange> storeRemoval(CatalogState s, StoreInfo store) {
        List<CatalogChange> changes = new ArrayList<>();
        for (FeatureTypeInfo ft : s.featureTypesOf(store.workspace(), store.name())) {
            changes.addAll(featureTypeRemoval(s, ft));
        }
        changes.add(new CatalogChange.Store(store, null));
        return changes;
    }

    // ---------------------------------------------------------------- feature types and layers

    @Override
    public void add(FeatureTypeInfo featureType, LayerInfo layer) {
        write(s -> {
            CatalogRules.checkFeatureType(s, featureType);
            CatalogRules.checkLayer(s, layer);
            if (!CatalogKey.of(layer).equals(CatalogKey.of(featureType))) {
                throw CatalogRules.invalid("Layer " + layer.qualifiedName() + " must have the workspace and name"
                        + " of its feature type " + featureType.qualifiedName());
            }
            if (s.featureTypes.containsKey(CatalogKey.of(featureType))) {
                throw duplicate("Feature type " + featureType.qualifiedName());
            }
            if (s.layerGroups.containsKey(CatalogKey.of(featureType))) {
                throw new CatalogException(Kind.DUPLICATE, "Layer group " + featureType.qualifiedName()
                        + " already has that name; a layer cannot take it");
            }
            return List.of(new CatalogChange.FeatureType(null, featureType), new CatalogChange.Layer(null, layer));
        });
    }

    @Override
    public void save(FeatureTypeInfo featureType) {
        write(s -> {
            CatalogRules.checkFeatureType(s, featureType);
            FeatureTypeInfo before = existing(s.featureTypes.get(CatalogKey.of(featureType)),
                    "Feature type " + featureType.qualifiedName());
            if (!before.store().equals(featureType.store())) {
                throw CatalogRules.invalid("Feature type " + featureType.qualifiedName()
                        + " cannot move from store " + before.store() + " to " + featureType.store()
                        + "; remove it and publish it again");
            }
            return List.of(new CatalogChange.FeatureType(before, featureType));
        });
    }

    @Override
    public void save(LayerInfo layer) {
        write(s -> {
            CatalogRules.checkLayer(s, layer);
            LayerInfo before = existing(s.layers.get(CatalogKey.of(layer)), "Layer " + layer.qualifiedName());
            return List.of(new CatalogChange.Layer(before, layer));
        });
    }

    @Override
    public void removeFeatureType(String workspace, String name) {
        write(s -> {
            CatalogKey key = new CatalogKey(workspace, name);
            FeatureTypeInfo ft = existing(s.featureTypes.get(key), "Feature type " + key);
            requireInNoGroup(s, "Layer", key);
            return featureTypeRemoval(s, ft);
        });
    }

    private static List<CatalogChange> featureTypeRemoval(CatalogState s, FeatureTypeInfo ft) {
        List<CatalogChange> changes = new ArrayList<>(2);
        LayerInfo layer = s.layers.get(CatalogKey.of(ft));
        if (layer != null) {
            changes.add(new CatalogChange.Layer(layer, null));
        }
        changes.add(new CatalogChange.FeatureType(ft, null));
        return changes;
    }

    // ---------------------------------------------------------------- layer groups

    @Override
    public void add(LayerGroupInfo group) {
        write(s -> {
            CatalogRules.checkLayerGroup(s, group);
            if (s.layerGroups.containsKey(CatalogKey.of(group))) {
                throw duplicate("Layer group " + group.qualifiedName());
            }
            return List.of(new CatalogChange.LayerGroup(null, group));
        });
    }

    @Override
    public void save(LayerGroupInfo group) {
        write(s -> {
            CatalogRules.checkLayerGroup(s, group);
            LayerGroupInfo before = existing(s.layerGroups.get(CatalogKey.of(group)),
                    "Layer group " + group.qualifiedName());
            return List.of(new CatalogChange.LayerGroup(before, group));
        });
    }

    @Override
    public void removeLayerGroup(String workspace, String name) {
        write(s -> {
            CatalogKey key = new CatalogKey(workspace, name);
            LayerGroupInfo group = existing(s.layerGroups.get(key), "Layer group " + key);
            requireInNoGroup(s, "Layer group", key);
            return List.of(new CatalogChange.LayerGroup(group, null));
        });
    }

    /** A layer or group that a group contains cannot be removed on its own (only by a recursive removal). */
    private static void requireInNoGroup(CatalogState s, String what, CatalogKey member) {
        List<LayerGroupInfo> containers = s.groupsContaining(member);
        if (!containers.isEmpty()) {
            throw new CatalogException(Kind.NOT_EMPTY, what + " " + member + " is in layer group(s) "
                    + containers.stream().map(LayerGroupInfo::qualifiedName).toList() + "; take it out first");
        }
    }

    /**
     * The group changes that go with a recursive removal: {@code removedGroups} are removed, the removed
     * layers and groups are taken out of the other groups, and a group left without members is removed in
     * turn (GeoServer behaves the same), so no group is left pointing at nothing.
     */
    private static List<CatalogChange> groupUpdates(CatalogState s, Set<CatalogKey> removedLayers,
            Set<CatalogKey> removedGroups) {
        Set<CatalogKey> gone = new HashSet<>(removedLayers);
        gone.addAll(removedGroups);
        Map<CatalogKey, LayerGroupInfo> edited = new TreeMap<>();
        removedGroups.forEach(key -> edited.put(key, null));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<CatalogKey, LayerGroupInfo> e : s.layerGroups.entrySet()) {
                if (edited.containsKey(e.getKey()) && edited.get(e.getKey()) == null) {
                    continue;
                }
                LayerGroupInfo current = edited.getOrDefault(e.getKey(), e.getValue());
                LayerGroupInfo pruned = withoutMembers(current, gone);
                if (pruned != current) {
                    changed = true;
                    edited.put(e.getKey(), pruned.layers().isEmpty() ? null : pruned);
                    if (pruned.layers().isEmpty()) {
                        gone.add(e.getKey());
                    }
                }
            }
        }
        List<CatalogChange> changes = new ArrayList<>();
        edited.forEach((key, after) -> changes.add(new CatalogChange.LayerGroup(s.layerGroups.get(key), after)));
        return changes;
    }

    /** {@code group} itself when none of its members is gone, else a copy without them (and their styles). */
    private static LayerGroupInfo withoutMembers(LayerGroupInfo group, Set<CatalogKey> gone) {
        List<String> layers = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        for (int i = 0; i < group.layers().size(); i++) {
            if (!gone.contains(CatalogKey.ofReference(group.layers().get(i)))) {
                layers.add(group.layers().get(i));
                styles.add(group.styleOf(i));
            }
        }
        return layers.size() == group.layers().size() ? group : new LayerGroupInfo(group.workspace(), group.name(),
                group.title(), group.abstractText(), group.mode(), layers, styles);
    }

    // ---------------------------------------------------------------- styles

    @Override
    public void add(StyleInfo style, byte[] body) {
        write(s -> {
            CatalogRules.checkStyle(s, style);
            if (s.styles.containsKey(CatalogKey.of(style))) {
                throw duplicate("Style " + style.qualifiedName());
            }
            return List.of(new CatalogChange.Style(null, style, copy(body), null));
        });
    }

    @Override
    public void save(StyleInfo style, byte[] body) {
        write(s -> {
            CatalogRules.checkStyle(s, style);
            CatalogKey key = CatalogKey.of(style);
            StyleInfo before = existing(s.styles.get(key), "Style " + style.qualifiedName());
            return List.of(new CatalogChange.Style(before, style, copy(body), s.styleBodies.get(key)));
        });
    }

    @Override
    public void removeStyle(String workspace, String name) {
        write(s -> {
            CatalogKey key = new CatalogKey(workspace, name);
            StyleInfo style = existing(s.styles.get(key), "Style " + key);
            List<LayerInfo> users = s.layersUsing(key);
            if (!users.isEmpty()) {
                throw new CatalogException(Kind.NOT_EMPTY, "Style " + key + " is used by layer(s) "
                        + users.stream().map(LayerInfo::qualifiedName).toList());
            }
            List<LayerGroupInfo> groups = s.groupsUsing(key);
            if (!groups.isEmpty()) {
                throw new CatalogException(Kind.NOT_EMPTY, "Style " + key + " is used by layer group(s) "
                        + groups.stream().map(LayerGroupInfo::qualifiedName).toList());
            }
            return List.of(styleRemoval(s, style));
        });
    }

    private static CatalogChange styleRemoval(CatalogState s, StyleInfo style) {
        return new CatalogChange.Style(style, null, null, s.styleBodies.get(CatalogKey.of(style)));
    }

    // ---------------------------------------------------------------- listeners and commits

    @Override
    public void addListener(CatalogListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Plans the changes of one operation against the current state; throws to reject it. */
    @FunctionalInterface
    private interface Operation {
        List<CatalogChange> plan(CatalogState current);
    }

    private void write(Operation operation) {
        writeLock.lock();
        try {
            CatalogState current = state;
            List<CatalogChange> changes = operation.plan(current);
            notifyAll(changes);
            CatalogState.Editor next = current.edit();
            changes.forEach(c -> c.applyTo(next));
            state = next.freeze();
        } finally {
            writeLock.unlock();
        }
    }

    /** Tells every listener of every change; on a veto, undoes what the listeners already accepted. */
    private void notifyAll(List<CatalogChange> changes) {
        record Accepted(CatalogChange change, CatalogListener listener) {
        }
        List<Accepted> accepted = new ArrayList<>();
        for (CatalogChange change : changes) {
            for (CatalogListener listener : listeners) {
                try {
                    change.notify(listener);
                    accepted.add(new Accepted(change, listener));
                } catch (RuntimeException veto) {
                    for (int i = accepted.size() - 1; i >= 0; i--) {
                        Accepted a = accepted.get(i);
                        try {
                            a.change().inverse().notify(a.listener());
                        } catch (RuntimeException e) {
                            LOG.error("Listener {} could not undo {} after a veto", a.listener(), a.change(), e);
                        }
                    }
                    throw veto instanceof CatalogException ce ? ce
                            : new CatalogException(Kind.FAILED, "Change rejected: " + veto.getMessage(), veto);
                }
            }
        }
    }

    private static <T> T existing(T value, String what) {
        if (value == null) {
            throw new CatalogException(Kind.NOT_FOUND, what + " does not exist");
        }
        return value;
    }

    private static CatalogException duplicate(String what) {
        return new CatalogException(Kind.DUPLICATE, what + " already exists");
    }

    private static byte[] copy(byte[] body) {
        return body == null ? null : body.clone();
    }
}
