package fr.crige.quality.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of one table of a standard (rule-model.md §1): how files are matched to it, their encoding and
 * CRS, the column policy, field descriptors, key, conditions, topology and the empty-table rule.
 *
 * @param name         logical table name, used in findings and rule ids
 * @param description  what the table holds
 * @param filePattern  regex matching the base name of a delivered file, or null
 * @param formats      accepted formats (geojson, csv, shp, gpkg...)
 * @param encoding     expected character encoding (UTF-8 by default)
 * @param encodingLevel level of FILE_ENCODING_INVALID
 * @param csv          CSV dialect declared by the standard
 * @param allowedCrs   allowed CRS identifiers in normalised form (EPSG:2154, CRS84)
 * @param crsLevel     level of CRS_UNEXPECTED
 * @param crsDomains   validity domain [minX, minY, maxX, maxY] per CRS identifier
 * @param geometry     geometry descriptor, null for a non-spatial table
 * @param columns      column policy
 * @param fields       field descriptors in standard order
 * @param primaryKey   fields whose tuple must be unique, empty when none
 * @param conditions   cross-field and context rules
 * @param topology     rules between features
 * @param emptyLevel   level of FILE_EMPTY
 */
public record TableRule(String name, String description, Pattern filePattern, List<String> formats,
        String encoding, Level encodingLevel, CsvDialect csv, List<String> allowedCrs, Level crsLevel,
        Map<String, double[]> crsDomains, GeometryRule geometry, ColumnPolicy columns, List<FieldRule> fields,
        List<String> primaryKey, List<ConditionRule> conditions, List<TopologyRule> topology, Level emptyLevel) {

    public TableRule {
        formats = List.copyOf(formats);
        allowedCrs = List.copyOf(allowedCrs);
        crsDomains = Map.copyOf(crsDomains);
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        conditions = List.copyOf(conditions);
        topology = List.copyOf(topology);
    }

    public Optional<FieldRule> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** Whether the table has a geometry descriptor, so CRS, geometry and topology checks apply. */
    public boolean spatial() {
        return geometry != null;
    }

    /**
     * The CSV dialect a standard may declare; null members are detected from the file.
     *
     * @param delimiter     field delimiter, or null to detect it
     * @param header        whether the first line holds the column names
     * @param quoteChar     quote character
     * @param missingValues texts read as null
     */
    public record CsvDialect(Character delimiter, boolean header, char quoteChar, List<String> missingValues) {
        public CsvDialect {
            missingValues = missingValues == null ? List.of("") : List.copyOf(missingValues);
        }

        public static CsvDialect detect() {
            return new CsvDialect(null, true, '"', List.of(""));
        }
    }
}
