package fr.crige.wms.render;

import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterEvaluator;
import fr.crige.core.filter.FilterValidator;
import fr.crige.wms.style.FeatureTypeStyle;
import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Symbolizer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Draws styled feature layers with Java2D, antialiased. For each feature type style of each layer, the
 * rules active at the map scale are selected first (no rule, no query), the features of the map area plus a
 * margin for symbols are streamed from the source, each feature is drawn by the rules it matches (or by the
 * ElseFilter rules when it matches none), and labels are placed once every layer is drawn.
 *
 * <p>Work is proportional to what is visible: lines and polygons of a pixel or less are painted as the few
 * pixels their symbol covers ({@link PixelDots}), geometries are generalised to the pixel size while they are written as Java2D paths
 * ({@link ScreenPaths}), and the opaque fills and strokes of a pass are drawn for thousands of features at
 * a time ({@link PassBatches}).
 *
 * <p>A renderer holds no state between maps and can be shared; each {@link #render} call is single-threaded,
 * concurrent requests run on their own threads.
 */
public final class MapRenderer {

    /** Margin in pixels always added to the query area, for symbols centred just outside the map. */
    private static final double MIN_BUFFER_PIXELS = 2;
    /** How far a source may move vertices to send fewer of them: less than the eye tells apart. */
    private static final double SIMPLIFICATION_PIXELS = 0.15;

    /**
     * Draws the layers in order into the image, then their labels.
     *
     * @param extraBufferPixels a further margin requested by the client (vendor {@code BUFFER}), so symbols
     *                          and labels of features just outside a tile still show at its edge
     * @throws fr.crige.core.store.InvalidQueryException when a rule filter names an attribute the layer lacks
     */
    public void render(BufferedImage image, MapViewport viewport, List<MapLayer> layers, double extraBufferPixels) {
        Graphics2D g = image.createGraphics();
        try {
            render(g, PixelDots.of(image), ThinStrokes.of(image), viewport, layers, extraBufferPixels);
        } finally {
            g.dispose();
        }
    }

    private static void render(Graphics2D g, PixelDots pixelDots, ThinStrokes thinStrokes, MapViewport viewport,
            List<MapLayer> layers, double extraBufferPixels) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double scale = viewport.scaleDenominator();
        SymbolPainter painter = new SymbolPainter();
        LabelEngine labels = new LabelEngine(viewport.width(), viewport.height());
        FeatureDrawer drawer = new FeatureDrawer(g, pixelDots, thinStrokes, viewport, painter, labels);
        for (MapLayer layer : layers) {
            for (FeatureTypeStyle pass : layer.style().featureTypeStyles()) {
                List<Rule> rules = pass.rulesAt(scale);
                if (!rules.isEmpty()) {
                    drawPass(layer.source(), rules, viewport, drawer, extraBufferPixels);
                }
            }
        }
        labels.paint(g);
    }

    private static void drawPass(FeatureSource source, List<Rule> rules, MapViewport viewport, FeatureDrawer drawer,
            double extraBufferPixels) {
        FeatureSchema schema = source.schema();
        double buffer = MIN_BUFFER_PIXELS + Math.max(0, extraBufferPixels);
        for (Rule rule : rules) {
            FilterValidator.validateFilter(rule.filter(), schema);
            buffer = Math.max(buffer, SymbolExtent.pixels(rule, viewport));
        }
        List<String> attributes = RuleAttributes.of(rules, schema);
        try (FeatureReader reader = source.features(viewport, buffer, attributes, SIMPLIFICATION_PIXELS)) {
            // filters are compiled against what the source returns, which may be only the attributes asked for
            // ordinary rules first, as each feature is drawn: the batches are painted in that order
            drawer.beginPass();
            List<CompiledRule> ordinary = new ArrayList<>();
            List<CompiledRule> otherwise = new ArrayList<>();
            for (Rule rule : rules) {
                if (!rule.elseFilter()) {
                    ordinary.add(compile(rule, reader.schema(), drawer));
                }
            }
            for (Rule rule : rules) {
                if (rule.elseFilter()) {
                    otherwise.add(compile(rule, reader.schema(), drawer));
                }
            }
            while (reader.hasNext()) {
                Feature feature = reader.next();
                if (!drawer.accept(feature)) {
                    continue;
                }
                boolean matched = false;
                for (CompiledRule rule : ordinary) {
                    if (rule.selects(feature)) {
                        matched = true;
                        drawer.draw(rule.symbolizers(), rule.slots());
                    }
                }
                if (!matched) {
                    for (CompiledRule rule : otherwise) {
                        drawer.draw(rule.symbolizers(), rule.slots());
                    }
                }
            }
            drawer.endPass();
        }
    }

    private static CompiledRule compile(Rule rule, FeatureSchema schema, FeatureDrawer drawer) {
        Predicate<Feature> filter = rule.filter() instanceof Filter.Include ? f -> true
                : FilterEvaluator.compile(rule.filter(), schema);
        return new CompiledRule(filter, rule.symbolizers(), drawer.prepare(rule.symbolizers()));
    }

    private record CompiledRule(Predicate<Feature> filter, List<Symbolizer> symbolizers,
            List<PassBatches.Slots> slots) {
        boolean selects(Feature feature) {
            return filter.test(feature);
        }
    }
}
