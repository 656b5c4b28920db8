package fr.crige.ows.exception;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExceptionReportWriterTest {

    private final ExceptionReportWriter writer = new ExceptionReportWriter();

    private byte[] write(OwsException e, ExceptionReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(e, format, out);
        return out.toByteArray();
    }

    @Test
    void ows11ReportForWfs20() throws IOException {
        OwsException e = OwsException.invalidParameter("typeNames", "Unknown type topp:roads");

        ParsedReport report = ParsedReport.parse(write(e, ExceptionReportFormat.ows11("2.0.0")));

        assertThat(report.rootNamespace()).isEqualTo("http://www.opengis.net/ows/1.1");
        assertThat(report.rootName()).isEqualTo("ExceptionReport");
        assertThat(report.version()).isEqualTo("2.0.0");
        assertThat(report.exceptionNamespace()).isEqualTo("http://www.opengis.net/ows/1.1");
        assertThat(report.exceptionName()).isEqualTo("Exception");
        assertThat(report.exceptionAttributes())
                .containsEntry("exceptionCode", "InvalidParameterValue")
                .containsEntry("locator", "typeNames");
        assertThat(report.text()).isEqualTo("Unknown type topp:roads");
    }

    @Test
    void ows10ReportForCsw202() throws IOException {
        OwsException e = new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, null, "failed");

        ParsedReport report = ParsedReport.parse(write(e, ExceptionReportFormat.ows10("1.2.0")));

        assertThat(report.rootNamespace()).isEqualTo("http://www.opengis.net/ows");
        assertThat(report.rootName()).isEqualTo("ExceptionReport");
        assertThat(report.version()).isEqualTo("1.2.0");
        assertThat(report.exceptionAttributes()).containsEntry("exceptionCode", "NoApplicableCode")
                .doesNotContainKey("locator");
    }

    @Test
    void ows10HasNoOperationParsingFailedSoAParseErrorIsNoApplicableCode() throws IOException {
        OwsException e = new OwsException(OwsExceptionCode.OPERATION_PARSING_FAILED, null, "unclosed element");

        assertThat(ParsedReport.parse(write(e, ExceptionReportFormat.ows10("1.2.0"))).exceptionAttributes())
                .containsEntry("exceptionCode", "NoApplicableCode");
        assertThat(ParsedReport.parse(write(e, ExceptionReportFormat.ows11("2.0.0"))).exceptionAttributes())
                .containsEntry("exceptionCode", "OperationParsingFailed");
    }

    @Test
    void wms130ServiceExceptionReport() throws IOException {
        OwsException e = new OwsException(OwsExceptionCode.LAYER_NOT_DEFINED, "layers", "No layer roads");

        ParsedReport report = ParsedReport.parse(write(e, ExceptionReportFormat.WMS_1_3_0));

        assertThat(report.rootNamespace()).isEqualTo("http://www.opengis.net/ogc");
        assertThat(report.rootName()).isEqualTo("ServiceExceptionReport");
        assertThat(report.version()).isEqualTo("1.3.0");
        assertThat(report.exceptionNamespace()).isEqualTo("http://www.opengis.net/ogc");
        assertThat(report.exceptionName()).isEqualTo("ServiceException");
        assertThat(report.exceptionAttributes()).containsEntry("code", "LayerNotDefined")
                .containsEntry("locator", "layers");
        assertThat(report.text()).isEqualTo("No layer roads");
        assertThat(report.hasDoctype()).isFalse();
    }

    @Test
    void wms111ServiceExceptionReportHasNoNamespaceAndADoctype() throws IOException {
        OwsException e = new OwsException(OwsExceptionCode.INVALID_SRS, "srs", "EPSG:9999 is unknown");

        byte[] document = write(e, ExceptionReportFormat.WMS_1_1_1);
        ParsedReport report = ParsedReport.parse(document);

        assertThat(new String(document, StandardCharsets.UTF_8))
                .contains("<!DOCTYPE ServiceExceptionReport SYSTEM");
        assertThat(report.hasDoctype()).isTrue();
        assertThat(report.rootNamespace()).isNullOrEmpty();
        assertThat(report.rootName()).isEqualTo("ServiceExceptionReport");
        assertThat(report.version()).isEqualTo("1.1.1");
        assertThat(report.exceptionNamespace()).isNullOrEmpty();
        assertThat(report.exceptionAttributes()).containsEntry("code", "InvalidSRS");
        assertThat(report.text()).isEqualTo("EPSG:9999 is unknown");
    }

    @Test
    void clientInputInMessagesAndLocatorsIsEscaped() throws IOException {
        String hostile = "</ows:ExceptionText><script>alert(\"x\")</script>&amp;\u0000\u0007";
        OwsException e = OwsException.invalidParameter("a\"b<c", hostile);

        byte[] document = write(e, ExceptionReportFormat.ows11("2.0.0"));
        ParsedReport report = ParsedReport.parse(document);

        assertThat(new String(document, StandardCharsets.UTF_8)).doesNotContain("<script>");
        assertThat(report.text()).isEqualTo("</ows:ExceptionText><script>alert(\"x\")</script>&amp;\uFFFD\uFFFD");
        assertThat(report.exceptionAttributes()).containsEntry("locator", "a\"b<c");
    }

    @Test
    void responseCarriesStatusAndContentType() throws IOException {
        OwsException e = new OwsException(OwsExceptionCode.OPERATION_NOT_SUPPORTED, "request", "no");

        OwsResponse ows = writer.toResponse(e, ExceptionReportFormat.ows11("2.0.0"));
        OwsResponse wms111 = writer.toResponse(OwsException.missingParameter("layers"),
                ExceptionReportFormat.WMS_1_1_1);
        OwsResponse wms130 = writer.toResponse(new OwsException(OwsExceptionCode.INVALID_CRS, "crs", "bad"),
                ExceptionReportFormat.WMS_1_3_0);

        assertThat(ows.status()).isEqualTo(501);
        assertThat(ows.contentType()).isEqualTo("application/xml");
        assertThat(wms111.status()).isEqualTo(400);
        assertThat(wms111.contentType()).isEqualTo("application/vnd.ogc.se_xml");
        assertThat(wms130.status()).isEqualTo(400);
        assertThat(wms130.contentType()).isEqualTo("text/xml");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ows.body().writeTo(body);
        assertThat(ParsedReport.parse(body.toByteArray()).exceptionAttributes())
                .containsEntry("exceptionCode", "OperationNotSupported");
    }

    @Test
    void statusOverrideWins() {
        OwsException e = new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, null, "too big", 413, null);
        assertThat(writer.toResponse(e, ExceptionReportFormat.ows11("2.0.0")).status()).isEqualTo(413);
    }
}
