package fr.crige.ows.exception;

import java.util.Objects;

/**
 * How a service encodes its exception reports, chosen by the service for each of its versions.
 *
 * @param encoding the document schema
 * @param version  the value of the report's {@code version} attribute; OWS Common leaves it to each service
 *                 standard (WFS 2.0 requires {@code 2.0.0}, CSW 2.0.2 uses {@code 1.2.0}), the WMS
 *                 encodings fix it
 */
public record ExceptionReportFormat(Encoding encoding, String version) {

    /** The exception report schemas in use among the supported services. */
    public enum Encoding {
        /** OWS Common 1.1 {@code ows:ExceptionReport} (WFS 2.0, WMTS 1.0, WCS 2.0). */
        OWS_1_1("http://www.opengis.net/ows/1.1", "application/xml",
                "http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd"),
        /** OWS Common 1.0 {@code ows:ExceptionReport} (WFS 1.1, CSW 2.0.2). */
        OWS_1_0("http://www.opengis.net/ows", "application/xml",
                "http://schemas.opengis.net/ows/1.0.0/owsExceptionReport.xsd"),
        /** WMS 1.3.0 {@code ServiceExceptionReport} in the OGC namespace. */
        WMS_1_3_0("http://www.opengis.net/ogc", "text/xml",
                "http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd"),
        /** WMS 1.1.1 {@code ServiceExceptionReport}: no namespace, a DTD, its own MIME type. */
        WMS_1_1_1(null, "application/vnd.ogc.se_xml", "http://schemas.opengis.net/wms/1.1.1/WMS_exception_1_1_1.dtd");

        private final String namespace;
        private final String contentType;
        private final String schemaLocation;

        Encoding(String namespace, String contentType, String schemaLocation) {
            this.namespace = namespace;
            this.contentType = contentType;
            this.schemaLocation = schemaLocation;
        }

        /** The namespace of the report elements, or null for none. */
        public String namespace() {
            return namespace;
        }

        public String contentType() {
            return contentType;
        }

        /** The public location of the XML schema (or, for WMS 1.1.1, of the DTD). */
        public String schemaLocation() {
            return schemaLocation;
        }
    }

    public static final ExceptionReportFormat WMS_1_3_0 = new ExceptionReportFormat(Encoding.WMS_1_3_0, "1.3.0");
    public static final ExceptionReportFormat WMS_1_1_1 = new ExceptionReportFormat(Encoding.WMS_1_1_1, "1.1.1");

    public ExceptionReportFormat {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(version, "version");
    }

    /** An OWS Common 1.1 report whose {@code version} attribute is the given one. */
    public static ExceptionReportFormat ows11(String version) {
        return new ExceptionReportFormat(Encoding.OWS_1_1, version);
    }

    /** An OWS Common 1.0 report whose {@code version} attribute is the given one. */
    public static ExceptionReportFormat ows10(String version) {
        return new ExceptionReportFormat(Encoding.OWS_1_0, version);
    }

    public String contentType() {
        return encoding.contentType();
    }
}
