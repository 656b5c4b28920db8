package fr.crige.wms.style;

import fr.crige.core.feature.Feature;
import fr.crige.core.filter.Expression;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import java.util.List;

/**
 * The text of a label: SLD's mixed content of literal text and property names, concatenated.
 */
public record Label(List<Expression> parts) {

    public Label {
        parts = List.copyOf(parts);
    }

    /** The label text of a feature; null values contribute nothing. */
    public String evaluate(Feature feature) {
        StringBuilder text = new StringBuilder();
        for (Expression part : parts) {
            Object value = part instanceof PropertyName p ? feature.get(p.name()) : ((Literal) part).value();
            if (value != null) {
                text.append(value);
            }
        }
        return text.toString().trim();
    }
}
