package fr.crige.wms.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThinStrokesTest {

    @Test
    void aHorizontalLineCoversTheRowOfItsPixelCentresAndHalfAPixelPastItsEnds() {
        BufferedImage image = white(10, 8, BufferedImage.TYPE_INT_RGB);
        Path2D.Float path = segment(2.3f, 3.2f, 6.9f, 3.7f);
        ThinStrokes.of(image).paint(path, 1, Color.BLACK);
        for (int x = 0; x < 10; x++) {
            for (int y = 0; y < 8; y++) {
                int expected = y == 3 && x >= 2 && x <= 6 ? 0 : 255;
                assertThat(image.getRGB(x, y) & 0xFF).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void aDiagonalSpreadsItsInkOverTheRowsItCrosses() {
        BufferedImage image = white(12, 12, BufferedImage.TYPE_INT_RGB);
        Path2D.Float path = segment(1, 1, 9, 9);
        ThinStrokes.of(image).paint(path, 1, Color.BLACK);
        // a 45 degree line through pixel centres: the centre pixel of each column full, a fifth on each side
        assertThat(image.getRGB(5, 5) & 0xFF).isZero();
        assertThat(255 - (image.getRGB(5, 4) & 0xFF)).isCloseTo(53, within(2));
        assertThat(255 - (image.getRGB(5, 6) & 0xFF)).isCloseTo(53, within(2));
        assertThat(image.getRGB(5, 3) & 0xFF).isEqualTo(255);
        // the ink of a line of length 8·√2 and width 1, plus its end caps
        assertThat(ink(image)).isCloseTo(8 * Math.sqrt(2) + 1, within(1.0));
    }

    @Test
    void aSharedEdgeStrokedTwiceLooksStrokedOnce() {
        Path2D.Float once = new Path2D.Float();
        rectangle(once, 2.2f, 2.2f, 6.4f, 9.7f);
        Path2D.Float twice = new Path2D.Float();
        rectangle(twice, 2.2f, 2.2f, 6.4f, 9.7f);
        rectangle(twice, 6.4f, 2.2f, 11.3f, 9.7f);
        BufferedImage a = white(14, 12, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = white(14, 12, BufferedImage.TYPE_INT_RGB);
        ThinStrokes.of(a).paint(once, 0.8, Color.BLACK);
        ThinStrokes.of(b).paint(twice, 0.8, Color.BLACK);
        for (int y = 0; y < 12; y++) {
            assertThat(b.getRGB(6, y)).as("row %d of the shared edge", y).isEqualTo(a.getRGB(6, y));
        }
        assertThat(a.getRGB(2, 2) & 0xFF).as("corner covered like the sides").isEqualTo(a.getRGB(2, 5) & 0xFF);
    }

    @Test
    void narrowerStrokesLeaveLessInk() {
        BufferedImage full = white(10, 4, BufferedImage.TYPE_INT_RGB);
        BufferedImage half = white(10, 4, BufferedImage.TYPE_INT_RGB);
        Path2D.Float path = segment(1, 2, 8, 2);
        ThinStrokes.of(full).paint(path, 1, Color.BLACK);
        ThinStrokes.of(half).paint(path, 0.5, Color.BLACK);
        assertThat(ink(half)).isCloseTo(ink(full) / 2, within(0.05));
    }

    @Test
    void transparentMapsGetTheCoverageAsAlpha() {
        BufferedImage image = new BufferedImage(6, 6, BufferedImage.TYPE_INT_ARGB);
        Path2D.Float path = segment(1, 2, 4, 2);
        ThinStrokes.of(image).paint(path, 0.5, new Color(200, 100, 50));
        assertThat(image.getRGB(2, 2) >>> 24).isEqualTo(128);
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).as("colour not premultiplied").isEqualTo(0xC86432);
        assertThat(image.getRGB(2, 3)).isZero();
    }

    @Test
    void segmentsFarOutsideTheImageAreClippedNotWalked() {
        BufferedImage image = white(8, 8, BufferedImage.TYPE_INT_RGB);
        Path2D.Float path = new Path2D.Float();
        path.moveTo(-1e7f, -5e6f);
        path.lineTo(-2e7f, 3e7f);
        path.moveTo(-1e7f, 4.5f);
        path.lineTo(1e7f, 4.5f);
        ThinStrokes.of(image).paint(path, 1, Color.BLACK);
        for (int x = 0; x < 8; x++) {
            assertThat(image.getRGB(x, 4) & 0xFF).isZero();
            assertThat(image.getRGB(x, 3) & 0xFF).isEqualTo(255);
        }
    }

    @Test
    void otherImageTypesHaveNoThinStrokes() {
        assertThat(ThinStrokes.of(new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR))).isNull();
    }

    /**
     * The outlines of a few hundred random small polygons, as on a city map of parcels, against Java2D's
     * stroke of the same path: the same ink within 3 %, and hardly a pixel visibly different.
     */
    @Test
    void outlinesOfSmallPolygonsLookAsJava2dStrokesThem() {
        Random random = new Random(7);
        Path2D.Float path = new Path2D.Float();
        for (int i = 0; i < 400; i++) {
            double cx = random.nextDouble() * 300;
            double cy = random.nextDouble() * 200;
            double radius = 2 + random.nextDouble() * 10;
            int vertices = 3 + random.nextInt(6);
            for (int v = 0; v < vertices; v++) {
                double angle = 2 * Math.PI * v / vertices + random.nextDouble() * 0.5;
                double r = radius * (0.6 + 0.4 * random.nextDouble());
                float x = (float) (cx + r * Math.cos(angle));
                float y = (float) (cy + r * Math.sin(angle));
                if (v == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
        BufferedImage ours = white(300, 200, BufferedImage.TYPE_INT_RGB);
        ThinStrokes.of(ours).paint(path, 1, Color.BLACK);
        BufferedImage java2d = white(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = java2d.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.draw(path);
        g.dispose();
        assertThat(ink(ours)).isCloseTo(ink(java2d), within(ink(java2d) * 0.03));
        int differing = 0;
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                differing += Math.abs((ours.getRGB(x, y) & 0xFF) - (java2d.getRGB(x, y) & 0xFF)) > 64 ? 1 : 0;
            }
        }
        assertThat(differing).as("pixels differing by more than a quarter").isLessThan(300 * 200 / 100);
    }

    private static Path2D.Float segment(float x0, float y0, float x1, float y1) {
        Path2D.Float path = new Path2D.Float();
        path.moveTo(x0, y0);
        path.lineTo(x1, y1);
        return path;
    }

    private static void rectangle(Path2D.Float path, float x0, float y0, float x1, float y1) {
        path.moveTo(x0, y0);
        path.lineTo(x1, y0);
        path.lineTo(x1, y1);
        path.lineTo(x0, y1);
        path.closePath();
    }

    /** Black ink in pixels: the sum over pixels of how dark each one is. */
    private static double ink(BufferedImage image) {
        double ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                ink += (255 - (argb & 0xFF)) / 255.0;
            }
        }
        return ink;
    }

    private static BufferedImage white(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
