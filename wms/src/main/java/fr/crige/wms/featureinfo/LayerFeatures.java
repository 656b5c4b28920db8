package fr.crige.wms.featureinfo;

import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureSchema;
import java.util.List;

/**
 * The features found under the clicked point in one layer.
 *
 * @param layerName the layer's name as the client knows it
 * @param title     the layer's title
 * @param schema    the attributes, in order
 * @param srid      the CRS of the geometries (the map's)
 * @param typeName  the feature type's qualified name, {@code workspace:name}, for XML outputs
 * @param namespace the XML namespace of the workspace
 */
public record LayerFeatures(String layerName, String title, FeatureSchema schema, int srid, List<Feature> features,
        String typeName, String namespace) {

    public LayerFeatures {
        features = List.copyOf(features);
    }
}
