package fr.crige.quality.input;

import java.util.List;

/**
 * What a first look at a source tells before its rows are checked.
 *
 * @param columns  the column (property) names, in file order; for GeoJSON the union of all property keys
 * @param crs      the CRS the file declares, normalised (see {@link fr.crige.quality.model.CrsNames}), or null
 * @param defaultCrs the CRS of the format when neither the file nor the caller declares one (CRS84 for
 *                 GeoJSON, RFC 7946), or null
 * @param spatial  whether the source carries geometries
 * @param rowCount number of rows/features, or -1 when unknown without reading them all
 * @param encodingNote a remark on the character encoding that is a finding (declared and expected encodings
 *                 differ), else null
 */
public record TableHeader(List<String> columns, String crs, String defaultCrs, boolean spatial, long rowCount, String encodingNote) {
    public TableHeader {
        columns = List.copyOf(columns);
    }
}
