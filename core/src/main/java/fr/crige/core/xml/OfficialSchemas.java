package fr.crige.core.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates documents against the official OGC, ISO and W3C XML schemas, offline.
 *
 * <p>Tests use it to check that what crige answers is what a strict client expects (CSW 2.0.2, ISO 19139,
 * WFS 2.0, GML 3.2, WMS 1.3.0...); the catalogue uses it to check ISO 19139 records before loading them. The
 * schemas are read from the class path, from the {@code org.jvnet.ogc:ogc-schemas} and
 * {@code org.hisrc.w3c:w3c-schemas} jars, which a module using this class declares (runtime or test scope):
 * every {@code http://schemas.opengis.net/...} and W3C address met while compiling a schema is mapped onto
 * those jars, so validation never reaches the network (schemas.opengis.net is slow, and a server must not
 * depend on it). Addresses that are neither (for example an application schema served by crige itself) are
 * asked of an optional fetcher; without one they fail the compilation.
 *
 * <p>An instance holds one compiled schema and is thread-safe: compile once ({@link #validator}), validate
 * many times. {@code validate} returns the problems, each with its line and column, empty when the
 * document is valid.
 */
public final class OfficialSchemas {

    private static final String OPENGIS = "http://schemas.opengis.net/";
    private static final Map<String, String> W3C = Map.of(
            "http://www.w3.org/1999/xlink.xsd", "w3c/1999/xlink.xsd",
            "http://www.w3.org/2001/xml.xsd", "w3c/2001/xml.xsd",
            "http://www.w3.org/XML/1998/namespace", "w3c/2001/xml.xsd");

    /** Well-known schema roots, to keep tests readable. */
    public static final String CSW_202 = OPENGIS + "csw/2.0.2/CSW-discovery.xsd";
    public static final String CSW_202_PUBLICATION = OPENGIS + "csw/2.0.2/CSW-publication.xsd";
    public static final String ISO_19139_GMD = OPENGIS + "iso/19139/20070417/gmd/gmd.xsd";
    /** ISO 19139 extensions (gmx:Anchor, which INSPIRE records use for thesaurus-backed values). */
    public static final String ISO_19139_GMX = OPENGIS + "iso/19139/20070417/gmx/gmx.xsd";
    /**
     * ISO 19119 service metadata (srv). The bundled schemas have it only in the 2006-05-04 set, which imports
     * the 2006 gmd: give it after {@link #ISO_19139_GMD}, so that the 2007 gmd already holds the namespace
     * and the older import is skipped, as schema processors do for a namespace they already know.
     */
    public static final String ISO_19139_SRV = OPENGIS + "iso/19139/20060504/srv/srv.xsd";
    public static final String WFS_20 = OPENGIS + "wfs/2.0/wfs.xsd";
    public static final String WFS_110 = OPENGIS + "wfs/1.1.0/wfs.xsd";
    public static final String GML_321 = OPENGIS + "gml/3.2.1/gml.xsd";
    public static final String WMS_130 = OPENGIS + "wms/1.3.0/capabilities_1_3_0.xsd";
    public static final String OWS_110_EXCEPTION = OPENGIS + "ows/1.1.0/owsExceptionReport.xsd";

    /** Parsers of the validated documents: untrusted input, so DOCTYPEs (and XXE) are refused. */
    private static final SAXParserFactory PARSERS = SecureXml.newSAXParserFactory();

    private final Schema schema;

    private OfficialSchemas(Schema schema) {
        this.schema = schema;
    }

    /** A validator for documents of the given schema roots (several roots combine into one schema). */
    public static OfficialSchemas validator(String... schemaUrls) {
        return validator(url -> null, schemaUrls);
    }

    /**
     * A validator whose schema may also import documents outside the official sets, such as a WFS
     * application schema: {@code fetcher} returns their bytes (or null when unknown).
     */
    public static OfficialSchemas validator(Function<String, byte[]> fetcher, String... schemaUrls) {
        SchemaFactory factory = SecureXml.newSchemaFactory();
        factory.setResourceResolver(new OfflineResolver(fetcher));
        List<Source> roots = new ArrayList<>();
        for (String url : schemaUrls) {
            byte[] bytes = bytesOf(url, fetcher);
            if (bytes == null) {
                throw new IllegalArgumentException("No schema known at " + url);
            }
            roots.add(new StreamSource(new ByteArrayInputStream(bytes), url));
        }
        try {
            return new OfficialSchemas(factory.newSchema(roots.toArray(Source[]::new)));
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot compile " + List.of(schemaUrls) + ": " + e.getMessage(), e);
        }
    }

    /** The validation problems of {@code xml}, each with its line and column; empty when valid. */
    public List<String> validate(String xml) {
        return validate(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The validation problems of an encoded document; empty when valid. */
    public List<String> validate(byte[] xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (e.g. an unresolvable xsi:schemaLocation hint) are not validity errors
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            XMLReader reader = PARSERS.newSAXParser().getXMLReader();
            validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static byte[] bytesOf(String url, Function<String, byte[]> fetcher) {
        String resource = null;
        if (url.startsWith(OPENGIS)) {
            resource = "ogc/" + url.substring(OPENGIS.length());
        } else if (W3C.containsKey(url)) {
            resource = W3C.get(url);
        }
        if (resource == null) {
            return fetcher.apply(url);
        }
        try (InputStream in = OfficialSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DOMImplementationLS loadSaveImplementation() {
        try {
            return (DOMImplementationLS) SecureXml.newDocumentBuilderFactory().newDocumentBuilder()
                    .getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK DOM implementation is not available", e);
        }
    }

    /**
     * Maps schema addresses onto the bundled copies; resolves relative includes against the parent's address.
     * The inputs are the JDK's own {@link LSInput}s ({@link DOMImplementationLS#createLSInput}).
     */
    private record OfflineResolver(Function<String, byte[]> fetcher, DOMImplementationLS ls)
            implements LSResourceResolver {

        OfflineResolver(Function<String, byte[]> fetcher) {
            this(fetcher, loadSaveImplementation());
        }

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            if (systemId == null) {
                return null;
            }
            String absolute = baseUri == null ? systemId : URI.create(baseUri).resolve(systemId).toString();
            byte[] bytes = bytesOf(absolute, fetcher);
            if (bytes == null) {
                throw new IllegalStateException("Schema not available offline: " + absolute);
            }
            LSInput input = ls.createLSInput();
            input.setSystemId(absolute);
            input.setPublicId(publicId);
            input.setBaseURI(absolute);
            input.setByteStream(new ByteArrayInputStream(bytes));
            return input;
        }
    }
}
