package fr.crige.wfs.fes;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A geometry read from GML, in crige's x = easting/longitude order.
 *
 * @param geometry the geometry; for a {@code gml:Envelope} its rectangle
 * @param srid     the EPSG code of its {@code srsName}, or 0 when it had none (the native CRS of the queried type)
 * @param envelope whether the GML was an {@code Envelope} (or GML 2 {@code Box}) rather than a geometry
 */
public record GmlGeometry(Geometry geometry, int srid, boolean envelope) {

    public Envelope bounds() {
        return geometry.getEnvelopeInternal();
    }
}
