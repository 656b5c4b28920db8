package fr.crige.wms.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.crs.SisCrsService;
import fr.crige.wfs.fes.FesParser;
import fr.crige.wms.graphic.ExternalGraphicLoader;
import fr.crige.wms.style.Fill;
import fr.crige.wms.style.Graphic;
import fr.crige.wms.style.Style;
import fr.crige.wms.style.Symbolizer;
import fr.crige.wms.style.WellKnownMark;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ExternalGraphic (PNG, SVG) and GraphicFill in SLD documents, and where their images may come from. */
class ExternalGraphicStyleTest {

    static final String SVG = "<svg xmlns='http://www.w3.org/2000/svg' width='20' height='10' viewBox='0 0 20 10'>"
            + "<rect width='20' height='10' fill='#0000ff'/></svg>";

    @TempDir
    Path styles;

    @Test
    void pngFileOfTheStylesFolderIsReadAndKeepsItsSizeWithoutSize() throws IOException {
        Files.write(styles.resolve("pin.png"), png(8, 4, Color.RED));
        Graphic graphic = pointGraphic(parser().parseStyle(point(external("pin.png", "image/png"), "")));
        assertThat(graphic.external().href()).isEqualTo("pin.png");
        assertThat(graphic.size()).isEqualTo(4);
        assertThat(graphic.width()).isEqualTo(8);
    }

    @Test
    void svgIsReadFromADataUriAndScaledToSize() {
        String href = "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(SVG.getBytes(StandardCharsets.UTF_8));
        Graphic graphic = pointGraphic(parser().parseStyle(point(external(href, "image/svg+xml"), "<Size>5</Size>")));
        assertThat(graphic.external().image().width()).isEqualTo(20);
        assertThat(graphic.size()).isEqualTo(5);
        assertThat(graphic.width()).isEqualTo(10);
    }

    @Test
    void unsupportedFormatFallsBackToTheMark() {
        String alternatives = external("icon.tiff", "image/tiff")
                + "<Mark><WellKnownName>star</WellKnownName></Mark>";
        Graphic graphic = pointGraphic(parser().parseStyle(point(alternatives, "")));
        assertThat(graphic.external()).isNull();
        assertThat(graphic.mark().shape()).isEqualTo(WellKnownMark.STAR);
    }

    @Test
    void remoteMissingAndEscapingGraphicsAreRefused() throws IOException {
        Files.write(styles.getParent().resolve("outside.png"), png(2, 2, Color.RED));
        assertThatThrownBy(() -> parser().parseStyle(point(external("http://example.org/a.png", "image/png"), "")))
                .isInstanceOf(SldException.class).hasMessageContaining("not fetched");
        assertThatThrownBy(() -> parser().parseStyle(point(external("missing.png", "image/png"), "")))
                .isInstanceOf(SldException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> parser().parseStyle(point(external("../outside.png", "image/png"), "")))
                .isInstanceOf(SldException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> new SldParser(new FesParser(new SisCrsService()))
                .parseStyle(point(external("pin.png", "image/png"), "")))
                .isInstanceOf(SldException.class).hasMessageContaining("no graphics folder");
    }

    @Test
    void graphicFillIsAPatternOfMarks() {
        String sld = sld("<PolygonSymbolizer><Fill><GraphicFill><Graphic><Mark><WellKnownName>x</WellKnownName>"
                + "<Stroke><CssParameter name=\"stroke\">#ff0000</CssParameter></Stroke></Mark><Size>8</Size>"
                + "</Graphic></GraphicFill></Fill></PolygonSymbolizer>");
        Style style = parser().parseStyle(sld.getBytes(StandardCharsets.UTF_8));
        Fill fill = ((Symbolizer.PolygonSymbolizer) style.rules().get(0).symbolizers().get(0)).fill();
        assertThat(fill.graphicFill()).isNotNull();
        assertThat(fill.graphicFill().mark().shape()).isEqualTo(WellKnownMark.X);
        assertThat(fill.graphicFill().size()).isEqualTo(8);
    }

    private SldParser parser() {
        return new SldParser(new FesParser(new SisCrsService()), new ExternalGraphicLoader(styles));
    }

    private static Graphic pointGraphic(Style style) {
        return ((Symbolizer.PointSymbolizer) style.rules().get(0).symbolizers().get(0)).graphic();
    }

    private static String external(String href, String format) {
        return "<ExternalGraphic><OnlineResource xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:type=\"simple\" "
                + "xlink:href=\"" + href + "\"/><Format>" + format + "</Format></ExternalGraphic>";
    }

    private static byte[] point(String alternatives, String size) {
        return sld("<PointSymbolizer><Graphic>" + alternatives + size + "</Graphic></PointSymbolizer>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sld(String symbolizer) {
        return "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"><NamedLayer><Name>l</Name>"
                + "<UserStyle><FeatureTypeStyle><Rule>" + symbolizer + "</Rule></FeatureTypeStyle></UserStyle>"
                + "</NamedLayer></StyledLayerDescriptor>";
    }

    static byte[] png(int width, int height, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
