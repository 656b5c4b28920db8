package fr.crige.wms.sld;

import com.ctc.wstx.exc.WstxLazyException;
import fr.crige.core.filter.Expression;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.xml.SecureXml;
import fr.crige.ows.OwsException;
import fr.crige.wfs.fes.FesParser;
import fr.crige.wfs.fes.StaxElements;
import fr.crige.wms.graphic.ExternalGraphicLoader;
import fr.crige.wms.graphic.GraphicException;
import fr.crige.wms.style.ExternalGraphic;
import fr.crige.wms.style.FeatureTypeStyle;
import fr.crige.wms.style.Fill;
import fr.crige.wms.style.Font;
import fr.crige.wms.style.Graphic;
import fr.crige.wms.style.Halo;
import fr.crige.wms.style.Label;
import fr.crige.wms.style.LabelPlacement;
import fr.crige.wms.style.Mark;
import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Stroke;
import fr.crige.wms.style.Style;
import fr.crige.wms.style.Symbolizer;
import fr.crige.wms.style.UnitOfMeasure;
import fr.crige.wms.style.WellKnownMark;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Styled Layer Descriptor documents: SLD 1.0.0 (OGC 02-070, {@code CssParameter}) and SLD 1.1.0 with
 * Symbology Encoding 1.1 (OGC 05-078r4 and 05-077r4, {@code se:} elements, {@code SvgParameter}, {@code uom}).
 * Elements are matched by local name, so both encodings go through the same code; rule filters
 * ({@code ogc:Filter}) are read by the Filter Encoding parser of the WFS module into crige's filter model.
 *
 * <p>What crige does not draw is refused with a clear message rather than silently dropped: raster
 * symbolizers, graphic strokes, and expressions where only literal values are supported. Purely
 * descriptive elements (legend graphics, feature type names, vendor options) are skipped. In a
 * {@code Graphic}, the first {@code ExternalGraphic} of a supported format (PNG, GIF, JPEG, SVG) is read
 * through the {@link ExternalGraphicLoader} and drawn; one of another format is skipped, as SLD's rule for
 * alternatives allows, and the first mark is drawn instead, or the default square. A graphic of a supported
 * format that cannot be read makes the style invalid, so a broken icon path shows when the style is saved.
 *
 * <p>The document is read with a {@link SecureXml} StAX factory (no DTD, no external entity). Instances are
 * thread-safe.
 */
public final class SldParser {

    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private final XMLInputFactory factory = SecureXml.newXMLInputFactory();
    private final FesParser fes;
    private final ExternalGraphicLoader graphics;

    /** A parser that reads inline ({@code data:}) external graphics only. */
    public SldParser(FesParser fes) {
        this(fes, ExternalGraphicLoader.inlineOnly());
    }

    public SldParser(FesParser fes, ExternalGraphicLoader graphics) {
        this.fes = fes;
        this.graphics = graphics;
    }

    /**
     * Parses a complete SLD document.
     *
     * @throws SldException when the document is not a well-formed SLD crige can draw
     */
    public StyledLayerDescriptor parse(byte[] document) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(document));
            reader.nextTag();
            if (!reader.getLocalName().equals("StyledLayerDescriptor")) {
                throw new SldException("Expected a StyledLayerDescriptor document, got " + reader.getLocalName(),
                        reader.getLocation());
            }
            List<StyledLayerDescriptor.StyledLayer> layers = new ArrayList<>();
            while (StaxElements.nextChild(reader)) {
                switch (reader.getLocalName()) {
                    case "NamedLayer", "UserLayer" -> layers.add(layer(reader));
                    default -> StaxElements.skip(reader);
                }
            }
            return new StyledLayerDescriptor(layers);
        } catch (XMLStreamException e) {
            throw new SldException("The style is not well-formed XML: " + firstLine(e.getMessage()),
                    e.getLocation(), e);
        } catch (WstxLazyException e) {
            throw new SldException("The style is not well-formed XML: " + firstLine(e.getMessage()), null, e);
        } finally {
            close(reader);
        }
    }

    /**
     * Parses a style file of the catalog: its first user style.
     *
     * @throws SldException when the document is not a usable SLD or holds no user style
     */
    public Style parseStyle(byte[] document) {
        return parse(document).firstUserStyle()
                .orElseThrow(() -> new SldException("The style document holds no UserStyle", null));
    }

    private StyledLayerDescriptor.StyledLayer layer(XMLStreamReader r) throws XMLStreamException {
        String name = null;
        List<Style> userStyles = new ArrayList<>();
        List<String> namedStyles = new ArrayList<>();
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "Name" -> name = StaxElements.text(r);
                case "UserStyle" -> userStyles.add(userStyle(r));
                case "NamedStyle" -> namedStyles.add(namedStyle(r));
                default -> StaxElements.skip(r);
            }
        }
        return new StyledLayerDescriptor.StyledLayer(name, userStyles, namedStyles);
    }

    private static String namedStyle(XMLStreamReader r) throws XMLStreamException {
        String name = null;
        while (StaxElements.nextChild(r)) {
            if (r.getLocalName().equals("Name")) {
                name = StaxElements.text(r);
            } else {
                StaxElements.skip(r);
            }
        }
        if (name == null || name.isEmpty()) {
            throw new SldException("A NamedStyle needs a Name", r.getLocation());
        }
        return name;
    }

    private Style userStyle(XMLStreamReader r) throws XMLStreamException {
        Texts texts = new Texts();
        List<FeatureTypeStyle> passes = new ArrayList<>();
        while (StaxElements.nextChild(r)) {
            String local = r.getLocalName();
            if (texts.read(r)) {
                continue;
            }
            if (local.equals("FeatureTypeStyle")) {
                passes.add(featureTypeStyle(r));
            } else if (local.equals("CoverageStyle")) {
                throw new SldException("CoverageStyle does not apply to feature layers", r.getLocation());
            } else {
                StaxElements.skip(r);
            }
        }
        return new Style(texts.name, texts.title, texts.abstractText, passes);
    }

    private FeatureTypeStyle featureTypeStyle(XMLStreamReader r) throws XMLStreamException {
        List<Rule> rules = new ArrayList<>();
        while (StaxElements.nextChild(r)) {
            if (r.getLocalName().equals("Rule")) {
                rules.add(rule(r));
            } else {
                StaxElements.skip(r);
            }
        }
        return new FeatureTypeStyle(rules);
    }

    private Rule rule(XMLStreamReader r) throws XMLStreamException {
        Texts texts = new Texts();
        Filter filter = Filter.INCLUDE;
        boolean elseFilter = false;
        double min = 0;
        double max = Double.POSITIVE_INFINITY;
        List<Symbolizer> symbolizers = new ArrayList<>();
        while (StaxElements.nextChild(r)) {
            if (texts.read(r)) {
                continue;
            }
            switch (r.getLocalName()) {
                case "Filter" -> filter = filter(r);
                case "ElseFilter" -> {
                    elseFilter = true;
                    StaxElements.skip(r);
                }
                case "MinScaleDenominator" -> min = number(r, StaxElements.text(r), "MinScaleDenominator");
                case "MaxScaleDenominator" -> max = number(r, StaxElements.text(r), "MaxScaleDenominator");
                case "PointSymbolizer" -> {
                    UnitOfMeasure uom = uom(r);
                    symbolizers.add(new Symbolizer.PointSymbolizer(pointGraphic(r), uom));
                }
                case "LineSymbolizer" -> symbolizers.add(lineSymbolizer(r));
                case "PolygonSymbolizer" -> symbolizers.add(polygonSymbolizer(r));
                case "TextSymbolizer" -> symbolizers.add(textSymbolizer(r));
                case "RasterSymbolizer" ->
                        throw new SldException("RasterSymbolizer does not apply to feature layers", r.getLocation());
                default -> StaxElements.skip(r);
            }
        }
        if (min >= max) {
            throw new SldException("Rule " + texts.name + ": MinScaleDenominator " + min
                    + " is not below MaxScaleDenominator " + max, r.getLocation());
        }
        return new Rule(texts.name, texts.title, texts.abstractText, filter, elseFilter, min, max, symbolizers);
    }

    private Filter filter(XMLStreamReader r) throws XMLStreamException {
        var location = r.getLocation();
        try {
            return fes.parseFilter(r);
        } catch (OwsException e) {
            throw new SldException("Invalid rule filter: " + e.getMessage(), location, e);
        }
    }

    private static UnitOfMeasure uom(XMLStreamReader r) {
        try {
            return UnitOfMeasure.fromUri(r.getAttributeValue(null, "uom"));
        } catch (IllegalArgumentException e) {
            throw new SldException(e.getMessage(), r.getLocation());
        }
    }

    /** Reads the graphic of the PointSymbolizer the reader is on, or the default one. */
    private Graphic pointGraphic(XMLStreamReader r) throws XMLStreamException {
        Graphic graphic = null;
        while (StaxElements.nextChild(r)) {
            if (r.getLocalName().equals("Graphic")) {
                graphic = graphic(r);
            } else {
                StaxElements.skip(r);
            }
        }
        return graphic != null ? graphic : new Graphic(Mark.DEFAULT, Graphic.DEFAULT_SIZE, 1, 0);
    }

    private Symbolizer lineSymbolizer(XMLStreamReader r) throws XMLStreamException {
        UnitOfMeasure uom = uom(r);
        Stroke stroke = Stroke.DEFAULT;
        double offset = 0;
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "Stroke" -> stroke = stroke(r);
                case "PerpendicularOffset" -> offset = number(r, parameterText(r), "PerpendicularOffset");
                default -> StaxElements.skip(r);
            }
        }
        return new Symbolizer.LineSymbolizer(stroke, offset, uom);
    }

    private Symbolizer polygonSymbolizer(XMLStreamReader r) throws XMLStreamException {
        UnitOfMeasure uom = uom(r);
        Fill fill = null;
        Stroke stroke = null;
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "Fill" -> fill = fill(r, Fill.DEFAULT);
                case "Stroke" -> stroke = stroke(r);
                default -> StaxElements.skip(r);
            }
        }
        return new Symbolizer.PolygonSymbolizer(fill, stroke, uom);
    }

    private Symbolizer textSymbolizer(XMLStreamReader r) throws XMLStreamException {
        UnitOfMeasure uom = uom(r);
        Label label = null;
        Font font = Font.DEFAULT;
        LabelPlacement placement = LabelPlacement.DEFAULT;
        Halo halo = null;
        Fill fill = new Fill(java.awt.Color.BLACK, 1);
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "Label" -> label = label(r);
                case "Font" -> font = font(r);
                case "LabelPlacement" -> placement = labelPlacement(r);
                case "Halo" -> halo = halo(r);
                case "Fill" -> fill = fill(r, new Fill(java.awt.Color.BLACK, 1));
                default -> StaxElements.skip(r);
            }
        }
        if (label == null) {
            throw new SldException("A TextSymbolizer needs a Label", r.getLocation());
        }
        return new Symbolizer.TextSymbolizer(label, font, placement, halo, fill, uom);
    }

    private Graphic graphic(XMLStreamReader r) throws XMLStreamException {
        Mark mark = null;
        ExternalGraphic external = null;
        Double size = null;
        double opacity = 1;
        double rotation = 0;
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "Mark" -> {
                    Mark parsed = mark(r);
                    mark = mark == null ? parsed : mark;
                }
                case "ExternalGraphic" -> {
                    ExternalGraphic parsed = externalGraphic(r);
                    external = external == null ? parsed : external;
                }
                case "Size" -> size = number(r, parameterText(r), "Size");
                case "Opacity" -> opacity = fraction(r, parameterText(r), "Opacity");
                case "Rotation" -> rotation = number(r, parameterText(r), "Rotation");
                default -> StaxElements.skip(r); // AnchorPoint, Displacement
            }
        }
        if (size != null && size <= 0) {
            throw new SldException("A graphic Size must be positive", r.getLocation());
        }
        // without a Size, an image keeps its own height (SLD 1.0, 11.3.2), a mark takes the default size
        double height = size != null ? size
                : external != null ? external.image().height() : Graphic.DEFAULT_SIZE;
        return new Graphic(mark != null ? mark : Mark.DEFAULT, external, height, opacity, rotation);
    }

    /** Reads an ExternalGraphic; null when its format is not one crige draws, so the next alternative applies. */
    private ExternalGraphic externalGraphic(XMLStreamReader r) throws XMLStreamException {
        var location = r.getLocation();
        String href = null;
        String format = null;
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "OnlineResource" -> {
                    href = r.getAttributeValue(XLINK, "href");
                    StaxElements.skip(r);
                }
                case "Format" -> format = StaxElements.text(r);
                default -> StaxElements.skip(r); // InlineContent, ColorReplacement
            }
        }
        if (href == null || href.isBlank() || format == null) {
            throw new SldException("An ExternalGraphic needs an OnlineResource xlink:href and a Format", location);
        }
        if (!ExternalGraphicLoader.supports(format)) {
            return null;
        }
        try {
            return new ExternalGraphic(href.trim(), format.trim(), graphics.load(href, format));
        } catch (GraphicException e) {
            throw new SldException(e.getMessage(), location, e);
        }
    }

    private Mark mark(XMLStreamReader r) throws XMLStreamException {
        WellKnownMark shape = WellKnownMark.SQUARE;
        Fill fill = null;
        Stroke stroke = null;
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "WellKnownName" -> {
                    String name = StaxElements.text(r);
                    try {
                        shape = WellKnownMark.fromName(name);
                    } catch (IllegalArgumentException e) {
                        throw new SldException(e.getMessage(), r.getLocation());
                    }
                }
                case "Fill" -> fill = fill(r, Fill.DEFAULT);
                case "Stroke" -> stroke = stroke(r);
                default -> StaxElements.skip(r);
            }
        }
        if (fill == null && stroke == null) {
            return new Mark(shape, Fill.DEFAULT, Stroke.DEFAULT);
        }
        return new Mark(shape, fill, stroke);
    }

    private Fill fill(XMLStreamReader r, Fill defaults) throws XMLStreamException {
        Map<String, String> p = new HashMap<>();
        Graphic pattern = null;
        while (StaxElements.nextChild(r)) {
            if (r.getLocalName().equals("GraphicFill")) {
                pattern = graphicFill(r);
            } else {
                parameter(r, p);
            }
        }
        java.awt.Color color = p.containsKey("fill") ? Colors.parse(p.get("fill"), r) : defaults.color();
        double opacity = p.containsKey("fill-opacity") ? fraction(r, p.get("fill-opacity"), "fill-opacity")
                : defaults.opacity();
        return new Fill(color, opacity, pattern);
    }

    /** The Graphic of a GraphicFill: the tile repeated over the surface. */
    private Graphic graphicFill(XMLStreamReader r) throws XMLStreamException {
        Graphic graphic = null;
        while (StaxElements.nextChild(r)) {
            if (r.getLocalName().equals("Graphic")) {
                graphic = graphic(r);
            } else {
                StaxElements.skip(r);
            }
        }
        if (graphic == null) {
            throw new SldException("A GraphicFill needs a Graphic", r.getLocation());
        }
        return graphic;
    }

    private Stroke stroke(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> p = parameters(r, "GraphicFill", "GraphicStroke");
        Stroke d = Stroke.DEFAULT;
        java.awt.Color color = p.containsKey("stroke") ? Colors.parse(p.get("stroke"), r) : d.color();
        double opacity = p.containsKey("stroke-opacity") ? fraction(r, p.get("stroke-opacity"), "stroke-opacity")
                : d.opacity();
        double width = p.containsKey("stroke-width") ? number(r, p.get("stroke-width"), "stroke-width") : d.width();
        if (width < 0) {
            throw new SldException("stroke-width must not be negative", r.getLocation());
        }
        List<Double> dashes = p.containsKey("stroke-dasharray") ? dashArray(r, p.get("stroke-dasharray"))
                : d.dashArray();
        Stroke.LineJoin join = p.containsKey("stroke-linejoin")
                ? keyword(r, p.get("stroke-linejoin"), "stroke-linejoin", Map.of("mitre", Stroke.LineJoin.MITRE,
                        "miter", Stroke.LineJoin.MITRE, "round", Stroke.LineJoin.ROUND, "bevel",
                        Stroke.LineJoin.BEVEL))
                : d.lineJoin();
        Stroke.LineCap cap = p.containsKey("stroke-linecap")
                ? keyword(r, p.get("stroke-linecap"), "stroke-linecap", Map.of("butt", Stroke.LineCap.BUTT,
                        "round", Stroke.LineCap.ROUND, "square", Stroke.LineCap.SQUARE))
                : d.lineCap();
        return new Stroke(color, opacity, width, dashes, join, cap);
    }

    private Font font(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> p = parameters(r);
        Font d = Font.DEFAULT;
        String family = p.getOrDefault("font-family", d.family());
        boolean italic = p.containsKey("font-style") && keyword(r, p.get("font-style"), "font-style",
                Map.of("normal", false, "italic", true, "oblique", true));
        boolean bold = p.containsKey("font-weight") && keyword(r, p.get("font-weight"), "font-weight",
                Map.of("normal", false, "bold", true));
        double size = p.containsKey("font-size") ? number(r, p.get("font-size"), "font-size") : d.size();
        if (size <= 0) {
            throw new SldException("font-size must be positive", r.getLocation());
        }
        return new Font(family, italic, bold, size);
    }

    private Halo halo(XMLStreamReader r) throws XMLStreamException {
        double radius = 1;
        Fill fill = new Fill(java.awt.Color.WHITE, 1);
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "Radius" -> radius = number(r, parameterText(r), "Radius");
                case "Fill" -> fill = fill(r, new Fill(java.awt.Color.WHITE, 1));
                default -> StaxElements.skip(r);
            }
        }
        return new Halo(radius, fill);
    }

    private LabelPlacement labelPlacement(XMLStreamReader r) throws XMLStreamException {
        LabelPlacement placement = LabelPlacement.DEFAULT;
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "PointPlacement" -> placement = pointPlacement(r);
                case "LinePlacement" -> placement = linePlacement(r);
                default -> StaxElements.skip(r);
            }
        }
        return placement;
    }

    private LabelPlacement pointPlacement(XMLStreamReader r) throws XMLStreamException {
        double[] anchor = {0, 0.5};
        double[] displacement = {0, 0};
        double rotation = 0;
        while (StaxElements.nextChild(r)) {
            switch (r.getLocalName()) {
                case "AnchorPoint" -> anchor = pair(r, "AnchorPointX", "AnchorPointY", anchor);
                case "Displacement" -> displacement = pair(r, "DisplacementX", "DisplacementY", displacement);
                case "Rotation" -> rotation = number(r, parameterText(r), "Rotation");
                default -> StaxElements.skip(r);
            }
        }
        return new LabelPlacement.PointPlacement(anchor[0], anchor[1], displacement[0], displacement[1], rotation);
    }

    private LabelPlacement linePlacement(XMLStreamReader r) throws XMLStreamException {
        double offset = 0;
        while (StaxElements.nextChild(r)) {
            if (r.getLocalName().equals("PerpendicularOffset")) {
                offset = number(r, parameterText(r), "PerpendicularOffset");
            } else {
                StaxElements.skip(r);
            }
        }
        return new LabelPlacement.LinePlacement(offset);
    }

    private double[] pair(XMLStreamReader r, String xName, String yName, double[] defaults)
            throws XMLStreamException {
        double[] values = defaults.clone();
        while (StaxElements.nextChild(r)) {
            String local = r.getLocalName();
            if (local.equals(xName)) {
                values[0] = number(r, parameterText(r), xName);
            } else if (local.equals(yName)) {
                values[1] = number(r, parameterText(r), yName);
            } else {
                StaxElements.skip(r);
            }
        }
        return values;
    }

    /** Reads a Label: text mixed with ogc:PropertyName and ogc:Literal elements. */
    private static Label label(XMLStreamReader r) throws XMLStreamException {
        List<Expression> parts = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (!r.isWhiteSpace()) {
                    parts.add(new Literal(r.getText()));
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "PropertyName" -> parts.add(new PropertyName(FesParser.propertyName(r.getElementText())));
                    case "Literal" -> parts.add(new Literal(r.getElementText()));
                    default -> throw new SldException("Label supports text, PropertyName and Literal, not "
                            + r.getLocalName(), r.getLocation());
                }
            }
        }
        if (parts.isEmpty()) {
            throw new SldException("A Label must not be empty", r.getLocation());
        }
        return new Label(parts);
    }

    /**
     * Reads the CssParameter / SvgParameter children of a Stroke or Font, by name. The refused child elements
     * are the ones crige cannot draw.
     */
    private static Map<String, String> parameters(XMLStreamReader r, String... refused) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        while (StaxElements.nextChild(r)) {
            if (List.of(refused).contains(r.getLocalName())) {
                throw new SldException(r.getLocalName() + " is not supported", r.getLocation());
            }
            parameter(r, values);
        }
        return values;
    }

    /** Reads the element the reader is on into the map when it is a CssParameter or SvgParameter, else skips it. */
    private static void parameter(XMLStreamReader r, Map<String, String> values) throws XMLStreamException {
        String local = r.getLocalName();
        if (local.equals("CssParameter") || local.equals("SvgParameter")) {
            String name = r.getAttributeValue(null, "name");
            if (name == null) {
                throw new SldException(local + " needs a name attribute", r.getLocation());
            }
            values.put(name.trim(), parameterText(r));
        } else {
            StaxElements.skip(r);
        }
    }

    /** The value of a parameter: its text, possibly wrapped in ogc:Literal elements. */
    private static String parameterText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString().trim();
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals("Literal")) {
                    throw new SldException("Only literal values are supported here, not " + r.getLocalName(),
                            r.getLocation());
                }
                text.append(r.getElementText());
            }
        }
    }

    private static double number(XMLStreamReader r, String text, String what) {
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SldException(what + " is not a number: '" + text + "'", r.getLocation());
        }
    }

    private static double fraction(XMLStreamReader r, String text, String what) {
        double value = number(r, text, what);
        if (value < 0 || value > 1) {
            throw new SldException(what + " must be between 0 and 1, got " + text, r.getLocation());
        }
        return value;
    }

    private static List<Double> dashArray(XMLStreamReader r, String text) {
        List<Double> dashes = new ArrayList<>();
        for (String token : text.trim().split("[\\s,]+")) {
            if (!token.isEmpty()) {
                double d = number(r, token, "stroke-dasharray");
                if (d < 0) {
                    throw new SldException("stroke-dasharray values must not be negative", r.getLocation());
                }
                dashes.add(d);
            }
        }
        if (!dashes.isEmpty() && dashes.stream().allMatch(d -> d == 0)) {
            throw new SldException("stroke-dasharray must not be all zeros", r.getLocation());
        }
        return dashes;
    }

    private static <T> T keyword(XMLStreamReader r, String text, String what, Map<String, T> allowed) {
        T value = allowed.get(text.trim().toLowerCase(java.util.Locale.ROOT));
        if (value == null) {
            throw new SldException(what + " must be one of " + new java.util.TreeSet<>(allowed.keySet())
                    + ", got '" + text + "'", r.getLocation());
        }
        return value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // an in-memory document holds nothing else to release
            }
        }
    }

    /** Name, title and abstract of a style or rule: SLD 1.0 elements, or SE 1.1's Description. */
    private static final class Texts {
        String name;
        String title;
        String abstractText;

        /** Reads the element if it is one of the descriptive ones; false otherwise. */
        boolean read(XMLStreamReader r) throws XMLStreamException {
            switch (r.getLocalName()) {
                case "Name" -> name = StaxElements.text(r);
                case "Title" -> title = StaxElements.text(r);
                case "Abstract" -> abstractText = StaxElements.text(r);
                case "Description" -> {
                    while (StaxElements.nextChild(r)) {
                        read(r);
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
    }
}
