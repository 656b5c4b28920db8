package fr.crige.wms.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.wfs.fes.FesParser;
import fr.crige.wms.style.LabelPlacement;
import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Stroke;
import fr.crige.wms.style.Style;
import fr.crige.wms.style.Symbolizer;
import fr.crige.wms.style.UnitOfMeasure;
import fr.crige.wms.style.WellKnownMark;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SldParserTest {

    private static final SldParser PARSER = new SldParser(new FesParser(new SisCrsService()));

    @Test
    void everySampleStyleOfTheDataDirectoryParses() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../data-dir/styles"))) {
            List<Path> slds = files.filter(p -> p.toString().endsWith(".sld")).toList();
            assertThat(slds).hasSizeGreaterThanOrEqualTo(8);
            for (Path sld : slds) {
                Style style = PARSER.parseStyle(Files.readAllBytes(sld));
                assertThat(style.rules()).as(sld.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void roadsRulesHaveFiltersScalesAndStrokes() throws IOException {
        Style style = PARSER.parseStyle(Files.readAllBytes(Path.of("../data-dir/styles/roads.sld")));
        assertThat(style.title()).isEqualTo("Tronçons de route");
        Rule paths = style.rules().get(0);
        assertThat(paths.filter()).isEqualTo(new Filter.Comparison(ComparisonOperator.EQUAL_TO,
                new PropertyName("importance"), new Literal("5"), true));
        assertThat(paths.maxScaleDenominator()).isEqualTo(100000);
        assertThat(paths.appliesAt(50000)).isTrue();
        assertThat(paths.appliesAt(100000)).isFalse();
        Stroke stroke = ((Symbolizer.LineSymbolizer) paths.symbolizers().get(0)).stroke();
        assertThat(stroke.color()).isEqualTo(new Color(0xbdbdbd));
        assertThat(stroke.width()).isEqualTo(0.6);
        assertThat(stroke.lineCap()).isEqualTo(Stroke.LineCap.ROUND);
        assertThat(stroke.lineJoin()).isEqualTo(Stroke.LineJoin.ROUND);
    }

    @Test
    void treesHaveAStarMarkAndAnElseRule() throws IOException {
        Style style = PARSER.parseStyle(Files.readAllBytes(Path.of("../data-dir/styles/trees.sld")));
        var star = ((Symbolizer.PointSymbolizer) style.rules().get(0).symbolizers().get(0)).graphic();
        assertThat(star.mark().shape()).isEqualTo(WellKnownMark.STAR);
        assertThat(star.size()).isEqualTo(11);
        assertThat(style.rules().get(1).elseFilter()).isTrue();
        assertThat(style.rules().get(1).filter()).isEqualTo(Filter.INCLUDE);
    }

    @Test
    void communeLabelsHaveFontHaloAndAnchor() throws IOException {
        Style style = PARSER.parseStyle(Files.readAllBytes(Path.of("../data-dir/styles/communes.sld")));
        var text = (Symbolizer.TextSymbolizer) style.rules().get(1).symbolizers().get(0);
        assertThat(text.label().parts()).containsExactly(new PropertyName("nom"));
        assertThat(text.font().size()).isEqualTo(11);
        assertThat(text.halo().radius()).isEqualTo(1.5);
        assertThat(text.halo().fill().color()).isEqualTo(Color.WHITE);
        assertThat(text.placement()).isEqualTo(new LabelPlacement.PointPlacement(0.5, 0.5, 0, 0, 0));
    }

    @Test
    void readsSymbologyEncoding11WithUnitsAndDashes() {
        String se = """
                <StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld"
                    xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc">
                  <NamedLayer><se:Name>roads</se:Name><UserStyle><se:Name>dashed</se:Name>
                    <se:Description><se:Title>Pointillés</se:Title></se:Description>
                    <se:FeatureTypeStyle><se:Rule>
                      <se:MinScaleDenominator>1000</se:MinScaleDenominator>
                      <se:LineSymbolizer uom="http://www.opengeospatial.org/se/units/metre">
                        <se:Stroke>
                          <se:SvgParameter name="stroke">#ff0000</se:SvgParameter>
                          <se:SvgParameter name="stroke-width"><ogc:Literal>5</ogc:Literal></se:SvgParameter>
                          <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
                          <se:SvgParameter name="stroke-opacity">0.5</se:SvgParameter>
                        </se:Stroke>
                      </se:LineSymbolizer>
                      <se:TextSymbolizer>
                        <se:Label>N° <ogc:PropertyName>cvl:numero</ogc:PropertyName></se:Label>
                        <se:LabelPlacement><se:LinePlacement><se:PerpendicularOffset>3</se:PerpendicularOffset>
                        </se:LinePlacement></se:LabelPlacement>
                      </se:TextSymbolizer>
                    </se:Rule></se:FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>""";
        Style style = PARSER.parseStyle(se.getBytes(StandardCharsets.UTF_8));
        assertThat(style.name()).isEqualTo("dashed");
        assertThat(style.title()).isEqualTo("Pointillés");
        Rule rule = style.rules().get(0);
        assertThat(rule.minScaleDenominator()).isEqualTo(1000);
        var line = (Symbolizer.LineSymbolizer) rule.symbolizers().get(0);
        assertThat(line.uom()).isEqualTo(UnitOfMeasure.METRE);
        assertThat(line.stroke().width()).isEqualTo(5);
        assertThat(line.stroke().dashArray()).containsExactly(4.0, 2.0);
        assertThat(line.stroke().opacity()).isEqualTo(0.5);
        var text = (Symbolizer.TextSymbolizer) rule.symbolizers().get(1);
        assertThat(text.label().parts()).containsExactly(new Literal("N° "), new PropertyName("numero"));
        assertThat(text.placement()).isEqualTo(new LabelPlacement.LinePlacement(3));
    }

    @Test
    void namedStylesOfAnSldBodyAreKept() {
        String sld = "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\" version=\"1.0.0\"><NamedLayer>"
                + "<Name>cvl:roads</Name><NamedStyle><Name>line</Name></NamedStyle></NamedLayer>"
                + "</StyledLayerDescriptor>";
        StyledLayerDescriptor doc = PARSER.parse(sld.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.layers()).singleElement().satisfies(l -> {
            assertThat(l.layerName()).isEqualTo("cvl:roads");
            assertThat(l.namedStyles()).containsExactly("line");
        });
    }

    @Test
    void malformedStylesAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> parse("<StyledLayerDescriptor><NamedLayer>"))
                .isInstanceOf(SldException.class).hasMessageContaining("not well-formed").hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("<UserStyle/>"))
                .isInstanceOf(SldException.class).hasMessageContaining("Expected a StyledLayerDescriptor");
        assertThatThrownBy(() -> parse(rule("<PolygonSymbolizer><Fill><CssParameter name=\"fill\">red"
                + "</CssParameter></Fill></PolygonSymbolizer>")))
                .isInstanceOf(SldException.class).hasMessageContaining("Not a colour: 'red'");
        assertThatThrownBy(() -> parse(rule("<PointSymbolizer><Graphic><Mark><WellKnownName>hexagon"
                + "</WellKnownName></Mark></Graphic></PointSymbolizer>")))
                .isInstanceOf(SldException.class).hasMessageContaining("Unknown WellKnownName 'hexagon'");
        assertThatThrownBy(() -> parse(rule("<LineSymbolizer><Stroke><CssParameter name=\"stroke-width\">wide"
                + "</CssParameter></Stroke></LineSymbolizer>")))
                .isInstanceOf(SldException.class).hasMessageContaining("stroke-width is not a number");
        assertThatThrownBy(() -> parse(rule("<ogc:Filter xmlns:ogc=\"http://www.opengis.net/ogc\">"
                + "<ogc:PropertyIsFoo/></ogc:Filter>")))
                .isInstanceOf(SldException.class).hasMessageContaining("Invalid rule filter");
        assertThatThrownBy(() -> parse(rule("<MinScaleDenominator>5000</MinScaleDenominator>"
                + "<MaxScaleDenominator>1000</MaxScaleDenominator>")))
                .isInstanceOf(SldException.class).hasMessageContaining("is not below MaxScaleDenominator");
    }

    @Test
    void doctypesAreNotExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<StyledLayerDescriptor><NamedLayer><Name>&x;</Name></NamedLayer></StyledLayerDescriptor>";
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(SldException.class);
    }

    private static StyledLayerDescriptor parse(String xml) {
        return PARSER.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String rule(String content) {
        return "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\"><NamedLayer><UserStyle>"
                + "<FeatureTypeStyle><Rule>" + content + "</Rule></FeatureTypeStyle></UserStyle></NamedLayer>"
                + "</StyledLayerDescriptor>";
    }
}
