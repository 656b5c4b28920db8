package fr.crige.ows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;

/**
 * The namespace bindings a KVP request declares for the prefixes of its qualified names: a comma-separated
 * list of {@code xmlns(prefix,uri)} (WFS 2.0 {@code NAMESPACES}), {@code xmlns(prefix=uri)} (WFS 1.1.0 and CSW
 * 2.0.2 {@code NAMESPACE}) or {@code xmlns(uri)} for the default namespace. Both separators are read whatever
 * the service, as clients mix them.
 */
public final class KvpNamespaceBindings {

    private static final Pattern BINDING = Pattern.compile(
            "\\s*xmlns\\(\\s*(?:([^,=()\\s]+)\\s*[,=])?\\s*([^()\\s]+)\\s*\\)\\s*");

    private KvpNamespaceBindings() {
    }

    /**
     * The URI of each prefix declared in {@code value} (the default namespace under the empty prefix); empty
     * for a null or empty value.
     *
     * @throws OwsException InvalidParameterValue with the locator when the value is not such a list
     */
    public static Map<String, String> parse(String value, String locator) {
        Map<String, String> uris = new LinkedHashMap<>();
        if (value == null) {
            return uris;
        }
        int at = 0;
        Matcher m = BINDING.matcher(value);
        while (at < value.length()) {
            if (!m.find(at) || m.start() != at) {
                throw OwsException.invalidParameter(locator, locator + " must be a comma-separated list of "
                        + "xmlns(prefix,uri), xmlns(prefix=uri) or xmlns(uri)");
            }
            uris.put(m.group(1) == null ? XMLConstants.DEFAULT_NS_PREFIX : m.group(1), m.group(2));
            at = m.end();
            if (at < value.length() && value.charAt(at) == ',') {
                at++;
            }
        }
        return uris;
    }
}
