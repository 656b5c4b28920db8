package fr.crige.wms;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerInfo;

/** A layer the WMS offers: the catalog's layer settings and the feature type they publish. */
public record PublishedLayer(LayerInfo layer, FeatureTypeInfo featureType) implements Published {

    /** The name clients use: {@code ws:name} on the global service, {@code name} on a workspace's own. */
    @Override
    public String name(boolean virtualService) {
        return virtualService ? layer.name() : layer.qualifiedName();
    }

    /** The feature type's title, or its name when it has none. */
    @Override
    public String title() {
        return featureType.title() != null ? featureType.title() : featureType.name();
    }
}
