package fr.crige.csw.output;

import fr.crige.ows.OwsException;
import java.util.Locale;

/** The CSW ElementSetName values: how much of each record a response holds. */
public enum ElementSet {
    BRIEF, SUMMARY, FULL;

    /** The value as CSW spells it. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws OwsException InvalidParameterValue, locator ElementSetName, for any other value */
    public static ElementSet parse(String value) {
        for (ElementSet e : values()) {
            if (e.value().equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        throw OwsException.invalidParameter("ElementSetName",
                "ElementSetName must be brief, summary or full, not '" + value + "'");
    }
}
