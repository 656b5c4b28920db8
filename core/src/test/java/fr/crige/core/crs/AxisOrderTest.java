package fr.crige.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.crs.AxisOrder.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class AxisOrderTest {

    private static final Crs WGS84 = new Crs(4326, "WGS 84", true, true);
    private static final Crs CRS84 = new Crs(4326, "WGS 84", false, true);
    private static final Crs LAMBERT93 = new Crs(2154, "RGF93 v1 / Lambert-93", false, false);

    /** The rule table of {@link AxisOrder}'s Javadoc, for a latitude-first CRS (EPSG:4326). */
    @ParameterizedTest(name = "{0} {1} -> northing first: {2}")
    @CsvSource({
        "WMS_1_1_1,        EPSG:4326,                                    false",
        "WMS_1_1_1,        urn:ogc:def:crs:EPSG::4326,                   false",
        "WFS_1_0_0,        EPSG:4326,                                    false",
        "WFS_1_0_0,        http://www.opengis.net/gml/srs/epsg.xml#4326, false",
        "WFS_1_0_0,        urn:ogc:def:crs:EPSG::4326,                   false",
        "WMS_1_3_0,        EPSG:4326,                                    true",
        "WMS_1_3_0,        urn:ogc:def:crs:EPSG::4326,                   true",
        "WMS_1_3_0,        http://www.opengis.net/def/crs/EPSG/0/4326,   true",
        "WMS_1_3_0,        http://www.opengis.net/gml/srs/epsg.xml#4326, true",
        "WFS_1_1_0,        EPSG:4326,                                    false",
        "WFS_1_1_0,        http://www.opengis.net/gml/srs/epsg.xml#4326, false",
        "WFS_1_1_0,        urn:x-ogc:def:crs:EPSG:4326,                  true",
        "WFS_1_1_0,        urn:ogc:def:crs:EPSG::4326,                   true",
        "WFS_2_0,          EPSG:4326,                                    false",
        "WFS_2_0,          urn:ogc:def:crs:EPSG::4326,                   true",
        "WFS_2_0,          http://www.opengis.net/def/crs/EPSG/0/4326,   true",
        "WFS_2_0,          http://www.opengis.net/gml/srs/epsg.xml#4326, false",
        "GML_3,            EPSG:4326,                                    false",
        "GML_3,            urn:ogc:def:crs:EPSG::4326,                   true",
        "GML_3,            http://www.opengis.net/def/crs/EPSG/0/4326,   true",
        "OWS_BOUNDING_BOX, urn:ogc:def:crs:EPSG::4326,                   true",
        "OWS_BOUNDING_BOX, http://www.opengis.net/def/crs/EPSG/0/4326,   true",
        "OWS_BOUNDING_BOX, EPSG:4326,                                    false",
    })
    void latitudeFirstCrs(Protocol protocol, String identifier, boolean northingFirst) {
        assertThat(AxisOrder.isNorthingFirst(protocol, identifier, WGS84)).isEqualTo(northingFirst);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void crs84IsLongitudeFirstEverywhere(Protocol protocol) {
        for (String id : new String[] {"CRS:84", "urn:ogc:def:crs:OGC:1.3:CRS84",
                "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}) {
            assertThat(AxisOrder.isNorthingFirst(protocol, id, CRS84)).as(id).isFalse();
            // Even if a caller passes the EPSG:4326 definition, the CRS84 spelling decides.
            assertThat(AxisOrder.isNorthingFirst(protocol, id, WGS84)).as(id).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void eastingFirstCrsIsNeverSwapped(Protocol protocol) {
        for (String id : new String[] {"EPSG:2154", "urn:ogc:def:crs:EPSG::2154",
                "http://www.opengis.net/def/crs/EPSG/0/2154"}) {
            assertThat(AxisOrder.isNorthingFirst(protocol, id, LAMBERT93)).as(id).isFalse();
        }
    }

    @Test
    void malformedIdentifierIsRejected() {
        assertThatThrownBy(() -> AxisOrder.isNorthingFirst(Protocol.WMS_1_3_0, "EPSG:", WGS84))
                .isInstanceOf(UnsupportedCrsException.class);
    }

    @Test
    void swapsEnvelopes() {
        assertThat(AxisOrder.swap(new Envelope(1, 2, 40, 50))).isEqualTo(new Envelope(40, 50, 1, 2));
        assertThat(AxisOrder.swap(new Envelope()).isNull()).isTrue();
    }

    @Test
    void swapsGeometriesWithoutTouchingTheInput() throws ParseException {
        GeometryFactory factory = new GeometryFactory();
        Geometry input = new WKTReader(factory).read("POLYGON Z ((48 2 5, 48 3 6, 49 3 7, 48 2 5))");
        Geometry swapped = AxisOrder.swap(input);
        assertThat(swapped.getCoordinates()).containsExactly(new Coordinate(2, 48, 5), new Coordinate(3, 48, 6),
                new Coordinate(3, 49, 7), new Coordinate(2, 48, 5));
        assertThat(swapped.getCoordinates()[1].getZ()).isEqualTo(6);
        assertThat(swapped.getEnvelopeInternal()).isEqualTo(new Envelope(2, 3, 48, 49));
        assertThat(input.getCoordinates()[0]).isEqualTo(new Coordinate(48, 2));
    }
}
