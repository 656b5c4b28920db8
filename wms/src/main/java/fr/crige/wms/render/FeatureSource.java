package fr.crige.wms.render;

import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import java.util.List;

/**
 * Where a map layer's features come from. The renderer asks only for the features of an area, in the
 * map's CRS, and reads them as a stream.
 */
public interface FeatureSource {

    /** The schema of the features, against which rule filters are compiled. */
    FeatureSchema schema();

    /**
     * The features of a map's area grown by a margin, reprojected to the map's CRS; a source may also return
     * features whose envelope only meets that area, in any order. The caller closes the reader.
     *
     * @param map        the map's area, CRS and size in pixels
     * @param buffer     the margin in pixels around the map's area, for symbols of features just outside it
     * @param attributes the attributes the caller needs, the default geometry among them; a source may return
     *                   more, and the reader's schema says which
     * @param tolerance  a distance in pixels by which the source may move vertices of lines and polygons to
     *                   return fewer of them; 0 for exact geometries
     */
    FeatureReader features(MapViewport map, double buffer, List<String> attributes, double tolerance);
}
