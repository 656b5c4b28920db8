package fr.crige.wfs;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import fr.crige.core.feature.FeatureId;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.store.DataStore;

/**
 * A feature type as the WFS publishes it: its catalog entry, its workspace (which gives the XML namespace)
 * and the open store serving it.
 *
 * <p>Feature ids are published as {@code <name>.<key>} while stores build them from the native name
 * ({@code <nativeName>.<key>}); {@link #publishedId} and {@link ResourceIds} translate between the two.
 */
public record PublishedType(WorkspaceInfo workspace, FeatureTypeInfo info, DataStore store) {

    public String name() {
        return info.name();
    }

    public String nativeName() {
        return info.nativeName();
    }

    /** {@code workspace:name}. */
    public String qualifiedName() {
        return info.qualifiedName();
    }

    public String prefix() {
        return workspace.name();
    }

    public String namespaceUri() {
        return workspace.namespaceUri();
    }

    /** The schema of the native type, from the store. */
    public FeatureSchema schema() {
        return store.schema(nativeName());
    }

    /** The published id of a feature read from the store. */
    public String publishedId(String storeId) {
        return FeatureId.keyOf(nativeName(), storeId).map(key -> FeatureId.of(name(), key)).orElse(storeId);
    }
}
