package fr.crige.wms.map;

import com.pngencoder.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The image formats of GetMap and GetLegendGraphic. PNG goes through the pngencoder library, which
 * compresses in parallel and is several times faster than ImageIO's encoder; PNG8 reduces the image to at most
 * 256 colours first ({@link Palette}), which the encoder then writes as an indexed PNG, for small files; JPEG uses ImageIO, which delegates to the JDK's native
 * codec, on an opaque image.
 */
public enum ImageFormat {
    PNG("image/png", true),
    PNG8("image/png; mode=8bit", true),
    JPEG("image/jpeg", false);

    /** Fast zlib level: map images compress well already at low levels, and encoding time dominates. */
    private static final int PNG_COMPRESSION = 4;
    /** Images larger than this (512 × 512 pixels) are deflated in parallel segments. */
    private static final long PARALLEL_PIXELS = 512 * 512;
    private static final float JPEG_QUALITY = 0.85f;

    private final String mimeType;
    private final boolean supportsTransparency;

    ImageFormat(String mimeType, boolean supportsTransparency) {
        this.mimeType = mimeType;
        this.supportsTransparency = supportsTransparency;
    }

    public String mimeType() {
        return mimeType;
    }

    public boolean supportsTransparency() {
        return supportsTransparency;
    }

    /** The format of a FORMAT value: {@code image/png}, {@code image/png8}, {@code image/png; mode=8bit}, {@code image/jpeg}. */
    public static Optional<ImageFormat> of(String format) {
        String f = format.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (f) {
            case "image/png", "png" -> Optional.of(PNG);
            case "image/png8", "image/png;mode=8bit", "png8" -> Optional.of(PNG8);
            case "image/jpeg", "image/jpg", "jpeg" -> Optional.of(JPEG);
            default -> Optional.empty();
        };
    }

    /** The MIME types listed in the capabilities. */
    public static String[] advertised() {
        return new String[] {"image/png", "image/png8", "image/jpeg"};
    }

    public void write(BufferedImage image, OutputStream out) throws IOException {
        switch (this) {
            case PNG -> png(image).toStream(out);
            case PNG8 -> png(Palette.reduce(image)).withTryIndexedEncoding(true).toStream(out);
            case JPEG -> writeJpeg(image, out);
        }
    }

    /**
     * The encoder of an image. Only large images are compressed in parallel: the encoder cuts them into
     * segments deflated on a shared pool, which shortens a lone request for a big map, but for a tile the
     * hand-off costs more than it saves, and under load every core already has a request to draw.
     */
    private static PngEncoder png(BufferedImage image) {
        return new PngEncoder().withBufferedImage(image).withCompressionLevel(PNG_COMPRESSION)
                .withMultiThreadedCompressionEnabled((long) image.getWidth() * image.getHeight() > PARALLEL_PIXELS);
    }

    private static void writeJpeg(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
