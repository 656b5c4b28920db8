package fr.crige.wms.featureinfo;

import fr.crige.core.crs.Crs;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureId;
import fr.crige.core.feature.FeatureSchema;
import java.util.List;

/**
 * The features found under the clicked point in one layer.
 *
 * @param layerName  the layer's name as the client knows it
 * @param title      the layer's title
 * @param schema     the attributes, in order
 * @param crs        the CRS of the geometries (the map's)
 * @param typeName   the feature type's qualified name, {@code workspace:name}, for XML outputs
 * @param namespace  the XML namespace of the workspace
 * @param nativeName the name of the table in the store, which the store's feature ids start with
 */
public record LayerFeatures(String layerName, String title, FeatureSchema schema, Crs crs, List<Feature> features,
        String typeName, String namespace, String nativeName) {

    public LayerFeatures {
        features = List.copyOf(features);
    }

    public int srid() {
        return crs.srid();
    }

    /** The feature type's prefix, i.e. its workspace. */
    public String prefix() {
        return typeName.substring(0, typeName.indexOf(':'));
    }

    /** The feature type's name without its prefix. */
    public String localName() {
        return typeName.substring(typeName.indexOf(':') + 1);
    }

    /** The id the WFS gives the feature ({@code <type name>.<key>}), so both services name it alike. */
    public String publishedId(Feature feature) {
        if (nativeName == null) {
            return feature.id();
        }
        return FeatureId.keyOf(nativeName, feature.id()).map(key -> FeatureId.of(localName(), key))
                .orElse(feature.id());
    }
}
