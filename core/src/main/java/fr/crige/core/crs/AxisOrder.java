package fr.crige.core.crs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The axis-order rules of the OGC protocols, in one place.
 *
 * <p>Inside crige coordinates are always x = easting/longitude, y = northing/latitude. On the wire the order
 * depends on the protocol, on its version and on how the CRS identifier is written. For a CRS whose EPSG
 * definition lists latitude or northing first ({@link Crs#northEastAxisOrder()}, e.g. EPSG:4326, 4258, 4171):
 *
 * <table>
 * <caption>Coordinate order on the wire for a north/east CRS such as EPSG:4326</caption>
 * <tr><th>Protocol</th><th>{@code EPSG:4326}</th><th>URN / http URI</th><th>{@code epsg.xml#4326}</th>
 *     <th>CRS84 forms</th></tr>
 * <tr><td>WMS 1.1.1, WFS 1.0.0</td><td>lon/lat</td><td>lon/lat</td><td>lon/lat</td><td>lon/lat</td></tr>
 * <tr><td>WMS 1.3.0</td><td>lat/lon</td><td>lat/lon</td><td>lat/lon</td><td>lon/lat</td></tr>
 * <tr><td>WFS 1.1.0, WFS 2.0, GML 3, OWS BoundingBox</td><td>lon/lat</td><td>lat/lon</td><td>lon/lat</td>
 *     <td>lon/lat</td></tr>
 * </table>
 *
 * <ul>
 * <li>WMS 1.1.1 (OGC 01-068r3) and WFS 1.0.0 (OGC 02-058) predate the axis-order debate: the {@code SRS} and
 *     {@code BBOX} parameters and GML 2 coordinates are always x/y, i.e. longitude first.</li>
 * <li>WMS 1.3.0 (OGC 06-042) states that the {@code BBOX} and coordinates follow the axis order of the CRS
 *     definition, whatever the identifier syntax, so {@code CRS=EPSG:4326} means latitude first; WMS 1.3.0 defines
 *     {@code CRS:84} (Annex B) precisely to offer longitude first.</li>
 * <li>WFS 1.1.0 (OGC 04-094), WFS 2.0 (OGC 09-025r2 / ISO 19142), GML 3.1.1 (OGC 03-105r1) and 3.2.1 (OGC 07-036),
 *     and the {@code crs} attribute of {@code ows:BoundingBox} in OWS Common (OGC 06-121r3, 06-121r9) as used
 *     by CSW 2.0.2 (OGC 07-006r1): URNs (OGC 07-092) and http URIs name the EPSG definition, so they follow its
 *     axis order. The short form {@code EPSG:4326} and the GML 2 form {@code http://www.opengis.net/gml/srs/epsg.xml#4326}
 *     are read and written longitude first, as GeoServer does for compatibility with clients that kept the
 *     WFS 1.0 reading of these forms; the standards leave this case open.</li>
 * <li>CRS84 ({@code CRS:84}, {@code urn:ogc:def:crs:OGC:1.3:CRS84}, {@code http://www.opengis.net/def/crs/OGC/1.3/CRS84})
 *     is longitude first by definition; {@code ows:WGS84BoundingBox} is always longitude first as well.</li>
 * <li>A CRS defined easting first (EPSG:2154, 3857, UTM...) is never swapped.</li>
 * </ul>
 */
public final class AxisOrder {

    /** The protocol contexts whose axis-order rules differ. */
    public enum Protocol {
        /** WMS 1.1.1 {@code SRS}/{@code BBOX} parameters and capabilities. */
        WMS_1_1_1,
        /** WMS 1.3.0 {@code CRS}/{@code BBOX} parameters and capabilities. */
        WMS_1_3_0,
        /** WFS 1.0.0 requests and GML 2 output. */
        WFS_1_0_0,
        /** WFS 1.1.0 requests and GML 3.1.1 output. */
        WFS_1_1_0,
        /** WFS 2.0 requests and GML 3.2 output. */
        WFS_2_0,
        /** A GML 3 {@code srsName} outside a WFS request, e.g. in a filter or a posted document. */
        GML_3,
        /** The {@code crs} attribute of an {@code ows:BoundingBox} (OWS Common 1.1/2.0, CSW 2.0.2). */
        OWS_BOUNDING_BOX
    }

    private AxisOrder() {
    }

    /**
     * Whether coordinates are written northing/latitude first in this protocol context, i.e. must be swapped
     * between the wire and crige's x/y order.
     *
     * @param protocol          where the identifier was read or will be written
     * @param identifierAsSent  the CRS identifier exactly as the client sent it or as crige writes it
     * @param crs               the same CRS, decoded by {@link CrsService#decode(String)}
     * @throws UnsupportedCrsException when the identifier is malformed
     */
    public static boolean isNorthingFirst(Protocol protocol, String identifierAsSent, Crs crs) {
        CrsIdentifier.Form form = CrsIdentifier.parse(identifierAsSent).form();
        if (!crs.northEastAxisOrder() || form == CrsIdentifier.Form.CRS84) {
            return false;
        }
        return switch (protocol) {
            case WMS_1_1_1, WFS_1_0_0 -> false;
            case WMS_1_3_0 -> true;
            case WFS_1_1_0, WFS_2_0, GML_3, OWS_BOUNDING_BOX ->
                    form == CrsIdentifier.Form.OGC_URN || form == CrsIdentifier.Form.OGC_HTTP_URI;
        };
    }

    /** A new envelope with x and y exchanged. */
    public static Envelope swap(Envelope envelope) {
        if (envelope.isNull()) {
            return new Envelope();
        }
        return new Envelope(envelope.getMinY(), envelope.getMaxY(), envelope.getMinX(), envelope.getMaxX());
    }

    /** A copy of the geometry with x and y exchanged in every coordinate; the input is not modified. */
    public static Geometry swap(Geometry geometry) {
        Geometry copy = geometry.copy();
        copy.apply(SwapFilter.INSTANCE);
        copy.geometryChanged();
        return copy;
    }

    /** Exchanges the first two ordinates of every coordinate. */
    private enum SwapFilter implements CoordinateSequenceFilter {
        INSTANCE;

        @Override
        public void filter(CoordinateSequence sequence, int i) {
            double x = sequence.getX(i);
            sequence.setOrdinate(i, CoordinateSequence.X, sequence.getY(i));
            sequence.setOrdinate(i, CoordinateSequence.Y, x);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
