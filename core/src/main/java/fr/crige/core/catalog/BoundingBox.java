package fr.crige.core.catalog;

import org.locationtech.jts.geom.Envelope;

/** An envelope with its CRS (x = easting/longitude order). */
public record BoundingBox(double minx, double miny, double maxx, double maxy, String crs) {

    public static BoundingBox of(Envelope e, String crs) {
        return new BoundingBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), crs);
    }

    public Envelope toEnvelope() {
        return new Envelope(minx, maxx, miny, maxy);
    }
}
