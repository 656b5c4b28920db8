package fr.crige.wfs;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.CatalogException;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import fr.crige.core.store.StoreManager;
import fr.crige.ows.OwsException;
import java.util.List;
import java.util.Optional;

/**
 * Finds the published feature types a request names. A feature type is published when it, its layer and its
 * store are enabled; in a virtual service ({@code /{workspace}/wfs}) only the types of that workspace exist.
 * Unknown names are InvalidParameterValue with the {@code typeNames} locator (WFS 2.0, 7.9.2.4.1).
 */
public final class FeatureTypeResolver {

    /** The locator of type name errors. */
    public static final String TYPE_NAMES = "typeNames";

    private final Catalog catalog;
    private final StoreManager stores;

    public FeatureTypeResolver(Catalog catalog, StoreManager stores) {
        this.catalog = catalog;
        this.stores = stores;
    }

    /** The published feature types of the service, in catalog order, as catalog entries. */
    public List<FeatureTypeInfo> published(Optional<String> virtualWorkspace) {
        return catalog.featureTypes(virtualWorkspace.orElse(null)).stream().filter(this::isPublished).toList();
    }

    /** The workspace of a feature type entry. */
    public WorkspaceInfo workspace(FeatureTypeInfo info) {
        return catalog.workspace(info.workspace()).orElseThrow(() -> new IllegalStateException(
                "Feature type " + info.qualifiedName() + " has no workspace"));
    }

    /** Opens the type the entry describes. */
    public PublishedType open(FeatureTypeInfo info) {
        try {
            return new PublishedType(workspace(info), info, stores.get(info.workspace(), info.store()));
        } catch (CatalogException e) {
            throw OwsException.invalidParameter(TYPE_NAMES, "Feature type " + info.qualifiedName()
                    + " is not available");
        }
    }

    /**
     * The published type a request names.
     *
     * @throws OwsException InvalidParameterValue (typeNames) when no published type has this name, or when an
     *                      unqualified name is ambiguous on the global endpoint
     */
    public PublishedType resolve(TypeName name, Optional<String> virtualWorkspace) {
        List<FeatureTypeInfo> candidates = published(virtualWorkspace).stream()
                .filter(ft -> ft.name().equals(name.localName()))
                .filter(ft -> matchesQualifier(ft, name))
                .toList();
        if (candidates.isEmpty()) {
            throw OwsException.invalidParameter(TYPE_NAMES, "Unknown feature type " + name);
        }
        if (candidates.size() > 1) {
            throw OwsException.invalidParameter(TYPE_NAMES, "Feature type name " + name
                    + " is ambiguous; qualify it with its workspace, such as " + candidates.get(0).qualifiedName());
        }
        return open(candidates.get(0));
    }

    private boolean matchesQualifier(FeatureTypeInfo ft, TypeName name) {
        if (name.namespaceUri() != null) {
            return workspace(ft).namespaceUri().equals(name.namespaceUri());
        }
        return name.prefix() == null || ft.workspace().equals(name.prefix());
    }

    private boolean isPublished(FeatureTypeInfo ft) {
        if (!ft.enabled()) {
            return false;
        }
        boolean layerEnabled = catalog.layer(ft.workspace(), ft.name()).map(LayerInfo::enabled).orElse(true);
        boolean storeEnabled = catalog.store(ft.workspace(), ft.store()).map(s -> s.enabled()).orElse(false);
        return layerEnabled && storeEnabled;
    }
}
