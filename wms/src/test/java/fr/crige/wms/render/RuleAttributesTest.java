package fr.crige.wms.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.PropertyName;
import fr.crige.wms.style.Fill;
import fr.crige.wms.style.Font;
import fr.crige.wms.style.Label;
import fr.crige.wms.style.LabelPlacement;
import fr.crige.wms.style.Rule;
import fr.crige.wms.style.Symbolizer;
import fr.crige.wms.style.UnitOfMeasure;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleAttributesTest {

    private static final FeatureSchema SCHEMA = new FeatureSchema("parcels", "gid", List.of(
            AttributeDescriptor.of("name", AttributeType.STRING, true),
            AttributeDescriptor.geometry("geom", GeometryKind.MULTIPOLYGON, 2154, false),
            AttributeDescriptor.of("kind", AttributeType.STRING, true),
            AttributeDescriptor.of("area", AttributeType.DOUBLE, true),
            AttributeDescriptor.of("updated", AttributeType.DATE, true)));

    private static final Symbolizer FILL = new Symbolizer.PolygonSymbolizer(new Fill(Color.RED, 1), null,
            UnitOfMeasure.PIXEL);

    @Test
    void aPlainStyleReadsOnlyTheGeometry() {
        assertThat(RuleAttributes.of(List.of(rule(Filter.INCLUDE, FILL)), SCHEMA)).containsExactly("geom");
    }

    @Test
    void filtersAndLabelsAddTheirAttributesInSchemaOrder() {
        Symbolizer label = new Symbolizer.TextSymbolizer(new Label(List.of(new PropertyName("name"))), Font.DEFAULT,
                new LabelPlacement.PointPlacement(0.5, 0.5, 0, 0, 0), null, new Fill(Color.BLACK, 1),
                UnitOfMeasure.PIXEL);
        List<Rule> rules = List.of(
                rule(Filter.and(Filter.equal("kind", "x"), Filter.not(Filter.equal("area", 3))), FILL),
                rule(Filter.INCLUDE, label));
        assertThat(RuleAttributes.of(rules, SCHEMA)).containsExactly("name", "geom", "kind", "area");
    }

    private static Rule rule(Filter filter, Symbolizer symbolizer) {
        return new Rule(null, null, null, filter, false, 0, Double.POSITIVE_INFINITY, List.of(symbolizer));
    }
}
