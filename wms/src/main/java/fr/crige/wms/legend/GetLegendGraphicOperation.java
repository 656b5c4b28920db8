package fr.crige.wms.legend;

import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wms.Published;
import fr.crige.wms.PublishedGroup;
import fr.crige.wms.PublishedLayer;
import fr.crige.wms.WmsCatalog;
import fr.crige.wms.WmsErrors;
import fr.crige.wms.map.ImageFormat;
import fr.crige.wms.render.LegendRenderer;
import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Style;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * GetLegendGraphic (SLD 1.1.0, OGC 05-078r4, section 12): the legend of a layer's style as a PNG, every rule
 * or the one named by RULE, only the rules active at SCALE when given. WIDTH and HEIGHT size the icons. For a
 * layer group, the legends of its layers with the group's styles, stacked under their titles.
 */
public final class GetLegendGraphicOperation implements OwsOperation {

    private static final int DEFAULT_ICON = 20;
    private static final int MAX_ICON = 512;

    private final WmsCatalog catalog;
    private final LegendRenderer renderer = new LegendRenderer();

    public GetLegendGraphicOperation(WmsCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        KvpParameters p = request.parameters();
        String formatText = p.get("FORMAT").orElse("image/png");
        ImageFormat format = ImageFormat.of(formatText).filter(f -> f != ImageFormat.JPEG)
                .orElseThrow(() -> WmsErrors.invalidFormat("FORMAT", formatText));
        int width = icon(p, "WIDTH");
        int height = icon(p, "HEIGHT");
        boolean transparent = p.get("TRANSPARENT").map(t -> t.equalsIgnoreCase("TRUE")).orElse(false);
        String name = p.require("LAYER");
        String styleName = p.get("STYLE").orElse("");
        Published published = catalog.resolve(name, request.workspace().orElse(null));
        BufferedImage image = published instanceof PublishedGroup group
                ? groupLegend(p, group, name, styleName, width, height, transparent)
                : legend(atScale(p, rules(p, catalog.style((PublishedLayer) published, styleName))), width, height,
                        transparent);
        return OwsResponse.ok(format.mimeType(), out -> format.write(image, out));
    }

    /** The legends of the group's layers, each with the group's style for it, stacked. */
    private BufferedImage groupLegend(KvpParameters p, PublishedGroup group, String name, String styleName,
            int width, int height, boolean transparent) {
        if (!group.requestable()) {
            throw WmsErrors.containerGroup("LAYER", name);
        }
        if (!styleName.isBlank()) {
            throw new OwsException(OwsExceptionCode.STYLE_NOT_DEFINED, "STYLE",
                    "Layer group '" + name + "' has only its default style");
        }
        if (p.get("RULE").isPresent()) {
            throw OwsException.invalidParameter("RULE", "RULE names a rule of one style; a layer group has several");
        }
        List<StackedLegend.Part> parts = new ArrayList<>();
        for (PublishedGroup.Member member : group.layers()) {
            PublishedLayer layer = (PublishedLayer) member.item();
            List<Rule> rules = atScale(p, catalog.memberStyle(layer, member.style()).rules());
            parts.add(new StackedLegend.Part(layer.title(), legend(rules, width, height, transparent)));
        }
        return StackedLegend.stack(parts, transparent);
    }

    /** The rules of the style, or only the one RULE names. */
    private static List<Rule> rules(KvpParameters p, Style style) {
        List<Rule> rules = style.rules();
        if (p.get("RULE").isPresent()) {
            String wanted = p.get("RULE").get();
            rules = rules.stream().filter(r -> wanted.equals(r.name())).toList();
            if (rules.isEmpty()) {
                throw OwsException.invalidParameter("RULE", "The style has no rule named '" + wanted + "'");
            }
        }
        return rules;
    }

    /** The rules active at SCALE, when given. */
    private static List<Rule> atScale(KvpParameters p, List<Rule> rules) {
        if (p.get("SCALE").isEmpty()) {
            return rules;
        }
        double scale = number(p.get("SCALE").get(), "SCALE");
        return rules.stream().filter(r -> r.appliesAt(scale)).toList();
    }

    private BufferedImage legend(List<Rule> rules, int width, int height, boolean transparent) {
        return renderer.render(rules, width, height, rules.size() > 1 || !labelless(rules), transparent);
    }

    private static boolean labelless(List<Rule> rules) {
        return rules.stream().allMatch(r -> r.label().isEmpty());
    }

    private static int icon(KvpParameters p, String name) {
        if (p.get(name).isEmpty()) {
            return DEFAULT_ICON;
        }
        double value = number(p.get(name).get(), name);
        if (value < 1 || value > MAX_ICON || value != Math.rint(value)) {
            throw OwsException.invalidParameter(name, name + " must be an integer from 1 to " + MAX_ICON);
        }
        return (int) value;
    }

    private static double number(String text, String name) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw OwsException.invalidParameter(name, name + " is not a number: '" + text + "'");
        }
    }
}
