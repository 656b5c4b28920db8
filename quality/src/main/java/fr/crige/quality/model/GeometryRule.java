package fr.crige.quality.model;

import java.util.List;
import java.util.Locale;

/**
 * The geometry descriptor of a spatial table (rule-model.md §3).
 *
 * @param required whether every feature needs a non-empty geometry
 * @param types    allowed OGC base types ("Polygon", "Point"...), as JTS names them
 * @param multi    policy for Multi* geometries of an allowed base type
 * @param validity level of OGC simple-feature invalidity, {@link Level#IGNORE} to skip the check
 * @param extent   whether geometries must lie in the validity domain of the CRS ({@code crs-domain})
 */
public record GeometryRule(boolean required, List<String> types, MultiPolicy multi, Level validity,
        boolean extent) {

    public GeometryRule {
        types = List.copyOf(types);
    }

    /** What to do with a Multi* geometry whose parts have an allowed type. */
    public enum MultiPolicy {
        /** More than one part is an ERROR. */
        FORBID,
        /** More than one part is a WARNING. */
        WARN,
        /** Multi-part geometries are accepted. */
        ALLOW;

        static MultiPolicy parse(String text) {
            return text == null ? ALLOW : valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }
}
