package fr.crige.core.catalog;

/**
 * Told of every catalog change before it becomes visible. Throwing from a callback vetoes the change (the
 * catalog stays as it was and the caller gets a {@link CatalogException} of kind FAILED). The data
 * directory is such a listener; services may listen to invalidate caches.
 */
public interface CatalogListener {

    /** {@code before} is null for an addition, {@code after} null for a removal. */
    default void onWorkspace(WorkspaceInfo before, WorkspaceInfo after) {
    }

    default void onStore(StoreInfo before, StoreInfo after) {
    }

    default void onFeatureType(FeatureTypeInfo before, FeatureTypeInfo after) {
    }

    default void onLayer(LayerInfo before, LayerInfo after) {
    }

    default void onLayerGroup(LayerGroupInfo before, LayerGroupInfo after) {
    }

    /** {@code body} is null when only metadata changed or for a removal. */
    default void onStyle(StyleInfo before, StyleInfo after, byte[] body) {
    }
}
