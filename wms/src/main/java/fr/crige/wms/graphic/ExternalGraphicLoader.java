package fr.crige.wms.graphic;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Reads the images an {@code ExternalGraphic} refers to: PNG, GIF and JPEG through ImageIO, SVG through JSVG.
 *
 * <p>Where images may come from is deliberately narrow, because styles also arrive from anonymous clients in
 * SLD_BODY: a path relative to the graphics folder of the data directory (the folder of the style files,
 * which the REST API manages), never leaving it, or an inline {@code data:} URI. Remote {@code http(s)} URLs
 * are not fetched, as SLD documents by reference are not: the server would otherwise make requests on behalf
 * of any client and stall maps on remote hosts. SVG documents may not load external resources either.
 */
public final class ExternalGraphicLoader {

    /** The largest image file read, so a style cannot make the server decode a huge file. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Set<String> RASTER = Set.of("image/png", "image/gif", "image/jpeg", "image/jpg");
    private static final String SVG = "image/svg+xml";

    private final Path folder;

    /** @param folder the folder relative paths resolve against, or null to accept inline images only */
    public ExternalGraphicLoader(Path folder) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    /** A loader that accepts only inline {@code data:} images. */
    public static ExternalGraphicLoader inlineOnly() {
        return new ExternalGraphicLoader(null);
    }

    /** Whether graphics of the MIME type can be drawn; SLD then skips to the next alternative otherwise. */
    public static boolean supports(String format) {
        String f = normalise(format);
        return RASTER.contains(f) || SVG.equals(f);
    }

    /**
     * Reads and decodes the image.
     *
     * @param href   the {@code OnlineResource} reference
     * @param format the declared MIME type, one that {@link #supports} accepts
     * @throws GraphicException when the image cannot be found, read or decoded
     */
    public GraphicImage load(String href, String format) {
        String f = normalise(format);
        if (!supports(f)) {
            throw new GraphicException("Unsupported graphic format '" + format + "'");
        }
        byte[] bytes = bytes(href.trim());
        return SVG.equals(f) ? svg(bytes, href) : raster(bytes, href);
    }

    private byte[] bytes(String href) {
        if (href.regionMatches(true, 0, "data:", 0, 5)) {
            return inline(href);
        }
        if (href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !href.matches("^[A-Za-z]:[\\\\/].*")) {
            throw new GraphicException("External graphic '" + href + "': only files of the data directory's "
                    + "styles folder (relative paths) and data: URIs are read, remote resources are not fetched");
        }
        if (folder == null) {
            throw new GraphicException("External graphic '" + href + "': no graphics folder is configured");
        }
        Path file;
        try {
            file = folder.resolve(href).normalize();
        } catch (InvalidPathException e) {
            throw new GraphicException("External graphic '" + href + "' is not a valid path");
        }
        if (!file.startsWith(folder)) {
            throw new GraphicException("External graphic '" + href + "' lies outside the styles folder");
        }
        try {
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                throw new GraphicException("External graphic '" + href + "' lies outside the styles folder");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new GraphicException("External graphic '" + href + "' is larger than " + MAX_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GraphicException("External graphic '" + href + "' cannot be read: " + e.getMessage());
        }
    }

    private static byte[] inline(String href) {
        int comma = href.indexOf(',');
        if (comma < 0 || !href.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            throw new GraphicException("Inline graphics must be base64 data: URIs");
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(href.substring(comma + 1));
            if (bytes.length > MAX_BYTES) {
                throw new GraphicException("Inline graphic is larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new GraphicException("Inline graphic is not valid base64");
        }
    }

    private static GraphicImage raster(byte[] bytes, String href) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                throw new GraphicException("External graphic '" + abbreviate(href) + "' is not a readable image");
            }
            return new RasterImage(image);
        } catch (IOException e) {
            throw new GraphicException("External graphic '" + abbreviate(href) + "' cannot be decoded: "
                    + e.getMessage());
        }
    }

    private static GraphicImage svg(byte[] bytes, String href) {
        LoaderContext context = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL).build();
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(bytes), null, context);
        if (document == null) {
            throw new GraphicException("External graphic '" + abbreviate(href) + "' is not a readable SVG document");
        }
        return new SvgImage(document);
    }

    private static String normalise(String format) {
        return format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String href) {
        return href.length() > 60 ? href.substring(0, 57) + "..." : href;
    }
}
