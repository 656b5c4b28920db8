package fr.crige.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.crs.CrsIdentifier.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrsIdentifierTest {

    @ParameterizedTest
    @CsvSource({
        "EPSG:4326,                                      EPSG_CODE,    4326",
        "epsg:2154,                                      EPSG_CODE,    2154",
        "'  EPSG:3948 ',                                 EPSG_CODE,    3948",
        "urn:ogc:def:crs:EPSG::4326,                     OGC_URN,      4326",
        "urn:ogc:def:crs:EPSG:9.8.15:2154,               OGC_URN,      2154",
        "urn:ogc:def:crs:EPSG:4326,                      OGC_URN,      4326",
        "urn:x-ogc:def:crs:EPSG:4326,                    OGC_URN,      4326",
        "urn:x-ogc:def:crs:EPSG:6.11:32631,              OGC_URN,      32631",
        "URN:OGC:DEF:CRS:EPSG::5490,                     OGC_URN,      5490",
        "http://www.opengis.net/def/crs/EPSG/0/4326,     OGC_HTTP_URI, 4326",
        "https://www.opengis.net/def/crs/EPSG/9.9/2975,  OGC_HTTP_URI, 2975",
        "http://www.opengis.net/gml/srs/epsg.xml#4326,   GML_XML_URI,  4326",
        "CRS:84,                                         CRS84,        4326",
        "urn:ogc:def:crs:OGC:1.3:CRS84,                  CRS84,        4326",
        "urn:ogc:def:crs:OGC::CRS84,                     CRS84,        4326",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84,   CRS84,        4326",
    })
    void parsesEveryForm(String identifier, Form form, int srid) {
        assertThat(CrsIdentifier.parse(identifier)).isEqualTo(new CrsIdentifier(form, srid));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "4326", "EPSG", "EPSG:", "EPSG:abc", "EPSG:-4326", "EPSG:04326", "EPSG:12345678", "EPSG:4326x",
        "EPSG:43 26", "EPSG::4326", "ESRI:102100", "CRS:83", "CRS:27", "urn:ogc:def:crs:EPSG:",
        "urn:ogc:def:crs:EPSG::", "urn:ogc:def:crs:ESRI::4326", "urn:ogc:def:crs:EPSG:x:4326",
        "urn:ogc:def:crs:EPSG::4326:extra", "urn:ogc:def:crs:OGC:1.3:CRS83",
        "http://www.opengis.net/def/crs/EPSG/0/", "http://www.opengis.net/def/crs/EPSG/4326",
        "http://example.com/def/crs/EPSG/0/4326", "http://www.opengis.net/gml/srs/epsg.xml#",
        "http://www.opengis.net/gml/srs/epsg.xml4326", "EPSG:4326;DROP TABLE"})
    void rejectsMalformedIdentifiers(String identifier) {
        assertThatThrownBy(() -> CrsIdentifier.parse(identifier))
                .isInstanceOf(UnsupportedCrsException.class)
                .hasMessageContaining("Malformed");
    }

    @Test
    void rejectsNullAndOversizedInputWithoutScanningIt() {
        assertThatThrownBy(() -> CrsIdentifier.parse(null)).isInstanceOf(UnsupportedCrsException.class);
        String huge = "EPSG:" + "1".repeat(1_000_000);
        assertThatThrownBy(() -> CrsIdentifier.parse(huge))
                .isInstanceOf(UnsupportedCrsException.class)
                .hasMessageContaining("too long")
                .satisfies(e -> assertThat(((UnsupportedCrsException) e).identifier()).hasSizeLessThan(50));
    }
}
