package fr.crige.core.feature;

import java.util.Objects;

/**
 * One attribute of a feature type as the store describes it.
 *
 * @param name         the attribute name, exactly as the store spells it
 * @param type         the value kind
 * @param nullable     whether the store accepts nulls
 * @param length       maximum character length for strings, or null when unbounded/unknown
 * @param geometryKind for geometry attributes the declared geometry type, otherwise null
 * @param srid         for geometry attributes the EPSG code of their CRS (0 when unknown), otherwise 0
 */
public record AttributeDescriptor(String name, AttributeType type, boolean nullable, Integer length,
        GeometryKind geometryKind, int srid) {

    public AttributeDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (type == AttributeType.GEOMETRY && geometryKind == null) {
            geometryKind = GeometryKind.GEOMETRY;
        }
        if (type != AttributeType.GEOMETRY) {
            geometryKind = null;
            srid = 0;
        }
    }

    public static AttributeDescriptor of(String name, AttributeType type, boolean nullable) {
        return new AttributeDescriptor(name, type, nullable, null, null, 0);
    }

    public static AttributeDescriptor geometry(String name, GeometryKind kind, int srid, boolean nullable) {
        return new AttributeDescriptor(name, AttributeType.GEOMETRY, nullable, null, kind, srid);
    }

    public boolean isGeometry() {
        return type == AttributeType.GEOMETRY;
    }
}
