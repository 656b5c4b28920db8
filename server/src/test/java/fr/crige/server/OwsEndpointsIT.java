package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OWS endpoints answer, globally, per workspace and under /geoserver, with standard exception reports. */
class OwsEndpointsIT extends ServerTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/wfs", "/ows", "/cvl/wfs", "/cvl/ows", "/geoserver/wfs", "/geoserver/ows",
        "/geoserver/cvl/wfs", "/geoserver/cvl/ows"})
    void capabilitiesAnswerOnEveryWfsPath(String path) {
        HttpResponse<String> r = get(path + "?SERVICE=WFS&REQUEST=GetCapabilities");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("WFS_Capabilities");
    }

    @Test
    void keysAreCaseInsensitive() {
        HttpResponse<String> r = get("/ows?sErViCe=WFS&ReQuEsT=GetCapabilities");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("WFS_Capabilities");
    }

    @Test
    void aVirtualServiceListsOnlyItsWorkspace() {
        HttpResponse<String> r = get("/cvl/wfs?SERVICE=WFS&REQUEST=GetCapabilities");
        assertThat(r.body()).contains("cvl:communes");
    }

    @Test
    void anUnknownServiceIsAnInvalidParameterValue() {
        HttpResponse<String> r = get("/ows?service=FOO&request=GetCapabilities");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ExceptionReport", "exceptionCode=\"InvalidParameterValue\"",
                "locator=\"service\"");
    }

    @Test
    void aServiceThatIsNotInstalledAnswersAnExceptionReportOnItsPath() {
        HttpResponse<String> r = get("/wcs?request=GetCapabilities");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("exceptionCode=\"InvalidParameterValue\"", "locator=\"service\"");
    }

    @Test
    void aMissingServiceOnTheGenericEndpointIsAMissingParameterValue() {
        HttpResponse<String> r = get("/ows?request=GetCapabilities");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("exceptionCode=\"MissingParameterValue\"", "locator=\"service\"");
    }

    @Test
    void aMissingRequestIsAMissingParameterValue() {
        HttpResponse<String> r = get("/wfs?service=WFS");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("exceptionCode=\"MissingParameterValue\"", "locator=\"request\"");
    }

    @Test
    void anUnknownRequestIsOperationNotSupported() {
        HttpResponse<String> r = get("/wfs?service=WFS&version=2.0.0&request=Explode");
        assertThat(r.statusCode()).isEqualTo(501);
        assertThat(r.body()).contains("exceptionCode=\"OperationNotSupported\"", "locator=\"request\"");
    }

    @Test
    void anUnknownWorkspaceIsNotFound() {
        HttpResponse<String> r = get("/nowhere/wfs?service=WFS&request=GetCapabilities");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("exceptionCode=\"NotFound\"");
    }

    @Test
    void externalEntitiesInXmlRequestsAreRefusedNotExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<GetCapabilities xmlns=\"http://www.opengis.net/wfs/2.0\" service=\"WFS\">&x;</GetCapabilities>";
        HttpResponse<String> r = post("/wfs", "application/xml", xxe);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("exceptionCode=\"OperationParsingFailed\"").doesNotContain("root:");
    }

    @Test
    void aHostilePropertyNameInAFilterIsRejectedWithItsLocator() {
        HttpResponse<String> r = get("/cvl/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=cvl:communes"
                + "&sortBy=nom%3B%20DROP%20TABLE%20communes");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("exceptionCode=\"InvalidParameterValue\"");
        assertThat(get("/cvl/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=cvl:communes"
                + "&resultType=hits").body()).contains("numberMatched=\"1754\"");
    }

    @Test
    void aHostileValueMatchesNothingAndBreaksNothing() {
        String filter = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo>"
                + "<fes:ValueReference>nom</fes:ValueReference><fes:Literal>' OR 1=1 --</fes:Literal>"
                + "</fes:PropertyIsEqualTo></fes:Filter>";
        HttpResponse<String> r = get("/cvl/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=cvl:communes"
                + "&resultType=hits&filter=" + java.net.URLEncoder.encode(filter, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("numberMatched=\"0\"");
    }

    @Test
    void wmsLayersLinkToTheirCatalogueRecord() throws InterruptedException {
        awaitCatalogueRecords();
        HttpResponse<String> caps = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");
        assertThat(caps.statusCode()).isEqualTo(200);
        assertThat(caps.body()).contains("<MetadataURL", "REQUEST=GetRecordById");
        String recordUrl = caps.body().replaceAll("(?s).*?<MetadataURL[^>]*>.*?xlink:href=\"([^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        HttpResponse<String> record = get(recordUrl.substring(recordUrl.indexOf("/csw")));
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains("MD_Metadata");
    }

    @Test
    void wfsFeatureTypesLinkToTheirCatalogueRecord() throws InterruptedException {
        awaitCatalogueRecords();
        HttpResponse<String> caps = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities");
        assertThat(caps.statusCode()).isEqualTo(200);
        String communes = caps.body().replaceAll("(?s).*?(<wfs:FeatureType>\\s*<wfs:Name>cvl:communes<.*?</wfs:FeatureType>).*",
                "$1");
        assertThat(communes).contains("MetadataURL", "REQUEST=GetRecordById");
    }

    @Test
    void theInspireDownloadServicePointsToItsServiceRecordAndNamesItsDataSets() throws InterruptedException {
        awaitCatalogueRecords();
        String caps = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities").body();
        String serviceRecord = caps.replaceAll("(?s).*<inspire_common:MetadataUrl>\\s*<inspire_common:URL>([^<]+)<.*",
                "$1").replace("&amp;", "&");
        assertThat(serviceRecord).contains("/csw?", "REQUEST=GetRecordById");
        HttpResponse<String> record = get(serviceRecord.substring(serviceRecord.indexOf("/csw")));
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains("srv:SV_ServiceIdentification", "download");
        assertThat(caps).contains("<inspire_dls:SpatialDataSetIdentifier",
                "<inspire_common:Code>cvl:communes</inspire_common:Code>",
                "<inspire_common:Namespace>urn:crige:workspace:cvl</inspire_common:Namespace>");
    }

    /**
     * The server answers before the records of the published layers are written (in the background): waits
     * until the status says they all are.
     */
    private void awaitCatalogueRecords() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String status = "";
        while (System.nanoTime() < deadline) {
            status = get("/rest/csw/publication").body();
            if (status.contains("\"state\":\"DONE\"") && status.contains("\"queuedChanges\":0")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The catalogue records are not written after 30 s: " + status);
    }

    @Test
    void aMapOfTheSampleDataIsDrawn() {
        HttpResponse<byte[]> map = sendBytes("/cvl/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=communes,roads"
                + "&STYLES=&CRS=EPSG:2154&BBOX=500000,6620000,720000,6820000&WIDTH=256&HEIGHT=256&FORMAT=image/png");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(map.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void cswTransactionNeedsTheAdministratorsCredentials() throws Exception {
        String record = Files.readString(Path.of("..", "data-dir", "csw", "records", "trees.xml"))
                .replaceFirst("<\\?xml[^>]*>", "")
                .replace("3f1c2a64-7d1e-4c5b-9a61-0c2f7b9e1a05", "it-inserted-record");
        String insert = "<csw:Transaction xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\" service=\"CSW\""
                + " version=\"2.0.2\"><csw:Insert>" + record + "</csw:Insert></csw:Transaction>";

        HttpResponse<String> anonymous = post("/csw", "application/xml", insert);
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> admin = send(request("/csw").header("Content-Type", "application/xml")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        assertThat(admin.body()).contains("totalInserted>1<");
        assertThat(get("/csw?service=CSW&version=2.0.2&request=GetRecordById&id=it-inserted-record").body())
                .contains("it-inserted-record");
    }
}
