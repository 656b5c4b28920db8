package fr.crige.core.crs;

import java.util.List;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * CRS decoding and transformation, backed by a library (Apache SIS with the EPSG dataset). All geometries
 * handed in and out are in x = easting/longitude, y = northing/latitude order; axis-order conventions of the
 * protocols are applied by {@link AxisOrder} only.
 */
public interface CrsService {

    /**
     * Decodes a CRS identifier in any of the forms clients send: {@code EPSG:4326},
     * {@code urn:ogc:def:crs:EPSG::4326}, {@code urn:x-ogc:def:crs:EPSG:4326},
     * {@code http://www.opengis.net/def/crs/EPSG/0/4326}, {@code http://www.opengis.net/gml/srs/epsg.xml#4326},
     * {@code CRS:84} (mapped to 4326 in lon/lat order).
     *
     * @throws UnsupportedCrsException when the identifier is malformed or the code unknown
     */
    Crs decode(String identifier);

    /** The CRS of an EPSG code. @throws UnsupportedCrsException when unknown */
    Crs forSrid(int srid);

    /** The CRSs advertised by default by the services (metropolitan France, overseas, world). */
    List<Crs> supported();

    /** Transforms a geometry; returns the input itself when the codes are equal. */
    Geometry transform(Geometry geometry, int fromSrid, int toSrid);

    /**
     * A transform of geometries for drawing over {@code area} (in the source CRS): within the area it may
     * approximate the exact transform to within {@code tolerance} (in target units, a fraction of a pixel),
     * which costs much less per vertex; outside it is exact. Each call returns a transformed copy, as
     * {@link #transform(Geometry, int, int)} does. By default, the exact transform.
     */
    default UnaryOperator<Geometry> approximateTransform(int fromSrid, int toSrid, Envelope area, double tolerance) {
        return geometry -> transform(geometry, fromSrid, toSrid);
    }

    /**
     * Transforms an envelope, densifying its edges so that the result contains the transformed area.
     */
    Envelope transform(Envelope envelope, int fromSrid, int toSrid);

    /** Valid area of the CRS in WGS84 lon/lat (the EPSG domain of validity), or null when unknown. */
    Envelope domainOfValidity(int srid);
}
