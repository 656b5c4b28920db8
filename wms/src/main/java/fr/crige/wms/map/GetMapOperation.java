package fr.crige.wms.map;

import fr.crige.core.store.InvalidQueryException;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wms.WmsCatalog;
import fr.crige.wms.WmsErrors;
import fr.crige.wms.WmsSettings;
import fr.crige.wms.render.MapLayer;
import fr.crige.wms.render.MapRenderer;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GetMap (WMS 1.3.0, 7.3; WMS 1.1.1, 7.2): draws the layers into an image of the requested format. The map
 * is rendered before the response is returned, so a failure while reading the data is still reported as
 * an exception (in the mode the client chose) rather than as a truncated image.
 */
public final class GetMapOperation implements OwsOperation {

    private static final Color DEFAULT_BACKGROUND = Color.WHITE;
    private static final int MAX_BUFFER_PIXELS = 256;

    private final MapRequestReader reader;
    private final WmsCatalog catalog;
    private final MapRenderer renderer;
    private final WmsSettings settings;
    private final RenderingGate gate;

    public GetMapOperation(MapRequestReader reader, WmsCatalog catalog, MapRenderer renderer, WmsSettings settings) {
        this.reader = reader;
        this.catalog = catalog;
        this.renderer = renderer;
        this.settings = settings;
        this.gate = new RenderingGate(settings.maxConcurrentRenderings(), settings.renderingQueueTimeout());
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        KvpParameters p = request.parameters();
        ExceptionsMode mode = p.get("EXCEPTIONS").map(ExceptionsMode::of).orElse(ExceptionsMode.XML);
        String formatText = p.require("FORMAT");
        ImageFormat format = ImageFormat.of(formatText)
                .orElseThrow(() -> WmsErrors.invalidFormat("FORMAT", formatText));
        boolean transparent = format.supportsTransparency() && p.get("TRANSPARENT")
                .map(t -> bool("TRANSPARENT", t)).orElse(false);
        Color background = p.get("BGCOLOR").map(GetMapOperation::color).orElse(DEFAULT_BACKGROUND);
        try {
            MapRequest map = reader.read(request);
            double buffer = p.get("BUFFER").map(GetMapOperation::buffer).orElse(0.0);
            List<MapLayer> layers = new ArrayList<>();
            for (int i = 0; i < map.layers().size(); i++) {
                layers.add(new MapLayer(catalog.source(map.layers().get(i)), map.styles().get(i)));
            }
            BufferedImage image = render(map, layers, buffer, transparent, background);
            return OwsResponse.ok(format.mimeType(), out -> format.write(image, out));
        } catch (OwsException e) {
            if (mode == ExceptionsMode.XML) {
                throw e;
            }
            return errorImage(p, e, mode, format, transparent, background);
        }
    }

    /**
     * Draws the map once the {@link RenderingGate} gives a turn; the image is only allocated then, so that
     * waiting requests hold no image memory. Encoding happens after the turn, while the response is written.
     */
    private BufferedImage render(MapRequest map, List<MapLayer> layers, double buffer, boolean transparent,
            Color background) {
        try (RenderingGate.Turn turn = gate.enter()) {
            BufferedImage image = MapImage.create(map.viewport().width(), map.viewport().height(), transparent,
                    background);
            try {
                renderer.render(image, map.viewport(), layers, buffer);
            } catch (InvalidQueryException e) {
                throw new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, "STYLES",
                        "A style does not fit its layer: " + e.getMessage(), e);
            }
            return image;
        }
    }

    /**
     * The error as an image, INIMAGE or BLANK; when the size itself is invalid there is no image to draw and
     * the error goes out as XML.
     */
    private OwsResponse errorImage(KvpParameters p, OwsException error, ExceptionsMode mode, ImageFormat format,
            boolean transparent, Color background) {
        int width = lenientSize(p, "WIDTH", settings.maxWidth(), error);
        int height = lenientSize(p, "HEIGHT", settings.maxHeight(), error);
        if (!settings.fitsInMemory(width, height)) {
            throw error;
        }
        BufferedImage image = MapImage.create(width, height, transparent, background);
        if (mode == ExceptionsMode.INIMAGE) {
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int y = 16;
            for (String line : wrap(error.code().name() + ": " + error.getMessage(), Math.max(10, width / 7))) {
                g.drawString(line, 4, y);
                y += 15;
            }
            g.dispose();
        }
        return OwsResponse.ok(format.mimeType(), out -> format.write(image, out));
    }

    private static int lenientSize(KvpParameters p, String name, int max, OwsException error) {
        try {
            int value = Integer.parseInt(p.get(name).orElse("").trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // no usable size: the error is reported as XML instead
        }
        throw error;
    }

    private static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static boolean bool(String name, String value) {
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw OwsException.invalidParameter(name, name + " must be TRUE or FALSE");
        };
    }

    /** BGCOLOR is {@code 0xRRGGBB} (WMS 1.3.0, 7.3.3.10); {@code #RRGGBB} is accepted too. */
    static Color color(String value) {
        String v = value.trim();
        String hex = v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v.startsWith("#") ? v.substring(1)
                : null;
        if (hex == null || !hex.matches("[0-9A-Fa-f]{6}")) {
            throw OwsException.invalidParameter("BGCOLOR", "BGCOLOR must be 0xRRGGBB, got '" + value + "'");
        }
        return new Color(Integer.parseInt(hex, 16));
    }

    private static double buffer(String value) {
        try {
            double b = Double.parseDouble(value.trim());
            if (b >= 0 && b <= MAX_BUFFER_PIXELS) {
                return b;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OwsException.invalidParameter("BUFFER", "BUFFER must be a number of pixels between 0 and "
                + MAX_BUFFER_PIXELS);
    }
}
