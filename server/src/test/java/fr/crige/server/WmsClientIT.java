package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What QGIS does with a WMS URL, over HTTP on the sample data directory: read the 1.3.0 capabilities, list the
 * named layers, and draw each one over the bounding box the capabilities give for the map's CRS, in
 * Lambert-93 and in Web Mercator. Every layer must draw something there.
 */
class WmsClientIT extends ServerTestSupport {

    private record LayerBox(String name, String bbox) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPSG:2154", "EPSG:3857"})
    void everyLayerOfTheCapabilitiesDrawsOverItsBoundingBox(String crs) throws Exception {
        HttpResponse<String> capabilities = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");
        assertThat(capabilities.statusCode()).isEqualTo(200);
        List<LayerBox> layers = namedLayers(capabilities.body(), crs);
        assertThat(layers).extracting(LayerBox::name)
                .contains("cvl:communes", "cvl:roads", "cvl:trees", "cvl:fond_de_plan");
        for (LayerBox layer : layers) {
            HttpResponse<byte[]> map = sendBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=" + crs
                    + "&BBOX=" + layer.bbox() + "&WIDTH=256&HEIGHT=256&FORMAT=image/png&LAYERS=" + layer.name());
            assertThat(map.statusCode()).as("%s in %s: %s", layer.name(), crs, text(map)).isEqualTo(200);
            assertThat(map.headers().firstValue("Content-Type")).contains("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(map.body()));
            assertThat(image.getWidth()).isEqualTo(256);
            assertThat(drawnPixels(image)).as("pixels drawn for %s in %s", layer.name(), crs).isGreaterThan(50);
        }
    }

    /** Named layers with the BoundingBox the capabilities give in the CRS, as QGIS zooms to a layer. */
    private static List<LayerBox> namedLayers(String capabilities, String crs) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(capabilities.getBytes(StandardCharsets.UTF_8)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList named = (NodeList) xpath.evaluate("//Layer[Name]", doc, XPathConstants.NODESET);
        List<LayerBox> layers = new ArrayList<>();
        for (int i = 0; i < named.getLength(); i++) {
            Element layer = (Element) named.item(i);
            String name = xpath.evaluate("Name", layer);
            Element box = (Element) xpath.evaluate("BoundingBox[@CRS='" + crs + "']", layer, XPathConstants.NODE);
            assertThat(box).as("BoundingBox of %s in %s", name, crs).isNotNull();
            layers.add(new LayerBox(name, box.getAttribute("minx") + "," + box.getAttribute("miny") + ","
                    + box.getAttribute("maxx") + "," + box.getAttribute("maxy")));
        }
        return layers;
    }

    /** Pixels neither transparent nor white. */
    private static int drawnPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                n += (argb >>> 24) != 0 && (argb & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        return n;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), 0, Math.min(400, response.body().length), StandardCharsets.UTF_8);
    }
}
