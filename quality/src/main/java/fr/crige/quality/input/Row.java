package fr.crige.quality.input;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature or data row as read from a source, before any check.
 *
 * @param number        1-based position in the file (feature index, or CSV data row without the header)
 * @param featureId     identifier of the feature when the source has one, else null
 * @param values        raw values by column name: String, Number, Boolean or temporal values; a column absent
 *                      from the map is a null cell
 * @param geometry      the geometry, null when absent or unreadable
 * @param geometryError why the geometry could not be read (it is then reported as invalid), else null
 */
public record Row(long number, String featureId, Map<String, Object> values, Geometry geometry,
        String geometryError) {
}
