package fr.crige.wms.render;

import fr.crige.core.feature.Feature;
import fr.crige.wms.style.Font;
import fr.crige.wms.style.LabelPlacement;
import fr.crige.wms.style.Stroke;
import fr.crige.wms.style.Symbolizer;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.buffer.OffsetCurve;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Draws the symbolizers of the matching rules for one feature at a time. The feature's screen outline is
 * written once, when the first symbolizer needs it, and shared by the following ones; opaque solid fills and
 * strokes go into the pass's {@link PassBatches} rather than to Java2D directly. A line or surface of a pixel
 * or two whose symbol is such a batched fill or thin stroke is drawn as the rectangles of pixels its symbol
 * covers ({@link FeatureDots}); one smaller than half a pixel both ways that cannot be drawn so is skipped,
 * labels and marks included.
 *
 * <p>Symbolizers apply as SLD 1.0 section 11 says: polygon symbolizers to surfaces, line symbolizers to
 * lines and surface outlines, point symbolizers to points and to the centroid of other geometries, text
 * symbolizers at a point, along the visible part of a line (line placement) or at its middle (point
 * placement), or at an interior point of a surface.
 */
final class FeatureDrawer {

    private static final double HALF_PIXEL = 0.5;

    private final Graphics2D g;
    private final PixelDots pixelDots;
    private final ThinStrokes thinStrokes;
    private final MapViewport viewport;
    private final SymbolPainter painter;
    private final LabelEngine labels;
    private final ScreenPaths paths;
    private final AffineTransform toScreen;
    private final double pixelSize;
    private final double pixelsPerUnitX;
    private final double pixelsPerUnitY;
    private final Map<Font, java.awt.Font> fonts = new HashMap<>();
    private final Path2D.Float outline = new Path2D.Float(Path2D.WIND_NON_ZERO, 256);
    private final Path2D.Float offsetLine = new Path2D.Float(Path2D.WIND_NON_ZERO, 256);

    private PassBatches batches;
    private Feature feature;
    private Geometry geometry;
    private int outlineVertices = -1;
    /** The smaller and the larger side of the current feature's envelope, in pixels. */
    private double minorSide;
    private double majorSide;
    private FeatureDots.ScreenBox screenBox;

    FeatureDrawer(Graphics2D g, PixelDots pixelDots, ThinStrokes thinStrokes, MapViewport viewport,
            SymbolPainter painter, LabelEngine labels) {
        this.g = g;
        this.pixelDots = pixelDots;
        this.thinStrokes = thinStrokes;
        this.viewport = viewport;
        this.painter = painter;
        this.labels = labels;
        this.paths = new ScreenPaths(viewport);
        this.toScreen = viewport.worldToScreen();
        this.pixelSize = viewport.pixelSize();
        this.pixelsPerUnitX = viewport.width() / viewport.envelope().getWidth();
        this.pixelsPerUnitY = viewport.height() / viewport.envelope().getHeight();
    }

    /** Starts a feature type style pass, with empty batches. */
    void beginPass() {
        batches = new PassBatches(g, pixelDots, thinStrokes, painter);
    }

    /**
     * The batches of a rule's symbolizers in the current pass, one {@link PassBatches.Slots} per symbolizer;
     * called once per rule, in the order the rules are drawn.
     */
    List<PassBatches.Slots> prepare(List<Symbolizer> symbolizers) {
        List<PassBatches.Slots> slots = new ArrayList<>(symbolizers.size());
        for (Symbolizer s : symbolizers) {
            double scale = UnitScale.toPixels(s.uom(), viewport);
            if (s instanceof Symbolizer.PolygonSymbolizer p) {
                slots.add(batches.slots(p.fill(), p.stroke(), scale));
            } else if (s instanceof Symbolizer.LineSymbolizer l) {
                slots.add(batches.slots(null, l.stroke(), scale));
            } else {
                slots.add(PassBatches.Slots.NONE);
            }
        }
        return slots;
    }

    /** Paints what the pass's batches still hold. */
    void endPass() {
        batches.paint();
    }

    /** Makes the feature the current one; false when it has nothing to draw: no geometry. */
    boolean accept(Feature candidate) {
        Geometry value = candidate.geometry();
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (value.getDimension() > 0) {
            Envelope e = value.getEnvelopeInternal();
            double width = e.getWidth() * pixelsPerUnitX;
            double height = e.getHeight() * pixelsPerUnitY;
            minorSide = Math.min(width, height);
            majorSide = Math.max(width, height);
        }
        screenBox = null;
        feature = candidate;
        geometry = value;
        outlineVertices = -1;
        return true;
    }

    /** Draws the current feature with a rule's symbolizers and the slots {@link #prepare} gave for them. */
    void draw(List<Symbolizer> symbolizers, List<PassBatches.Slots> slots) {
        for (int i = 0; i < symbolizers.size(); i++) {
            Symbolizer s = symbolizers.get(i);
            double scale = UnitScale.toPixels(s.uom(), viewport);
            if (s instanceof Symbolizer.PolygonSymbolizer p) {
                polygon(p, scale, slots.get(i));
            } else if (s instanceof Symbolizer.LineSymbolizer l) {
                line(l, scale, slots.get(i));
            } else if (s instanceof Symbolizer.PointSymbolizer p) {
                batches.paint();
                point(p, scale);
            } else if (s instanceof Symbolizer.TextSymbolizer t) {
                text(t, scale);
            }
        }
    }

    private void polygon(Symbolizer.PolygonSymbolizer p, double scale, PassBatches.Slots slots) {
        if (geometry.getDimension() < 2 || majorSide <= FeatureDots.MAX_PIXELS
                && FeatureDots.polygon(batches, p, slots, screenBox()) || tiny() || outline() == 0) {
            return;
        }
        // a polygon no wider than its solid opaque outline has no interior point farther than half the stroke
        // width from that outline: the stroke drawn next covers the whole fill (the parcels of a region map)
        boolean fillHidden = minorSide <= slots.solidStrokeWidth();
        if (p.fill() != null && !fillHidden) {
            if (slots.fill() != null) {
                batches.add(slots.fill(), outline, outlineVertices);
            } else {
                batches.paint();
                painter.fill(g, outline, p.fill(), 1);
            }
        }
        if (p.stroke() != null) {
            stroke(outline, outlineVertices, p.stroke(), scale, slots.stroke());
        }
    }

    private void line(Symbolizer.LineSymbolizer l, double scale, PassBatches.Slots slots) {
        if (geometry.getDimension() < 1 || majorSide <= FeatureDots.LINE_MAX_PIXELS
                && FeatureDots.line(batches, l, slots, screenBox(), geometry.getDimension() == 2)
                || tiny() || outline() == 0) {
            return;
        }
        if (l.perpendicularOffset() != 0 && geometry.getDimension() == 1) {
            offsetLine.reset();
            int vertices = paths.append(OffsetCurve.getCurve(geometry, l.perpendicularOffset() * scale * pixelSize),
                    offsetLine);
            stroke(offsetLine, vertices, l.stroke(), scale, slots.stroke());
        } else {
            stroke(outline, outlineVertices, l.stroke(), scale, slots.stroke());
        }
    }

    /** The current feature's envelope on the screen, computed on first use. */
    private FeatureDots.ScreenBox screenBox() {
        if (screenBox == null) {
            Envelope e = geometry.getEnvelopeInternal();
            double x0 = e.getMinX() * toScreen.getScaleX() + toScreen.getTranslateX();
            double y0 = e.getMaxY() * toScreen.getScaleY() + toScreen.getTranslateY();
            double measure = geometry.getDimension() == 2 ? geometry.getArea() * pixelsPerUnitX * pixelsPerUnitY
                    : geometry.getLength() * pixelsPerUnitX;
            screenBox = new FeatureDots.ScreenBox(x0, y0, x0 + e.getWidth() * pixelsPerUnitX,
                    y0 + e.getHeight() * pixelsPerUnitY, measure);
        }
        return screenBox;
    }

    /** Whether the current line or surface is smaller than half a pixel both ways: not worth a path. */
    private boolean tiny() {
        return majorSide < HALF_PIXEL;
    }

    private void stroke(Shape shape, int vertices, Stroke stroke, double scale, PathBatch batch) {
        if (batch != null) {
            batches.add(batch, shape, vertices);
        } else if (stroke.width() > 0) {
            batches.paint();
            painter.stroke(g, shape, stroke, scale, 1);
        }
    }

    private void point(Symbolizer.PointSymbolizer p, double scale) {
        if (geometry.getDimension() == 0) {
            for (Coordinate c : geometry.getCoordinates()) {
                Point2D at = screen(c);
                painter.graphic(g, at.getX(), at.getY(), p.graphic(), scale);
            }
        } else if (!tiny()) {
            Point2D at = screen(geometry.getCentroid().getCoordinate());
            painter.graphic(g, at.getX(), at.getY(), p.graphic(), scale);
        }
    }

    private void text(Symbolizer.TextSymbolizer t, double scale) {
        if (geometry.getDimension() > 0 && tiny()) {
            return;
        }
        String text = t.label().evaluate(feature);
        if (text.isEmpty()) {
            return;
        }
        java.awt.Font font = fonts.computeIfAbsent(t.font(), f -> new java.awt.Font(f.family(),
                (f.bold() ? java.awt.Font.BOLD : 0) | (f.italic() ? java.awt.Font.ITALIC : 0), 1)
                .deriveFont((float) (f.size() * scale)));
        java.awt.Color color = painter.color(t.fill().color(), t.fill().opacity());
        java.awt.Color haloColor = t.halo() == null ? null
                : painter.color(t.halo().fill().color(), t.halo().fill().opacity());
        double haloRadius = t.halo() == null ? 0 : t.halo().radius() * scale;
        if (t.placement() instanceof LabelPlacement.LinePlacement lp && geometry.getDimension() == 1) {
            double[][] path = visiblePath();
            if (path != null) {
                labels.offerAlong(text, font, path[0], path[1], lp.perpendicularOffset() * scale, color, t.halo(),
                        haloColor, haloRadius);
            }
            return;
        }
        LabelPlacement.PointPlacement pp = t.placement() instanceof LabelPlacement.PointPlacement p ? p
                : new LabelPlacement.PointPlacement(0.5, 0.5, 0, 0, 0);
        Point2D at = screen(labelPoint());
        labels.offer(text, font, at.getX() + pp.displacementX() * scale, at.getY() - pp.displacementY() * scale,
                pp.anchorX(), pp.anchorY(), Math.toRadians(pp.rotation()), color, t.halo(), haloColor, haloRadius);
    }

    private Coordinate labelPoint() {
        return switch (geometry.getDimension()) {
            case 0 -> geometry.getCoordinate();
            case 1 -> new LengthIndexedLine(longestLine()).extractPoint(longestLine().getLength() / 2);
            default -> geometry.getInteriorPoint().getCoordinate();
        };
    }

    /**
     * The longest line of the geometry, generalised to a pixel so glyph angles do not jitter on tiny zig-zags,
     * in pixels, reduced to its longest run of vertices inside the image: a label is placed on what is seen.
     * Null when fewer than two vertices remain.
     */
    private double[][] visiblePath() {
        Geometry simplified = DouglasPeuckerSimplifier.simplify(longestLine(), pixelSize);
        Coordinate[] coordinates = simplified.getCoordinates();
        int bestStart = 0;
        int bestLength = 0;
        int runStart = 0;
        for (int i = 0; i <= coordinates.length; i++) {
            boolean inside = i < coordinates.length && viewport.envelope().contains(coordinates[i]);
            if (!inside) {
                if (i - runStart > bestLength) {
                    bestStart = runStart;
                    bestLength = i - runStart;
                }
                runStart = i + 1;
            }
        }
        if (bestLength < 2) {
            return null;
        }
        double[] xs = new double[bestLength];
        double[] ys = new double[bestLength];
        double[] point = new double[2];
        for (int i = 0; i < bestLength; i++) {
            point[0] = coordinates[bestStart + i].x;
            point[1] = coordinates[bestStart + i].y;
            toScreen.transform(point, 0, point, 0, 1);
            xs[i] = point[0];
            ys[i] = point[1];
        }
        return new double[][] {xs, ys};
    }

    private LineString longestLine() {
        LineString longest = null;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof LineString part
                    && (longest == null || part.getLength() > longest.getLength())) {
                longest = part;
            }
        }
        return longest;
    }

    /** Writes the current feature's outline on first use; returns its number of vertices. */
    private int outline() {
        if (outlineVertices < 0) {
            outline.reset();
            outlineVertices = paths.append(geometry, outline);
        }
        return outlineVertices;
    }

    private Point2D screen(Coordinate c) {
        return toScreen.transform(new Point2D.Double(c.x, c.y), null);
    }
}
