package fr.crige.core.store;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The in-memory counterpart of a database's {@code ST_Simplify}, for stores that read geometries themselves
 * and honour {@link fr.crige.core.query.QueryHints#simplification()}.
 *
 * <p>Douglas-Peucker keeps every vertex within the tolerance of the original line, which is what a renderer
 * asking for half a pixel needs; the result is not re-validated (a renderer does not care, and validation
 * costs more than the drawing it saves). A geometry that would collapse to nothing is returned unchanged,
 * like PostGIS with {@code preserveCollapsed}, so that a simplified query returns the same features.
 */
public final class GeometrySimplification {

    private GeometrySimplification() {
    }

    /** {@code g} with vertices removed while staying within {@code tolerance}; points are returned as is. */
    public static Geometry simplify(Geometry g, double tolerance) {
        if (g == null || g instanceof Puntal || g.getNumPoints() <= 4) {
            return g;
        }
        DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(g);
        simplifier.setDistanceTolerance(tolerance);
        simplifier.setEnsureValid(false);
        Geometry simplified = simplifier.getResultGeometry();
        return simplified.isEmpty() ? g : simplified;
    }
}
