package fr.crige.ows.exception;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes OGC exception reports in every {@link ExceptionReportFormat}. The single place where error documents
 * are produced, so that escaping is never forgotten: messages and locators often echo client input (a layer
 * name, a parameter value), and the StAX writer escapes markup and replaces characters that XML 1.0 cannot
 * carry (control characters) instead of producing a document the client cannot parse.
 */
public final class ExceptionReportWriter {

    private static final String OWS_PREFIX = "ows";
    private static final char REPLACEMENT = '\uFFFD';

    private final XMLOutputFactory outputFactory;

    public ExceptionReportWriter() {
        outputFactory = new WstxOutputFactory();
        outputFactory.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
                new InvalidCharHandler.ReplacingHandler(REPLACEMENT));
    }

    /** The exception as a complete response: the exception's HTTP status and the format's content type. */
    public OwsResponse toResponse(OwsException exception, ExceptionReportFormat format) {
        return OwsResponse.ok(format.contentType(), out -> write(exception, format, out))
                .withStatus(exception.httpStatus());
    }

    /** Writes the report as UTF-8 XML; does not close the stream. */
    public void write(OwsException exception, ExceptionReportFormat format, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = outputFactory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            switch (format.encoding()) {
                case OWS_1_1, OWS_1_0 -> writeOws(xml, exception, format);
                case WMS_1_3_0 -> writeWms130(xml, exception, format);
                case WMS_1_1_1 -> writeWms111(xml, exception, format);
            }
            xml.writeEndDocument();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the exception report", e);
        }
    }

    /**
     * The code as the report's OWS version defines it: OWS 1.0 (CSW 2.0.2, WFS 1.1.0) has no
     * OperationParsingFailed, a code of OWS 1.1/WFS 2.0, so an unparsable request is NoApplicableCode there.
     */
    private static String owsCode(OwsExceptionCode code, ExceptionReportFormat format) {
        return format.encoding() == ExceptionReportFormat.Encoding.OWS_1_0
                && code.equals(OwsExceptionCode.OPERATION_PARSING_FAILED)
                ? OwsExceptionCode.NO_APPLICABLE_CODE.name() : code.name();
    }

    private static void writeOws(XMLStreamWriter xml, OwsException exception, ExceptionReportFormat format)
            throws XMLStreamException {
        String ns = format.encoding().namespace();
        xml.setPrefix(OWS_PREFIX, ns);
        xml.writeStartElement(OWS_PREFIX, "ExceptionReport", ns);
        xml.writeNamespace(OWS_PREFIX, ns);
        writeSchemaLocation(xml, ns, format.encoding().schemaLocation());
        xml.writeAttribute("version", format.version());
        xml.writeStartElement(OWS_PREFIX, "Exception", ns);
        xml.writeAttribute("exceptionCode", owsCode(exception.code(), format));
        writeLocator(xml, exception);
        xml.writeStartElement(OWS_PREFIX, "ExceptionText", ns);
        xml.writeCharacters(exception.getMessage());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void writeWms130(XMLStreamWriter xml, OwsException exception, ExceptionReportFormat format)
            throws XMLStreamException {
        String ns = format.encoding().namespace();
        xml.setDefaultNamespace(ns);
        xml.writeStartElement(ns, "ServiceExceptionReport");
        xml.writeDefaultNamespace(ns);
        writeSchemaLocation(xml, ns, format.encoding().schemaLocation());
        xml.writeAttribute("version", format.version());
        writeServiceException(xml, exception, ns);
        xml.writeEndElement();
    }

    private static void writeWms111(XMLStreamWriter xml, OwsException exception, ExceptionReportFormat format)
            throws XMLStreamException {
        xml.writeDTD("<!DOCTYPE ServiceExceptionReport SYSTEM \"" + format.encoding().schemaLocation() + "\">");
        xml.writeStartElement("ServiceExceptionReport");
        xml.writeAttribute("version", format.version());
        writeServiceException(xml, exception, XMLConstants.NULL_NS_URI);
        xml.writeEndElement();
    }

    private static void writeServiceException(XMLStreamWriter xml, OwsException exception, String ns)
            throws XMLStreamException {
        xml.writeStartElement(ns, "ServiceException");
        xml.writeAttribute("code", exception.code().name());
        writeLocator(xml, exception);
        xml.writeCharacters(exception.getMessage());
        xml.writeEndElement();
    }

    private static void writeSchemaLocation(XMLStreamWriter xml, String ns, String schemaLocation)
            throws XMLStreamException {
        xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
        xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation",
                ns + " " + schemaLocation);
    }

    private static void writeLocator(XMLStreamWriter xml, OwsException exception) throws XMLStreamException {
        if (exception.locator() != null) {
            xml.writeAttribute("locator", exception.locator());
        }
    }
}
