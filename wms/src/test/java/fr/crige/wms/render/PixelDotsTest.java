package fr.crige.wms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PixelDotsTest {

    @Test
    void eachPixelTakesTheColourInProportionToTheAreaCovered() {
        BufferedImage image = opaque(BufferedImage.TYPE_INT_RGB);
        // 1.75 x 1 px from (1.25, 2): 0.75 of pixel (1, 2), all of (2, 2)
        paint(image, new float[] {1.25f, 2f, 3f, 3f, 0}, Color.BLACK);
        assertThat(image.getRGB(1, 2) & 0xFF).isEqualTo(64);
        assertThat(image.getRGB(2, 2) & 0xFF).isEqualTo(0);
        assertThat(image.getRGB(3, 2) & 0xFF).isEqualTo(255);
        assertThat(image.getRGB(1, 1) & 0xFF).isEqualTo(255);
    }

    @Test
    void overlappingDotsComposeLikeSuccessiveDrawings() {
        BufferedImage image = opaque(BufferedImage.TYPE_INT_RGB);
        paint(image, new float[] {0, 0, 0.5f, 1, 0, 0, 0, 0.5f, 1, 0}, Color.BLACK);
        // half coverage twice: 255 -> 127 -> 63, as two antialiased half-pixel shapes drawn one after the other
        assertThat(image.getRGB(0, 0) & 0xFF).isBetween(62, 64);
    }

    @Test
    void transparentMapsGetTheCoverageAsAlpha() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        paint(image, new float[] {0, 0, 0.5f, 1, 0, 2, 2, 3, 3, 0}, new Color(200, 100, 50));
        assertThat(image.getRGB(0, 0) >>> 24).isEqualTo(128);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("colour not premultiplied").isEqualTo(0xC86432);
        assertThat(image.getRGB(2, 2)).isEqualTo(0xFFC86432);
        assertThat(image.getRGB(1, 1)).isZero();
    }

    @Test
    void framesCoverTheirBandWithoutSeams() {
        BufferedImage image = opaque(BufferedImage.TYPE_INT_RGB);
        // a 3.5 x 3.5 frame of band 1.25 from (0.25, 0.25): the inside (1.5, 1.5)-(2.5, 2.5) stays clear
        paint(image, new float[] {0.25f, 0.25f, 3.75f, 3.75f, 1.25f}, Color.BLACK);
        assertThat(image.getRGB(0, 0) & 0xFF).isEqualTo(112);
        assertThat(image.getRGB(1, 0) & 0xFF).as("one strip, not two blended").isEqualTo(64);
        assertThat(image.getRGB(1, 1) & 0xFF).as("three quarters band, a quarter inside").isEqualTo(64);
        assertThat(image.getRGB(2, 1) & 0xFF).isEqualTo(64);
        double ink = 0;
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                ink += (255 - (image.getRGB(x, y) & 0xFF)) / 255.0;
            }
        }
        assertThat(ink).isCloseTo(3.5 * 3.5 - 1, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void dotsOutsideTheImageAreClipped() {
        BufferedImage image = opaque(BufferedImage.TYPE_INT_RGB);
        paint(image, new float[] {-2, -2, 0.5f, 0.5f, 0, 3.5f, 3.5f, 6, 6, 0}, Color.BLACK);
        assertThat(image.getRGB(0, 0) & 0xFF).isEqualTo(191);
        assertThat(image.getRGB(3, 3) & 0xFF).isEqualTo(191);
    }

    @Test
    void otherImageTypesAreDrawnThroughJava2d() {
        BufferedImage image = opaque(BufferedImage.TYPE_3BYTE_BGR);
        paint(image, new float[] {1, 1, 2, 2, 0}, Color.BLACK);
        assertThat(image.getRGB(1, 1) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    private static BufferedImage opaque(int type) {
        BufferedImage image = new BufferedImage(4, 4, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 4, 4);
        g.dispose();
        return image;
    }

    private static void paint(BufferedImage image, float[] boxes, Color color) {
        Graphics2D g = image.createGraphics();
        PixelDots.of(image).paint(g, boxes, boxes.length / PixelDots.STRIDE, color);
        g.dispose();
    }
}
