package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.xml.OfficialSchemas;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the running server answers over HTTP validates against the official schemas, as strict clients
 * (OWSLib, GeoNetwork's harvester, the OGC suites) expect: WFS 2.0 capabilities and GML 3.2 features (with the
 * application schema the server itself describes), WMS 1.3.0 capabilities, CSW 2.0.2 responses with ISO 19139
 * records, and OWS exception reports.
 */
class OfficialSchemasIT extends ServerTestSupport {

    private void assertValid(String path, String... schemas) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isLessThan(500);
        assertThat(OfficialSchemas.validator(schemas).validate(response.body())).as(path).isEmpty();
    }

    @Test
    void wfsCapabilitiesAndExceptionReports() {
        assertValid("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities", OfficialSchemas.WFS_20);
        assertValid("/cvl/wfs?SERVICE=WFS&VERSION=2.0.2&REQUEST=GetCapabilities", OfficialSchemas.WFS_20);
        assertValid("/wfs?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetCapabilities", OfficialSchemas.WFS_110);
        assertValid("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=cvl:nothing",
                OfficialSchemas.OWS_110_EXCEPTION);
    }

    @Test
    void gmlFeaturesValidateWithTheApplicationSchemaTheServerDescribes() {
        String describe = "/cvl/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=communes,trees";
        byte[] applicationSchema = get(describe).body().getBytes(StandardCharsets.UTF_8);
        String features = get("/cvl/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=communes,trees"
                + "&COUNT=5").body();
        String namespace = "urn:crige:workspace:cvl";
        // the application schema is fetched from the server itself, through the fetcher
        OfficialSchemas validator = OfficialSchemas.validator(url -> url.equals("crige:cvl") ? applicationSchema : null,
                OfficialSchemas.WFS_20, "crige:cvl");

        assertThat(features).contains(namespace);
        assertThat(validator.validate(features)).isEmpty();
    }

    /** sld:DescribeLayer, declared as an extended operation, is defined by the SLD 1.1 capabilities schema. */
    private static final String SLD_CAPABILITIES = "http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd";

    @Test
    void wmsCapabilities() {
        assertValid("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", OfficialSchemas.WMS_130,
                SLD_CAPABILITIES);
        assertValid("/cvl/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", OfficialSchemas.WMS_130,
                SLD_CAPABILITIES);
    }

    @Test
    void cswResponsesWithIsoRecords() {
        // inspire_ds:ExtendedCapabilities substitutes ows:ExtendedCapabilities in the INSPIRE discovery schema,
        // which is not bundled: it is checked to be there, then the rest is validated without it
        String capabilities = get("/csw?SERVICE=CSW&VERSION=2.0.2&REQUEST=GetCapabilities").body();
        assertThat(capabilities).contains("<inspire_ds:ExtendedCapabilities");
        String withoutInspire = capabilities.replaceAll(
                "(?s)<inspire_ds:ExtendedCapabilities.*</inspire_ds:ExtendedCapabilities>", "");
        assertThat(OfficialSchemas.validator(OfficialSchemas.CSW_202).validate(withoutInspire)).isEmpty();
        assertValid("/csw?SERVICE=CSW&VERSION=2.0.2&REQUEST=GetRecords&TYPENAMES=gmd:MD_Metadata"
                + "&NAMESPACE=xmlns(gmd=http://www.isotc211.org/2005/gmd)&RESULTTYPE=results"
                + "&OUTPUTSCHEMA=http://www.isotc211.org/2005/gmd&ELEMENTSETNAME=full&MAXRECORDS=10",
                OfficialSchemas.CSW_202, OfficialSchemas.ISO_19139_GMD, OfficialSchemas.ISO_19139_GMX,
                OfficialSchemas.ISO_19139_SRV);
        assertValid("/csw?SERVICE=CSW&VERSION=2.0.2&REQUEST=GetRecords&TYPENAMES=csw:Record&RESULTTYPE=results"
                + "&ELEMENTSETNAME=summary&CONSTRAINTLANGUAGE=CQL_TEXT&CONSTRAINT_LANGUAGE_VERSION=1.1.0"
                + "&CONSTRAINT=AnyText%20LIKE%20%27%25arbre%25%27", OfficialSchemas.CSW_202);
    }
}
