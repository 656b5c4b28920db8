package fr.crige.quality.engine;

import fr.crige.quality.input.Row;
import fr.crige.quality.model.GeometryRule;
import fr.crige.quality.model.Level;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks the geometry of one feature in the order of rule-model.md §3: null, type (stop), multi-part
 * policy, validity with the JTS reason (stop on error), extent in the CRS validity domain. Returns the
 * geometry that may take part in topology rules: none when it received an ERROR.
 */
final class GeometryChecker {

    private final String table;
    private final GeometryRule rule;
    private final double[] domain;

    /**
     * @param domain validity domain [minX, minY, maxX, maxY] of the file's CRS, or null when the extent is
     *               not checked (rule off, unknown domain, or CRS not allowed)
     */
    GeometryChecker(String table, GeometryRule rule, double[] domain) {
        this.table = table;
        this.rule = rule;
        this.domain = rule.extent() ? domain : null;
    }

    Geometry check(Row row, FindingSink sink) {
        Geometry g = row.geometry();
        if (row.geometryError() != null) {
            sink.add(finding(sink, "ATTRIBUTE_GEOMETRY_INVALID", "validity", Level.ERROR, row)
                    .detail(row.geometryError()));
            return null;
        }
        if (g == null || g.isEmpty()) {
            if (rule.required()) {
                sink.add(finding(sink, "ATTRIBUTE_UNEXPECTED_NULL", "required", Level.ERROR, row));
            }
            return null;
        }
        String type = g.getGeometryType();
        boolean blocked = false;
        if (!rule.types().contains(type)) {
            String base = isMulti(g) ? type.substring("Multi".length()) : null;
            if (base == null || !rule.types().contains(base)) {
                sink.add(finding(sink, "GEOMETRY_TYPE_UNEXPECTED", "type", Level.ERROR, row).value(type)
                        .expected(String.join(", ", rule.types())));
                return null;
            }
            if (g.getNumGeometries() == 1) {
                g = g.getGeometryN(0); // a single-part Multi* is silently normalised
            } else if (rule.multi() != GeometryRule.MultiPolicy.ALLOW) {
                Level level = rule.multi() == GeometryRule.MultiPolicy.FORBID ? Level.ERROR : Level.WARNING;
                sink.add(finding(sink, "GEOMETRY_MULTIPART", "multi", level, row).value(type)
                        .detail(g.getNumGeometries() + " parts"));
                blocked = level.blocking();
            }
        }
        if (rule.validity() != Level.IGNORE) {
            IsValidOp op = new IsValidOp(g);
            if (!op.isValid()) {
                TopologyValidationError error = op.getValidationError();
                Coordinate at = error.getCoordinate();
                Finding.Builder f = finding(sink, "ATTRIBUTE_GEOMETRY_INVALID", "validity", rule.validity(), row)
                        .detail(error.getMessage() + (at == null ? "" : " (" + at.x + " " + at.y + ")"));
                if (at != null) {
                    f.errorGeometry(g.getFactory().createPoint(at).toText());
                }
                sink.add(f);
                if (rule.validity().blocking()) {
                    return null;
                }
            }
        }
        if (domain != null && !new Envelope(domain[0], domain[2], domain[1], domain[3])
                .contains(g.getEnvelopeInternal())) {
            sink.add(finding(sink, "ATTRIBUTE_GEOMETRY_INVALID_DATA_EXTENT", "extent", Level.ERROR, row)
                    .expected("[" + domain[0] + ", " + domain[1] + ", " + domain[2] + ", " + domain[3] + "]")
                    .detail(g.getEnvelopeInternal().toString()));
            blocked = true;
        }
        return blocked ? null : g;
    }

    private static boolean isMulti(Geometry g) {
        return g instanceof GeometryCollection && g.getGeometryType().startsWith("Multi");
    }

    private Finding.Builder finding(FindingSink sink, String code, String constraint, Level level, Row row) {
        return sink.create(code, level, table + ".geometry." + constraint).row(row.number(), row.featureId())
                .attribute("geometry");
    }
}
