package fr.crige.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.crs.CrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreManager;
import fr.crige.core.xml.SecureXml;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsResponse;
import fr.crige.store.geopackage.GeoPackageStoreFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** Helpers of the WMS tests: sample data, response bodies, XPath over answers, image comparison. */
final class WmsTestSupport {

    private WmsTestSupport() {
    }

    /** A call expected to fail. */
    interface Call {
        Object run() throws Exception;
    }

    static void assertCode(Call call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(OwsException.class,
                e -> assertThat(e.code().name()).isEqualTo(code));
    }

    static byte[] body(OwsResponse r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.body().writeTo(out);
        return out.toByteArray();
    }

    /** The share of pixels whose colour differs by more than 48 on a channel (antialiasing and fonts vary). */
    static double difference(BufferedImage a, BufferedImage b) {
        int differing = 0;
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 24; shift += 8) {
                    if (Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)) > 48) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing / (double) (a.getWidth() * a.getHeight());
    }

    static int countNotWhite(BufferedImage image) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        return n;
    }

    /** Parses an XML answer; a DOCTYPE (WMS 1.1.1) is dropped first, as the parser refuses them. */
    static Document xml(byte[] body) throws Exception {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = text.startsWith("<?xml") && text.contains("<!DOCTYPE")
                ? text.replaceFirst("<!DOCTYPE[^>]*>", "").getBytes(java.nio.charset.StandardCharsets.UTF_8) : body;
        return SecureXml.newDocumentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static String text(Document doc, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "wms" -> "http://www.opengis.net/wms";
                    case "sld" -> "http://www.opengis.net/sld";
                    case "se" -> "http://www.opengis.net/se";
                    case "gml" -> "http://www.opengis.net/gml";
                    case "wfs" -> "http://www.opengis.net/wfs";
                    case "inspire_vs" -> "http://inspire.ec.europa.eu/schemas/inspire_vs/1.0";
                    case "inspire_common" -> "http://inspire.ec.europa.eu/schemas/common/1.0";
                    default -> null;
                };
            }

            public String getPrefix(String uri) {
                return null;
            }

            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath.evaluate(expression, doc);
    }

    /** The stores of a catalog loaded from {@code dataDir}, GeoPackage being the one store type registered. */
    static StoreManager geoPackageStores(Path dataDir, Catalog catalog, CrsService crs) {
        DataStoreRegistry registry = new DataStoreRegistry();
        registry.register(GeoPackageStoreFactory.TYPE, new GeoPackageStoreFactory());
        return new StoreManager(catalog, registry, new SecretReferences(new DataDirectory(dataDir).secrets()),
                new StoreContext(dataDir, crs));
    }

    /** Copies a folder tree, such as the sample data directory into a test's temporary folder. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
