package fr.crige.wfs;

import static fr.crige.wfs.SampleWfs.body;
import static fr.crige.wfs.SampleWfs.kvp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.xml.OfficialSchemas;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.exception.ExceptionReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every XML document the WFS answers is valid against the official schemas: capabilities (2.0 and 1.1.0),
 * application schemas, feature collections (GML 3.2 with the application schema that DescribeFeatureType
 * serves, and GML 3.1.1), value collections, stored query documents and exception reports.
 */
class SchemaValidityTest extends AbstractSampleWfsTest {

    private static final String WFS_110_GML = "http://schemas.opengis.net/wfs/1.1.0/wfs.xsd";

    private static WfsService wfs;

    @BeforeAll
    static void openService() {
        wfs = sample.service(WfsSettings.defaults().withMetadataUrlTemplate("{base}/csw?id={layer}"));
    }

    @Test
    void capabilities() throws Exception {
        assertValid(body(wfs, kvp("2.0.0", "GetCapabilities")), OfficialSchemas.WFS_20);
        assertValid(body(wfs, kvp("2.0.2", "GetCapabilities")), OfficialSchemas.WFS_20);
        assertValid(body(wfs, kvp("1.1.0", "GetCapabilities")), OfficialSchemas.WFS_110);
    }

    @Test
    void describeFeatureTypeIsAValidSchemaAndFeaturesFollowIt() throws Exception {
        for (String type : List.of("cvl:communes", "cvl:trees", "cvl:roads", "cvl:departements")) {
            byte[] features = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", type, "count", "3"));
            assertValid(features, OfficialSchemas.WFS_20, describeUrl("2.0.0", type));
            byte[] reprojected = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", type, "count", "2",
                    "srsName", "urn:ogc:def:crs:EPSG::4326"));
            assertValid(reprojected, OfficialSchemas.WFS_20, describeUrl("2.0.0", type));
        }
        byte[] two = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:trees,cvl:communes", "count", "4"));
        assertValid(two, OfficialSchemas.WFS_20, describeUrl("2.0.0", "cvl:trees,cvl:communes"));
        byte[] hits = body(wfs, kvp("2.0.0", "GetFeature", "typeNames", "cvl:trees", "resultType", "hits"));
        assertValid(hits, OfficialSchemas.WFS_20);
    }

    @Test
    void getFeatureById() throws Exception {
        byte[] feature = body(wfs, kvp("2.0.0", "GetFeature", "storedQuery_id",
                "urn:ogc:def:query:OGC-WFS::GetFeatureById", "id", "trees.1"));
        assertValid(feature, OfficialSchemas.GML_321, describeUrl("2.0.0", "cvl:trees"));
    }

    @Test
    void wfs11FeatureCollection() throws Exception {
        byte[] features = body(wfs, kvp("1.1.0", "GetFeature", "typeName", "cvl:communes", "maxFeatures", "2"));
        assertValid(features, WFS_110_GML, describeUrl("1.1.0", "cvl:communes"));
    }

    @Test
    void valueCollectionsAndStoredQueries() throws Exception {
        assertValid(body(wfs, kvp("2.0.0", "GetPropertyValue", "typeNames", "cvl:communes", "valueReference",
                "nom", "count", "3")), OfficialSchemas.WFS_20);
        assertValid(body(wfs, kvp("2.0.0", "GetPropertyValue", "typeNames", "cvl:trees", "valueReference",
                "geom", "count", "2")), OfficialSchemas.WFS_20);
        assertValid(body(wfs, kvp("2.0.0", "ListStoredQueries")), OfficialSchemas.WFS_20);
        assertValid(body(wfs, kvp("2.0.0", "DescribeStoredQueries")), OfficialSchemas.WFS_20);
    }

    @Test
    void exceptionReports() throws Exception {
        OwsRequest bad = kvp("2.0.0", "GetFeature", "typeNames", "cvl:nowhere");
        assertThatThrownBy(() -> body(wfs, bad)).isInstanceOfSatisfying(OwsException.class, e -> {
            assertValid(report(e, "2.0.0"), OfficialSchemas.OWS_110_EXCEPTION);
        });
    }

    private static byte[] report(OwsException e, String version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ExceptionReportWriter().write(e, wfs.exceptionReportFormat(version), out);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return out.toByteArray();
    }

    /** The DescribeFeatureType URL the collections point to, as the service writes it. */
    private static String describeUrl(String version, String typeNames) {
        return WfsUrls.describeFeatureType(kvp(version, "GetFeature"),
                version.equals("1.1.0") ? GmlVersion.GML_3_1_1 : GmlVersion.GML_3_2, typeNames);
    }

    /** Answers a DescribeFeatureType URL of this service by running the request. */
    private static byte[] fetch(String url) {
        if (!url.startsWith(SampleWfs.BASE + "/wfs?")) {
            return null;
        }
        KvpParameters.Builder kvp = KvpParameters.builder();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            kvp.add(URLDecoder.decode(kv[0], StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT),
                    URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        KvpParameters parameters = kvp.build();
        String version = parameters.get("VERSION").orElseThrow();
        try {
            return body(wfs, new OwsRequest("WFS", version, "DescribeFeatureType", parameters, null, null,
                    SampleWfs.BASE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertValid(byte[] document, String... schemas) {
        List<String> problems = OfficialSchemas.validator(SchemaValidityTest::fetch, schemas).validate(document);
        String text = new String(document, StandardCharsets.UTF_8);
        assertThat(problems).as(text.substring(0, Math.min(3000, text.length()))).isEmpty();
    }
}
