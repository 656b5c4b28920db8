package fr.crige.csw.request;

import fr.crige.ows.OwsException;
import java.util.Arrays;
import java.util.List;

/**
 * The record types the catalogue serves: {@code csw:Record} and {@code gmd:MD_Metadata}. Both designate the
 * same ISO records (the type only names the queryable model); unknown types are refused.
 */
public final class TypeNames {

    public static final List<String> SUPPORTED = List.of("csw:Record", "gmd:MD_Metadata");

    private TypeNames() {
    }

    /**
     * Checks a comma- or space-separated list of qualified type names.
     *
     * @throws OwsException InvalidParameterValue with the given locator for an unknown type
     */
    public static void check(String typeNames, String locator) {
        if (typeNames == null || typeNames.isBlank()) {
            throw OwsException.missingParameter(locator);
        }
        for (String name : Arrays.stream(typeNames.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList()) {
            String local = name.substring(name.indexOf(':') + 1);
            if (!local.equals("Record") && !local.equals("MD_Metadata")) {
                throw OwsException.invalidParameter(locator, "Unsupported type " + name + "; supported: "
                        + String.join(", ", SUPPORTED));
            }
        }
    }
}
