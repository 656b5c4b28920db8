package fr.crige.core.filter;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** A small "towns" schema and features for the filter tests. */
final class TestSchemas {
    static final FeatureSchema TOWNS = new FeatureSchema("towns", "gid", List.of(
            AttributeDescriptor.of("name", AttributeType.STRING, false),
            AttributeDescriptor.of("population", AttributeType.INTEGER, true),
            AttributeDescriptor.of("area", AttributeType.DOUBLE, true),
            AttributeDescriptor.of("capital", AttributeType.BOOLEAN, true),
            AttributeDescriptor.of("founded", AttributeType.DATE, true),
            AttributeDescriptor.geometry("geom", GeometryKind.POLYGON, 2154, true),
            AttributeDescriptor.geometry("centre", GeometryKind.POINT, 2154, true)));

    static final FeatureSchema NO_GEOMETRY = new FeatureSchema("codes", "gid", List.of(
            AttributeDescriptor.of("code", AttributeType.STRING, false)));

    private TestSchemas() {
    }

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Feature town(int gid, String name, Integer population, Double area, Boolean capital, Object founded,
            String geomWkt) {
        Geometry g = geomWkt == null ? null : wkt(geomWkt);
        return new Feature(TOWNS, "towns." + gid,
                new Object[] {name, population, area, capital, founded, g, g == null ? null : g.getCentroid()});
    }
}
