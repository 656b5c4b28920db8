package fr.crige.wms.style;

import fr.crige.wms.graphic.GraphicImage;
import java.util.Objects;

/**
 * An image symbol, SLD 1.0 section 11.3.2 {@code ExternalGraphic}: where it came from, its MIME type and the
 * decoded image, read once when the style is read.
 */
public record ExternalGraphic(String href, String format, GraphicImage image) {

    public ExternalGraphic {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(image, "image");
    }
}
