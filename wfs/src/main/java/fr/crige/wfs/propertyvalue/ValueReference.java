package fr.crige.wfs.propertyvalue;

import fr.crige.ows.OwsException;
import fr.crige.wfs.fes.FesParser;
import java.util.regex.Pattern;

/**
 * The {@code valueReference} of GetPropertyValue (WFS 2.0, 10.2.4.3), restricted to what crige's flat
 * feature types hold: {@code @gml:id} (the feature identifier) or one attribute, written with or without a
 * namespace prefix. Longer XPath expressions are refused rather than evaluated.
 *
 * @param attribute the attribute name, or null for {@code @gml:id}
 */
public record ValueReference(String attribute) {

    /** The parameter name, also the locator of its errors. */
    public static final String PARAMETER = "valueReference";

    private static final Pattern NAME = Pattern.compile("([A-Za-z_][\\w.-]*:)?[A-Za-z_][\\w.-]*");

    /**
     * @throws OwsException MissingParameterValue when absent, InvalidParameterValue (valueReference) when empty
     *                      or not an attribute reference
     */
    public static ValueReference parse(String value) {
        if (value == null) {
            throw OwsException.missingParameter(PARAMETER);
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw OwsException.invalidParameter(PARAMETER, "valueReference is empty");
        }
        if (trimmed.equals("@gml:id")) {
            return new ValueReference(null);
        }
        if (!NAME.matcher(trimmed).matches()) {
            throw OwsException.invalidParameter(PARAMETER, "valueReference must be @gml:id or a property name");
        }
        return new ValueReference(FesParser.propertyName(trimmed));
    }

    /** Whether the reference is the feature identifier. */
    public boolean isGmlId() {
        return attribute == null;
    }
}
