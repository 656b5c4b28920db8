package fr.crige.wms.render;

import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Where a map layer's features come from. The renderer asks only for the features of an area, in the
 * map's CRS, and reads them as a stream.
 */
public interface FeatureSource {

    /** The schema of the features, against which rule filters are compiled. */
    FeatureSchema schema();

    /**
     * The features whose geometry intersects the area, reprojected to the CRS of the area. The caller closes
     * the reader.
     *
     * @param area       an envelope in the CRS {@code srid} (x = easting/longitude)
     * @param attributes the attributes the caller needs, the default geometry among them; a source may return
     *                   more, and the reader's schema says which
     * @param tolerance  a distance in the units of {@code srid} by which the source may move vertices of lines
     *                   and polygons to return fewer of them (the renderer gives half its pixel size); 0 for
     *                   exact geometries
     */
    FeatureReader features(Envelope area, int srid, List<String> attributes, double tolerance);
}
