package fr.crige.core.catalog;

/**
 * One elementary change of the catalog: an object added ({@code before} null), replaced, or removed
 * ({@code after} null). A change knows how to tell a listener about itself, how to apply itself to the next
 * catalog version, and its inverse, which {@link DefaultCatalog} sends to the listeners that already
 * accepted a change when a later listener or a later change of the same operation vetoes it.
 */
sealed interface CatalogChange {

    void notify(CatalogListener listener);

    void applyTo(CatalogState.Editor state);

    CatalogChange inverse();

    record Workspace(WorkspaceInfo before, WorkspaceInfo after) implements CatalogChange {
        @Override
        public void notify(CatalogListener listener) {
            listener.onWorkspace(before, after);
        }

        @Override
        public void applyTo(CatalogState.Editor state) {
            if (after == null) {
                state.workspaces.remove(before.name());
            } else {
                state.workspaces.put(after.name(), after);
            }
        }

        @Override
        public CatalogChange inverse() {
            return new Workspace(after, before);
        }
    }

    record Store(StoreInfo before, StoreInfo after) implements CatalogChange {
        @Override
        public void notify(CatalogListener listener) {
            listener.onStore(before, after);
        }

        @Override
        public void applyTo(CatalogState.Editor state) {
            if (after == null) {
                state.stores.remove(CatalogKey.of(before));
            } else {
                state.stores.put(CatalogKey.of(after), after);
            }
        }

        @Override
        public CatalogChange inverse() {
            return new Store(after, before);
        }
    }

    record FeatureType(FeatureTypeInfo before, FeatureTypeInfo after) implements CatalogChange {
        @Override
        public void notify(CatalogListener listener) {
            listener.onFeatureType(before, after);
        }

        @Override
        public void applyTo(CatalogState.Editor state) {
            if (after == null) {
                state.featureTypes.remove(CatalogKey.of(before));
            } else {
                state.featureTypes.put(CatalogKey.of(after), after);
            }
        }

        @Override
        public CatalogChange inverse() {
            return new FeatureType(after, before);
        }
    }

    record Layer(LayerInfo before, LayerInfo after) implements CatalogChange {
        @Override
        public void notify(CatalogListener listener) {
            listener.onLayer(before, after);
        }

        @Override
        public void applyTo(CatalogState.Editor state) {
            if (after == null) {
                state.layers.remove(CatalogKey.of(before));
            } else {
                state.layers.put(CatalogKey.of(after), after);
            }
        }

        @Override
        public CatalogChange inverse() {
            return new Layer(after, before);
        }
    }

    record LayerGroup(LayerGroupInfo before, LayerGroupInfo after) implements CatalogChange {
        @Override
        public void notify(CatalogListener listener) {
            listener.onLayerGroup(before, after);
        }

        @Override
        public void applyTo(CatalogState.Editor state) {
            if (after == null) {
                state.layerGroups.remove(CatalogKey.of(before));
            } else {
                state.layerGroups.put(CatalogKey.of(after), after);
            }
        }

        @Override
        public CatalogChange inverse() {
            return new LayerGroup(after, before);
        }
    }

    /**
     * A style change. {@code body} is the new body (null when only the metadata changes or for a removal);
     * {@code previousBody} is the body before the change, kept so that the inverse can restore it.
     */
    record Style(StyleInfo before, StyleInfo after, byte[] body, byte[] previousBody) implements CatalogChange {
        @Override
        public void notify(CatalogListener listener) {
            listener.onStyle(before, after, body);
        }

        @Override
        public void applyTo(CatalogState.Editor state) {
            if (after == null) {
                state.styles.remove(CatalogKey.of(before));
                state.styleBodies.remove(CatalogKey.of(before));
                return;
            }
            state.styles.put(CatalogKey.of(after), after);
            if (body != null) {
                state.styleBodies.put(CatalogKey.of(after), body.clone());
            }
        }

        @Override
        public CatalogChange inverse() {
            // restoring a removed or replaced style rewrites its previous body
            return new Style(after, before, before == null ? null : previousBody, body);
        }
    }
}
