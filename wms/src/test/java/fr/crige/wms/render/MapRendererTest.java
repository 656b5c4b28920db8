package fr.crige.wms.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.crs.Crs;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.filter.Filter;
import fr.crige.wms.style.FeatureTypeStyle;
import fr.crige.wms.style.Fill;
import fr.crige.wms.style.Graphic;
import fr.crige.wms.style.Label;
import fr.crige.wms.style.LabelPlacement;
import fr.crige.wms.style.Mark;
import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Stroke;
import fr.crige.wms.style.Style;
import fr.crige.wms.style.Symbolizer;
import fr.crige.wms.style.UnitOfMeasure;
import fr.crige.wms.style.WellKnownMark;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class MapRendererTest {

    private static final Crs LAMBERT_93 = new Crs(2154, "RGF93 v1 / Lambert-93", false, false);
    private static final FeatureSchema SCHEMA = new FeatureSchema("t", "fid", List.of(
            AttributeDescriptor.geometry("geom", GeometryKind.GEOMETRY, 2154, false),
            AttributeDescriptor.of("kind", AttributeType.STRING, true)));
    /** 100 x 100 pixels over 0..1000 metres: 10 m per pixel. */
    private static final MapViewport VIEW = new MapViewport(new Envelope(0, 1000, 0, 1000), 100, 100, LAMBERT_93);

    @Test
    void viewportScaleFollowsTheStandardPixel() {
        assertThat(VIEW.pixelSize()).isEqualTo(10);
        assertThat(VIEW.scaleDenominator()).isCloseTo(10 / 0.00028, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void drawsPolygonFillAndOutlineLineAndMark() {
        Style style = style(rule(Filter.INCLUDE, false,
                new Symbolizer.PolygonSymbolizer(new Fill(Color.RED, 1), new Stroke(Color.BLUE, 1, 2, List.of(),
                        Stroke.LineJoin.MITRE, Stroke.LineCap.BUTT), UnitOfMeasure.PIXEL),
                new Symbolizer.LineSymbolizer(new Stroke(Color.GREEN, 1, 4, List.of(), Stroke.LineJoin.ROUND,
                        Stroke.LineCap.BUTT), 0, UnitOfMeasure.PIXEL),
                new Symbolizer.PointSymbolizer(new Graphic(new Mark(WellKnownMark.SQUARE,
                        new Fill(Color.MAGENTA, 1), null), 10, 1, 0), UnitOfMeasure.PIXEL)));
        BufferedImage image = render(style, feature("POLYGON ((100 100, 400 100, 400 400, 100 400, 100 100))", "a"),
                feature("LINESTRING (500 800, 900 800)", "b"), feature("POINT (800 200)", "c"));
        assertThat(rgb(image, 10, 75)).as("outline stroked by the line symbolizer").isEqualTo(Color.GREEN);
        assertThat(rgb(image, 15, 70)).as("polygon interior").isEqualTo(Color.RED);
        assertThat(rgb(image, 25, 75)).as("point symbolizer at the centroid").isEqualTo(Color.MAGENTA);
        assertThat(rgb(image, 55, 20)).as("line").isEqualTo(Color.GREEN);
        assertThat(rgb(image, 80, 80)).as("mark centre").isEqualTo(Color.MAGENTA);
        assertThat(rgb(image, 80, 86)).as("outside the 10 px mark").isEqualTo(Color.WHITE);
        assertThat(rgb(image, 50, 50)).as("empty space").isEqualTo(Color.WHITE);
    }

    @Test
    void elseRulesDrawWhatNoOtherRuleSelected() {
        Style style = style(
                rule(Filter.equal("kind", "x"), false, polygonFill(Color.RED)),
                rule(Filter.INCLUDE, true, polygonFill(Color.BLUE)));
        BufferedImage image = render(style, feature("POLYGON ((0 0, 400 0, 400 400, 0 400, 0 0))", "x"),
                feature("POLYGON ((600 600, 1000 600, 1000 1000, 600 1000, 600 600))", "y"));
        assertThat(rgb(image, 20, 80)).isEqualTo(Color.RED);
        assertThat(rgb(image, 80, 20)).isEqualTo(Color.BLUE);
    }

    @Test
    void rulesOutsideTheirScaleRangeAreNotDrawn() {
        Rule smallScaleOnly = new Rule("far", null, null, Filter.INCLUDE, false, 1_000_000,
                Double.POSITIVE_INFINITY, List.of(polygonFill(Color.RED)));
        BufferedImage image = render(style(smallScaleOnly), feature("POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))",
                "a"));
        assertThat(rgb(image, 50, 50)).isEqualTo(Color.WHITE);
    }

    @Test
    void holesAreCutWhateverTheRingOrientationAndPolygonsShareOneBatch() {
        // shell and hole both counter-clockwise, which the non-zero rule would fill unless rings are reoriented
        Style style = style(rule(Filter.INCLUDE, false, polygonFill(Color.RED)));
        BufferedImage image = render(style,
                feature("POLYGON ((0 0, 400 0, 400 400, 0 400, 0 0), (100 100, 300 100, 300 300, 100 300, 100 100))",
                        "a"),
                feature("POLYGON ((600 0, 1000 0, 1000 400, 600 400, 600 0), "
                        + "(700 100, 900 100, 900 300, 700 300, 700 100))", "b"));
        assertThat(rgb(image, 5, 95)).as("ring of the first polygon").isEqualTo(Color.RED);
        assertThat(rgb(image, 20, 80)).as("hole of the first polygon").isEqualTo(Color.WHITE);
        assertThat(rgb(image, 65, 95)).as("ring of the second polygon").isEqualTo(Color.RED);
        assertThat(rgb(image, 80, 80)).as("hole of the second polygon").isEqualTo(Color.WHITE);
    }

    @Test
    void translucentFillsStillDarkenWhereFeaturesOverlap() {
        Style style = style(rule(Filter.INCLUDE, false,
                new Symbolizer.PolygonSymbolizer(new Fill(Color.BLUE, 0.5), null, UnitOfMeasure.PIXEL)));
        BufferedImage image = render(style, feature("POLYGON ((0 0, 600 0, 600 600, 0 600, 0 0))", "a"),
                feature("POLYGON ((400 400, 1000 400, 1000 1000, 400 1000, 400 400))", "b"));
        int redOnce = image.getRGB(10, 90) >> 16 & 0xFF;
        int redTwice = image.getRGB(50, 50) >> 16 & 0xFF;
        assertThat(redOnce).as("one half-blue fill over white").isBetween(120, 135);
        assertThat(redTwice).as("two half-blue fills over white").isBetween(56, 72);
    }

    @Test
    void subPixelSurfacesPaintTheShareOfThePixelTheyCover() {
        // 2 x 2 m at 10 m per pixel: 4 % of one pixel
        BufferedImage image = render(style(rule(Filter.INCLUDE, false, polygonFill(Color.BLUE))),
                feature("POLYGON ((501 501, 503 501, 503 503, 501 503, 501 501))", "tiny"));
        assertThat(ink(image)).isCloseTo(0.04, org.assertj.core.data.Offset.offset(0.01));
        assertThat(rgb(image, 50, 49).getBlue()).isEqualTo(255);
        assertThat(rgb(image, 50, 49).getRed()).isLessThan(255);
    }

    @Test
    void smallSurfacesAndLinesCoverWhatTheirSymbolsCover() {
        Stroke thin = new Stroke(Color.BLUE, 1, 1, List.of(), Stroke.LineJoin.MITRE, Stroke.LineCap.BUTT);
        Symbolizer outlined = new Symbolizer.PolygonSymbolizer(new Fill(Color.RED, 1), thin, UnitOfMeasure.PIXEL);
        // a 0.7 x 0.4 px surface, whose 1 px outline hides its fill: drawn as a 1.7 x 1.4 px rectangle
        BufferedImage dot = render(style(rule(Filter.INCLUDE, false, outlined)),
                feature("POLYGON ((503 503, 510 503, 510 507, 503 507, 503 503))", "small"));
        // every point of the surface is within half a pixel of its outline: the stroke covers the outer rectangle
        BufferedImage footprint = java2d(g -> {
            g.setColor(Color.BLUE);
            g.fill(new java.awt.geom.Rectangle2D.Double(49.8, 48.8, 1.7, 1.4));
        });
        assertThat(ink(dot)).isCloseTo(1.7 * 1.4, org.assertj.core.data.Offset.offset(0.02));
        assertThat(maxDifference(dot, footprint)).as("pixel by pixel").isLessThanOrEqualTo(4);
        assertThat(count(dot, Color.RED)).isZero();

        // 1.8 px both ways: the fill shows inside the 1 px outline, the outline is a frame around it
        BufferedImage framed = render(style(rule(Filter.INCLUDE, false, outlined)),
                feature("POLYGON ((501 501, 519 501, 519 519, 501 519, 501 501))", "framed"));
        // geometrically 0.8 x 0.8 px of fill inside a 7.2 px² outline band; pixels holding both blend the two
        // antialiased shapes (as Java2D does for a stroke over a fill), which lets a little more fill show
        assertThat(inkOf(framed, 2)).as("fill").isBetween(0.4, 1.1);
        assertThat(inkOf(framed, 0)).as("outline").isCloseTo(2.8 * 2.8 - 0.8 * 0.8,
                org.assertj.core.data.Offset.offset(0.1 * 7.2));

        // a 0.8 px line with a 1 px butt stroke covers 0.8 pixel
        Symbolizer line = new Symbolizer.LineSymbolizer(thin, 0, UnitOfMeasure.PIXEL);
        BufferedImage segment = render(style(rule(Filter.INCLUDE, false, line)),
                feature("LINESTRING (502 505, 510 505)", "short"));
        assertThat(ink(segment)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.08));
    }

    @Test
    void subPixelSurfacesThatCannotBeDotsAreSkipped() {
        // a translucent outline is not batched: such a surface under half a pixel is not worth a path
        Stroke translucent = new Stroke(Color.BLUE, 0.5, 1, List.of(), Stroke.LineJoin.MITRE, Stroke.LineCap.BUTT);
        BufferedImage image = render(style(rule(Filter.INCLUDE, false,
                new Symbolizer.PolygonSymbolizer(null, translucent, UnitOfMeasure.PIXEL))),
                feature("POLYGON ((501 501, 503 501, 503 503, 501 503, 501 501))", "tiny"));
        assertThat(ink(image)).isZero();
    }

    @Test
    void overlappingLabelsAreDroppedAndHalosDrawn() {
        Symbolizer.TextSymbolizer text = new Symbolizer.TextSymbolizer(
                new Label(List.of(new fr.crige.core.filter.PropertyName("kind"))),
                new fr.crige.wms.style.Font("SansSerif", false, true, 14),
                new LabelPlacement.PointPlacement(0.5, 0.5, 0, 0, 0),
                new fr.crige.wms.style.Halo(2, new Fill(Color.YELLOW, 1)), new Fill(Color.BLACK, 1),
                UnitOfMeasure.PIXEL);
        LabelEngine engine = new LabelEngine(100, 100);
        java.awt.Font font = new java.awt.Font("SansSerif", java.awt.Font.BOLD, 14);
        engine.offer("AAAA", font, 50, 50, 0.5, 0.5, 0, Color.BLACK, text.halo(), Color.YELLOW, 2);
        engine.offer("BBBB", font, 52, 52, 0.5, 0.5, 0, Color.BLACK, text.halo(), Color.YELLOW, 2);
        engine.offer("CCCC", font, 50, 85, 0.5, 0.5, 0, Color.BLACK, text.halo(), Color.YELLOW, 2);
        engine.offer("off the edge", font, 98, 10, 0.5, 0.5, 0, Color.BLACK, null, null, 0);
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        assertThat(engine.paint(image.createGraphics())).isEqualTo(2);

        BufferedImage map = render(style(rule(Filter.INCLUDE, false, text)), feature("POINT (500 500)", "Tours"));
        assertThat(count(map, Color.BLACK)).isGreaterThan(10);
        assertThat(count(map, Color.YELLOW)).isGreaterThan(10);
    }

    @Test
    void externalGraphicsAndGraphicFillsAreDrawn() {
        BufferedImage red = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        Graphics2D rg = red.createGraphics();
        rg.setColor(Color.RED);
        rg.fillRect(0, 0, 4, 4);
        rg.dispose();
        fr.crige.wms.graphic.GraphicImage image = new fr.crige.wms.graphic.GraphicImage() {
            public double width() {
                return 4;
            }

            public double height() {
                return 4;
            }

            public void paint(Graphics2D g, double width, double height) {
                g.drawImage(red, 0, 0, (int) width, (int) height, null);
            }
        };
        Graphic icon = new Graphic(Mark.DEFAULT, new fr.crige.wms.style.ExternalGraphic("red.png", "image/png",
                image), 12, 1, 0);
        Graphic dot = new Graphic(new Mark(WellKnownMark.SQUARE, new Fill(Color.BLUE, 1), null), 2, 1, 0);
        Style style = style(rule(Filter.INCLUDE, false,
                new Symbolizer.PolygonSymbolizer(new Fill(Color.BLACK, 1, dot), null, UnitOfMeasure.PIXEL),
                new Symbolizer.PointSymbolizer(icon, UnitOfMeasure.PIXEL)));
        BufferedImage map = render(style, feature("POINT (800 800)", "a"),
                feature("POLYGON ((0 0, 400 0, 400 400, 0 400, 0 0))", "b"));
        assertThat(rgb(map, 80, 20)).as("icon centre").isEqualTo(Color.RED);
        assertThat(rgb(map, 85, 20)).as("12 px icon reaches 6 px from its centre").isEqualTo(Color.RED);
        assertThat(rgb(map, 88, 20)).as("beyond the icon").isEqualTo(Color.WHITE);
        assertThat(count(map, Color.BLUE)).as("pattern dots inside the polygon").isGreaterThan(300);
        assertThat(count(map, Color.BLACK)).as("a graphic fill replaces the solid colour").isZero();
    }

    @Test
    void lineLabelsFollowTheLineAndAreDroppedWhenTooLong() {
        LineLabelLayout layout = new LineLabelLayout(new java.awt.font.FontRenderContext(null, true, true));
        java.awt.Font font = new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10);
        // a gentle arc drawn right to left: the label is still laid out left to right, rising then falling
        double[] xs = new double[21];
        double[] ys = new double[21];
        for (int i = 0; i <= 20; i++) {
            xs[i] = 200 - i * 10;
            ys[i] = 100 + Math.pow((i - 10) * 10, 2) / 100;
        }
        java.awt.Shape label = layout.layout("Rue Nationale", font, xs, ys, 0);
        assertThat(label).isNotNull();
        java.awt.geom.Rectangle2D box = label.getBounds2D();
        assertThat(box.getCenterX()).isCloseTo(100, org.assertj.core.data.Offset.offset(5.0));
        assertThat(box.getMinY()).isGreaterThan(85);
        assertThat(box.getMaxY()).isLessThan(120);
        assertThat(box.getHeight()).as("the text bends with the arc").isGreaterThan(font.getSize2D() + 4);
        assertThat(layout.layout("Rue Nationale", font, new double[] {0, 20}, new double[] {0, 0}, 0))
                .as("longer than the line").isNull();
        assertThat(layout.layout("Rue Nationale", font, new double[] {0, 40, 40}, new double[] {0, 0, 40}, 0))
                .as("a right-angle bend under the text").isNull();
    }

    private static Symbolizer polygonFill(Color color) {
        return new Symbolizer.PolygonSymbolizer(new Fill(color, 1), null, UnitOfMeasure.PIXEL);
    }

    private static Rule rule(Filter filter, boolean elseFilter, Symbolizer... symbolizers) {
        return new Rule(null, null, null, filter, elseFilter, 0, Double.POSITIVE_INFINITY, List.of(symbolizers));
    }

    private static Style style(Rule... rules) {
        return new Style("s", null, null, List.of(new FeatureTypeStyle(List.of(rules))));
    }

    private static Feature feature(String wkt, String kind) {
        try {
            Geometry g = new WKTReader().read(wkt);
            return new Feature(SCHEMA, "t." + kind, new Object[] {g, kind});
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static BufferedImage render(Style style, Feature... features) {
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 100);
        g.dispose();
        new MapRenderer().render(image, VIEW, List.of(new MapLayer(new ListSource(List.of(features)), style)), 0);
        return image;
    }

    /** A 100 x 100 white image drawn by Java2D, antialiased. */
    private static BufferedImage java2d(java.util.function.Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 100);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        drawing.accept(g);
        g.dispose();
        return image;
    }

    /** How many pixels' worth of a blue paint lie on the white image: the red channel lost, in pixels. */
    private static double ink(BufferedImage image) {
        return inkOf(image, 0);
    }

    /** The loss of one channel (0 red, 1 green, 2 blue) over the white image, in pixels. */
    private static double inkOf(BufferedImage image, int channel) {
        double ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                ink += (255 - (image.getRGB(x, y) >> (16 - 8 * channel) & 0xFF)) / 255.0;
            }
        }
        return ink;
    }

    private static int maxDifference(BufferedImage a, BufferedImage b) {
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                max = Math.max(max, Math.abs(rgb(a, x, y).getRed() - rgb(b, x, y).getRed()));
            }
        }
        return max;
    }

    private static Color rgb(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y) & 0xFFFFFF);
    }

    private static int count(BufferedImage image, Color color) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                n += rgb(image, x, y).equals(color) ? 1 : 0;
            }
        }
        return n;
    }

    /** Features from a list, filtered by envelope like a store would. */
    private record ListSource(List<Feature> features) implements FeatureSource {
        @Override
        public FeatureSchema schema() {
            return SCHEMA;
        }

        @Override
        public FeatureReader features(MapViewport map, double buffer, List<String> attributes, double tolerance) {
            Envelope area = map.buffered(buffer);
            List<Feature> selected = new ArrayList<>();
            for (Feature f : features) {
                if (f.geometry().getEnvelopeInternal().intersects(area)) {
                    selected.add(f);
                }
            }
            Iterator<Feature> it = selected.iterator();
            return new FeatureReader() {
                public FeatureSchema schema() {
                    return SCHEMA;
                }

                public boolean hasNext() {
                    return it.hasNext();
                }

                public Feature next() {
                    return it.next();
                }

                public void close() {
                }
            };
        }
    }
}
