package fr.crige.core.feature;

import java.util.Locale;
import org.locationtech.jts.geom.Geometry;

/** The OGC simple-feature geometry types a geometry attribute may declare. */
public enum GeometryKind {
    GEOMETRY, POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRYCOLLECTION;

    /** Parses an OGC/SQL name ("MULTIPOLYGON", "MultiPolygon", "ST_MultiPolygon"); unknown names give GEOMETRY. */
    public static GeometryKind fromName(String name) {
        if (name == null) {
            return GEOMETRY;
        }
        String n = name.toUpperCase(Locale.ROOT).replace("ST_", "").replace("_", "");
        // PostGIS suffixes dimensions: POINTZ, POINTM, POINTZM
        for (GeometryKind k : values()) {
            if (n.equals(k.name()) || n.equals(k.name() + "Z") || n.equals(k.name() + "M") || n.equals(k.name() + "ZM")) {
                return k;
            }
        }
        return GEOMETRY;
    }

    /** The kind of a JTS geometry value. */
    public static GeometryKind of(Geometry g) {
        return fromName(g.getGeometryType());
    }

    /** True for the kinds whose instances may be made of several parts. */
    public boolean isMulti() {
        return this == MULTIPOINT || this == MULTILINESTRING || this == MULTIPOLYGON || this == GEOMETRYCOLLECTION;
    }

    /** OGC name in camel case, e.g. "MultiPolygon". */
    public String ogcName() {
        return switch (this) {
            case GEOMETRY -> "Geometry";
            case POINT -> "Point";
            case LINESTRING -> "LineString";
            case POLYGON -> "Polygon";
            case MULTIPOINT -> "MultiPoint";
            case MULTILINESTRING -> "MultiLineString";
            case MULTIPOLYGON -> "MultiPolygon";
            case GEOMETRYCOLLECTION -> "GeometryCollection";
        };
    }
}
