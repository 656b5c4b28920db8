package fr.crige.wms.render;

import fr.crige.wms.style.Fill;
import fr.crige.wms.style.Stroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link PathBatch}es of one feature type style pass, in the order of the style: rule by rule, symbolizer
 * by symbolizer, a polygon's fill before its stroke. Every rule symbolizer has its own batches, even when two
 * rules share a stroke, so that painting the batches in this order keeps the style's layering.
 *
 * <p>Batching draws all features' fills of a symbolizer, then all their strokes, where drawing feature by
 * feature alternates them (SLD 1.0 draws each feature with every symbolizer of its rules in turn). The two
 * pictures are the same for features that only touch, such as parcels or communes: the stroke along an edge
 * shared by two polygons is drawn again by the second one. They differ only where features overlap: the
 * outline of a lower feature then shows through the fill of an upper one, as in QGIS's "symbol levels".
 * Anything not batched (marks, graphic fills, translucent paints) first paints the pending batches, so
 * order is never reversed across drawing kinds.
 *
 * <p>Pending paths are bounded: past {@link #MAX_PENDING_VERTICES} the batches are painted, which keeps the
 * rasteriser's edge arrays small and in cache.
 */
final class PassBatches {

    /**
     * Vertices kept pending before the batches are painted. Measured on region and city maps: beyond about
     * 10,000 vertices the rasteriser spends more sorting the crossings of each scanline than it saves in calls.
     */
    static final int MAX_PENDING_VERTICES = 10_000;

    /**
     * The batches of one symbolizer; either may be null when that part is not batched.
     *
     * @param solidStrokeWidth the width in pixels of the stroke when it is batched and solid (no dashes), else 0:
     *                         a polygon no wider than that both ways is entirely covered by its own outline
     */
    record Slots(PathBatch fill, PathBatch stroke, double solidStrokeWidth) {
        static final Slots NONE = new Slots(null, null, 0);
    }

    private final Graphics2D g;
    private final PixelDots pixelDots;
    private final ThinStrokes thinStrokes;
    private final SymbolPainter painter;
    private final List<PathBatch> batches = new ArrayList<>();
    private int pending;

    /** {@code thinStrokes} may be null: thin strokes then go through Java2D like the others. */
    PassBatches(Graphics2D g, PixelDots pixelDots, ThinStrokes thinStrokes, SymbolPainter painter) {
        this.g = g;
        this.pixelDots = pixelDots;
        this.thinStrokes = thinStrokes;
        this.painter = painter;
    }

    /** Batches for a polygon or line symbolizer's fill and stroke; null parts stay unbatched. */
    Slots slots(Fill fill, Stroke stroke, double scale) {
        PathBatch fillBatch = null;
        if (fill != null && fill.graphicFill() == null) {
            Color color = painter.color(fill.color(), fill.opacity());
            fillBatch = PathBatch.opaque(color) ? add(PathBatch.fill(color)) : null;
        }
        PathBatch strokeBatch = null;
        double solidWidth = 0;
        if (stroke != null && stroke.width() > 0) {
            Color color = painter.color(stroke.color(), stroke.opacity());
            if (PathBatch.opaque(color)) {
                solidWidth = stroke.dashArray().isEmpty() ? stroke.width() * scale : 0;
                strokeBatch = add(thinStrokes != null && solidWidth > 0 && solidWidth <= ThinStrokes.MAX_WIDTH
                        ? PathBatch.thinStroke(color, solidWidth)
                        : PathBatch.stroke(color, painter.basicStroke(stroke, scale)));
            }
        }
        return fillBatch == null && strokeBatch == null ? Slots.NONE
                : new Slots(fillBatch, strokeBatch, solidWidth);
    }

    private PathBatch add(PathBatch batch) {
        batches.add(batch);
        return batch;
    }

    /** Adds a feature's outline of {@code vertices} vertices to a batch, painting all batches first when full. */
    void add(PathBatch batch, Shape outline, int vertices) {
        if (pending > 0 && pending + vertices > MAX_PENDING_VERTICES) {
            paint();
        }
        batch.add(outline);
        pending += vertices;
    }

    /**
     * Adds a feature drawn as a rectangle of pixels, or as the frame of width {@code band} inside it, to a batch
     * (see {@link PixelDots}).
     */
    void addDot(PathBatch batch, float x0, float y0, float x1, float y1, float band) {
        if (pending >= MAX_PENDING_VERTICES) {
            paint();
        }
        batch.addDot(x0, y0, x1, y1, band);
        pending++;
    }

    /** Paints the pending batches in style order. */
    void paint() {
        if (pending == 0) {
            return;
        }
        for (PathBatch batch : batches) {
            batch.paint(g, pixelDots, thinStrokes);
        }
        pending = 0;
    }
}
