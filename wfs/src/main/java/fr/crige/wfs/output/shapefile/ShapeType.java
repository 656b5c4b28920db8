package fr.crige.wfs.output.shapefile;

import fr.crige.core.feature.GeometryKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * The 2D shape types of the ESRI Shapefile Technical Description (July 1998), with their codes. A shapefile
 * holds one type; lines and multi-lines are both PolyLine, polygons and multi-polygons both Polygon.
 */
enum ShapeType {
    NULL(0), POINT(1), POLYLINE(3), POLYGON(5), MULTIPOINT(8);

    final int code;

    ShapeType(int code) {
        this.code = code;
    }

    /** The type of a declared geometry kind, or null when the kind does not decide it (generic geometry). */
    static ShapeType of(GeometryKind kind) {
        return switch (kind) {
            case POINT -> POINT;
            case MULTIPOINT -> MULTIPOINT;
            case LINESTRING, MULTILINESTRING -> POLYLINE;
            case POLYGON, MULTIPOLYGON -> POLYGON;
            case GEOMETRY, GEOMETRYCOLLECTION -> null;
        };
    }

    /** The type a geometry's family is written as, or null for mixed collections. */
    static ShapeType of(Geometry g) {
        if (g instanceof Puntal) {
            return g.getNumGeometries() == 1 && g.getGeometryType().equals("Point") ? POINT : MULTIPOINT;
        }
        if (g instanceof Lineal) {
            return POLYLINE;
        }
        if (g instanceof Polygonal) {
            return POLYGON;
        }
        return null;
    }

    /** Whether geometries of the given type can be written in a file of this type. */
    boolean accepts(ShapeType type) {
        return this == type || (this == MULTIPOINT && type == POINT);
    }
}
