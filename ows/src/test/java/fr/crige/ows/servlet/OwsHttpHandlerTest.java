package fr.crige.ows.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsResponse;
import fr.crige.ows.OwsServiceRegistry;
import fr.crige.ows.TestService;
import fr.crige.ows.dispatch.TruncatedResponseException;
import fr.crige.ows.exception.ParsedReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Dispatch end to end, through the servlet adapter, with test services standing in for WFS and WMS. */
class OwsHttpHandlerTest {

    private final TestService wfs = new TestService("WFS", List.of("1.1.0", "2.0.0"), null)
            .with("Boom", request -> {
                throw new IllegalStateException("secret internal detail");
            })
            .with("Refuse", request -> {
                throw new OwsException(OwsExceptionCode.OPTION_NOT_SUPPORTED, "resultType", "No hits");
            })
            .with("Download", request -> OwsResponse.ok("application/zip", out -> out.write(new byte[] {1, 2}))
                    .withHeader("Content-Disposition", "attachment; filename=\"roads.zip\""))
            .with("FailWhileStreaming", request -> OwsResponse.ok("text/csv", out -> {
                out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
                throw new IOException("store connection lost");
            }))
            .with("FailAfterSending", request -> OwsResponse.ok("text/csv", out -> {
                out.write("a,b\n".repeat(10_000).getBytes(StandardCharsets.UTF_8));
                throw new IllegalStateException("store failed at row 10001");
            }));
    private final TestService wms = new TestService("WMS", List.of("1.1.1", "1.3.0"), null);
    private final OwsServiceRegistry registry = new OwsServiceRegistry();

    OwsHttpHandlerTest() {
        registry.register(wfs);
        registry.register(wms);
    }

    private OwsHttpHandler handler(OwsSettings settings) {
        return new OwsHttpHandler(registry, Set.of("topp")::contains, settings);
    }

    private MockHttpServletResponse get(String path, String query) throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler(OwsSettings.defaults()).handle(request, response);
        return response;
    }

    private MockHttpServletResponse post(String path, String contentType, String body, OwsSettings settings)
            throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServletPath(path);
        request.setContentType(contentType);
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler(settings).handle(request, response);
        return response;
    }

    private static ParsedReport report(MockHttpServletResponse response) {
        return ParsedReport.parse(response.getContentAsByteArray());
    }

    @Test
    void routesAKvpRequestWithCaseInsensitiveNames() throws IOException {
        MockHttpServletResponse response = get("/ows", "service=WFS&Request=getfeature&VERSION=2.0.0");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/plain");
        assertThat(response.getContentAsString()).isEqualTo("WFS 2.0.0 GetFeature - http://localhost");
    }

    @Test
    void aServicePathImpliesTheService() throws IOException {
        MockHttpServletResponse response = get("/geoserver/wms", "REQUEST=GetCapabilities&VERSION=1.2.0");

        assertThat(response.getContentAsString()).isEqualTo("WMS 1.1.1 GetCapabilities - http://localhost");
    }

    @Test
    void aVirtualServiceCarriesItsWorkspace() throws IOException {
        assertThat(get("/topp/wfs", "request=GetCapabilities&acceptversions=3.0.0,1.1.0").getContentAsString())
                .isEqualTo("WFS 1.1.0 GetCapabilities topp http://localhost");
    }

    @Test
    void anUnknownWorkspaceIsNotFound() throws IOException {
        MockHttpServletResponse response = get("/nowhere/wfs", "request=GetCapabilities");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(report(response).exceptionAttributes()).containsEntry("exceptionCode", "NotFound");
        assertThat(report(response).text()).contains("nowhere");
    }

    @Test
    void aServiceContradictingThePathIsInvalid() throws IOException {
        MockHttpServletResponse response = get("/wms", "SERVICE=WFS&REQUEST=GetCapabilities");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(report(response).exceptionAttributes())
                .containsEntry("exceptionCode", "InvalidParameterValue")
                .containsEntry("locator", "service");
    }

    @Test
    void anUnknownServiceIsInvalidAndReportedInTheGenericFormat() throws IOException {
        MockHttpServletResponse response = get("/ows", "SERVICE=WPS&REQUEST=GetCapabilities");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/xml");
        ParsedReport report = report(response);
        assertThat(report.rootNamespace()).isEqualTo("http://www.opengis.net/ows/1.1");
        assertThat(report.version()).isEqualTo("1.1.0");
        assertThat(report.exceptionAttributes())
                .containsEntry("exceptionCode", "InvalidParameterValue")
                .containsEntry("locator", "service");
        assertThat(report.text()).contains("WPS", "WFS", "WMS");
    }

    @Test
    void aMissingServiceOnTheGenericEndpointIsMissing() throws IOException {
        MockHttpServletResponse response = get("/ows", "REQUEST=GetCapabilities");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(report(response).exceptionAttributes())
                .containsEntry("exceptionCode", "MissingParameterValue")
                .containsEntry("locator", "service");
    }

    @Test
    void aMissingRequestIsMissing() throws IOException {
        assertThat(report(get("/wfs", "SERVICE=WFS&VERSION=2.0.0")).exceptionAttributes())
                .containsEntry("exceptionCode", "MissingParameterValue")
                .containsEntry("locator", "request");
    }

    @Test
    void anUnknownRequestIsNotSupportedInTheServiceFormat() throws IOException {
        MockHttpServletResponse response = get("/wms", "REQUEST=GetTile&VERSION=1.1.1");

        assertThat(response.getStatus()).isEqualTo(501);
        assertThat(response.getContentType()).isEqualTo("application/vnd.ogc.se_xml");
        ParsedReport report = report(response);
        assertThat(report.rootName()).isEqualTo("ServiceExceptionReport");
        assertThat(report.version()).isEqualTo("1.1.1");
        assertThat(report.exceptionAttributes())
                .containsEntry("code", "OperationNotSupported")
                .containsEntry("locator", "request");
    }

    @Test
    void operationsOtherThanGetCapabilitiesNeedASupportedVersion() throws IOException {
        assertThat(report(get("/wfs", "REQUEST=GetFeature")).exceptionAttributes())
                .containsEntry("exceptionCode", "MissingParameterValue")
                .containsEntry("locator", "version");
        MockHttpServletResponse unsupported = get("/wfs", "REQUEST=GetFeature&VERSION=3.0.0");
        assertThat(report(unsupported).exceptionAttributes())
                .containsEntry("exceptionCode", "InvalidParameterValue")
                .containsEntry("locator", "version");
        assertThat(report(unsupported).version()).isEqualTo("9.9.9");
    }

    @Test
    void failedVersionNegotiation() throws IOException {
        MockHttpServletResponse response = get("/wfs", "REQUEST=GetCapabilities&ACCEPTVERSIONS=3.0.0");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(report(response).exceptionAttributes())
                .containsEntry("exceptionCode", "VersionNegotiationFailed")
                .doesNotContainKey("locator");
    }

    @Test
    void anOperationsOwsExceptionIsReportedWithItsCodeInTheNegotiatedVersionFormat() throws IOException {
        MockHttpServletResponse response = get("/wfs", "REQUEST=Refuse&VERSION=2.0.0");

        assertThat(response.getStatus()).isEqualTo(501);
        ParsedReport report = report(response);
        assertThat(report.version()).isEqualTo("2.0.0");
        assertThat(report.exceptionAttributes())
                .containsEntry("exceptionCode", "OptionNotSupported")
                .containsEntry("locator", "resultType");
    }

    @Test
    void anUnexpectedFailureIsAGenericServerError() throws IOException {
        MockHttpServletResponse response = get("/wfs", "REQUEST=Boom&VERSION=2.0.0");

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(report(response).exceptionAttributes()).containsEntry("exceptionCode", "NoApplicableCode");
        assertThat(response.getContentAsString()).doesNotContain("secret", "IllegalStateException", "at fr.");
    }

    @Test
    void aFailureWhileStreamingIsReplacedByAReportWhenNothingWasSent() throws IOException {
        MockHttpServletResponse response = get("/wfs", "REQUEST=FailWhileStreaming&VERSION=2.0.0");

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo("application/xml");
        assertThat(response.getContentAsString()).doesNotContain("a,b", "store connection");
        assertThat(report(response).exceptionAttributes()).containsEntry("exceptionCode", "NoApplicableCode");
    }

    @Test
    void aFailureAfterPartOfTheResponseWasSentEscapesSoTheContainerCutsTheConnection() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/wfs");
        request.setServletPath("/wfs");
        request.setQueryString("REQUEST=FailAfterSending&VERSION=2.0.0");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> handler(OwsSettings.defaults()).handle(request, response))
                .isInstanceOf(TruncatedResponseException.class)
                .hasMessageContaining("truncated")
                .hasRootCauseMessage("store failed at row 10001");
        assertThat(response.isCommitted()).isTrue();
        assertThat(response.getContentAsString()).doesNotContain("ExceptionReport");
    }

    @Test
    void responseHeadersAndBinaryBodiesPassThrough() throws IOException {
        MockHttpServletResponse response = get("/wfs", "REQUEST=Download&VERSION=2.0.0");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"roads.zip\"");
        assertThat(response.getContentAsByteArray()).containsExactly(1, 2);
    }

    @Test
    void routesAnXmlPostByItsRootElement() throws IOException {
        String body = """
                <wfs:GetFeature service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0">
                  <wfs:Query typeNames="topp:states"/>
                </wfs:GetFeature>""";

        MockHttpServletResponse response = post("/ows", "text/xml", body, OwsSettings.defaults());

        assertThat(response.getContentAsString()).isEqualTo("WFS 2.0.0 GetFeature - http://localhost");
        assertThat(wfs.lastRequest.isXml()).isTrue();
        assertThat(wfs.lastRequest.xmlBody().orElseThrow().readAllBytes())
                .isEqualTo(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anXmlGetCapabilitiesNegotiatesWithItsAcceptVersions() throws IOException {
        String body = """
                <GetCapabilities service="WFS" xmlns="http://www.opengis.net/wfs"
                    xmlns:ows="http://www.opengis.net/ows">
                  <ows:AcceptVersions><ows:Version>1.1.0</ows:Version></ows:AcceptVersions>
                </GetCapabilities>""";

        assertThat(post("/wfs", "application/xml", body, OwsSettings.defaults()).getContentAsString())
                .startsWith("WFS 1.1.0 GetCapabilities");
    }

    @Test
    void unparsableXmlIsOperationParsingFailed() throws IOException {
        MockHttpServletResponse response = post("/wfs", "text/xml", "<GetFeature", OwsSettings.defaults());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(report(response).exceptionAttributes())
                .containsEntry("exceptionCode", "OperationParsingFailed");
    }

    @Test
    void aFormPostIsKvp() throws IOException {
        MockHttpServletResponse response = post("/ows", "application/x-www-form-urlencoded; charset=UTF-8",
                "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0", OwsSettings.defaults());

        assertThat(response.getContentAsString()).startsWith("WMS 1.3.0 GetCapabilities");
        assertThat(wms.lastRequest.isXml()).isFalse();
    }

    @Test
    void xmlSentWithTheFormContentTypeIsStillXml() throws IOException {
        MockHttpServletResponse response = post("/ows", "application/x-www-form-urlencoded",
                "\n  <GetFeature service=\"WFS\" version=\"1.1.0\"/>", OwsSettings.defaults());

        assertThat(response.getContentAsString()).startsWith("WFS 1.1.0 GetFeature");
        assertThat(wfs.lastRequest.isXml()).isTrue();
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws IOException {
        OwsSettings small = new OwsSettings(64, null, false);
        String body = "<GetFeature service=\"WFS\" version=\"2.0.0\">" + "x".repeat(100) + "</GetFeature>";

        MockHttpServletResponse response = post("/wfs", "text/xml", body, small);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(report(response).exceptionAttributes()).containsEntry("exceptionCode", "NoApplicableCode");
    }

    @Test
    void otherHttpMethodsAreRefused() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/wfs");
        request.setServletPath("/wfs");
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler(OwsSettings.defaults()).handle(request, response);

        assertThat(response.getStatus()).isEqualTo(405);
    }

    @Test
    void aPathThatIsNoEndpointIsNotFound() throws IOException {
        assertThat(get("/topp/states", "SERVICE=WFS").getStatus()).isEqualTo(404);
    }

    @Test
    void aWellKnownServiceThatIsNotInstalledIsAnInvalidServiceValue() throws IOException {
        MockHttpServletResponse response = get("/wcs", "REQUEST=GetCapabilities");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("InvalidParameterValue").contains("locator=\"service\"")
                .contains("Unknown service WCS");
    }

    @Test
    void baseUrlComesFromTheHostHeaderAndContextPath() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/crige/wfs");
        request.setContextPath("/crige");
        request.setServletPath("/wfs");
        request.setQueryString("request=GetCapabilities");
        request.addHeader("Host", "geo.example.fr:8443");
        request.setScheme("https");
        request.addHeader("X-Forwarded-Host", "ignored.example.org");

        MockHttpServletResponse response = new MockHttpServletResponse();
        handler(OwsSettings.defaults()).handle(request, response);

        assertThat(wfs.lastRequest.baseUrl()).isEqualTo("https://geo.example.fr:8443/crige");
    }

    @Test
    void baseUrlHonoursTrustedForwardedHeaders() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/wfs");
        request.setServletPath("/wfs");
        request.setQueryString("request=GetCapabilities");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "geo.example.fr, internal:8080");

        handler(new OwsSettings(1024, null, true)).handle(request, new MockHttpServletResponse());

        assertThat(wfs.lastRequest.baseUrl()).isEqualTo("https://geo.example.fr");
    }

    @Test
    void aConfiguredProxyBaseUrlWins() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/wfs");
        request.setServletPath("/wfs");
        request.setQueryString("request=GetCapabilities");
        request.addHeader("X-Forwarded-Host", "other.example.org");

        handler(new OwsSettings(1024, "https://data.crige.fr/geoserver/", true))
                .handle(request, new MockHttpServletResponse());

        assertThat(wfs.lastRequest.baseUrl()).isEqualTo("https://data.crige.fr/geoserver");
    }
}
