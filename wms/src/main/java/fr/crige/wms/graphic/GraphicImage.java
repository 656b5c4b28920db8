package fr.crige.wms.graphic;

import java.awt.Graphics2D;

/**
 * A decoded external graphic (SLD 1.0 section 11.3.2, {@code ExternalGraphic}), ready to be drawn at any size:
 * a raster image or an SVG document. It is decoded once, when its style is read, and shared by every map
 * drawn with that style, so implementations are immutable and safe for concurrent drawing.
 */
public interface GraphicImage {

    /** Natural width in pixels (the SVG width or viewBox width, the raster width). */
    double width();

    /** Natural height in pixels. */
    double height();

    /** Draws the image into the box of the given size whose top-left corner is the origin of {@code g}. */
    void paint(Graphics2D g, double width, double height);
}
