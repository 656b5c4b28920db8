package fr.crige.csw.request;

import fr.crige.csw.CswNamespaces;
import fr.crige.ows.KvpNamespaceBindings;
import fr.crige.ows.OwsException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;

/**
 * Reads ElementName values, qualified names of record elements such as {@code dc:title}. In XML their
 * prefixes are those declared in the request; in KVP those of the {@code NAMESPACE} parameter
 * ({@code xmlns(dc=http://purl.org/dc/elements/1.1/)}), with the usual prefixes {@code dc}, {@code dct},
 * {@code ows} and {@code csw} assumed when the request does not declare them, as clients rarely do.
 */
public final class ElementNames {

    public static final String LOCATOR = "ElementName";
    /** The locator of errors in the KVP NAMESPACE parameter. */
    public static final String NAMESPACE = "NAMESPACE";

    private static final Map<String, String> USUAL = Map.of("dc", CswNamespaces.DC, "dct", CswNamespaces.DCT,
            "ows", CswNamespaces.OWS, "csw", CswNamespaces.CSW);

    private ElementNames() {
    }

    /**
     * The comma-separated KVP ElementName list with the prefixes of a NAMESPACE parameter (or null).
     *
     * @throws OwsException InvalidParameterValue (NAMESPACE) when that parameter is not a list of xmlns(...)
     */
    public static List<QName> fromKvp(String elementNames, String namespaceParameter) {
        Map<String, String> prefixes = new HashMap<>(USUAL);
        prefixes.putAll(KvpNamespaceBindings.parse(namespaceParameter, NAMESPACE));
        List<QName> names = new ArrayList<>();
        for (String name : elementNames.split(",")) {
            if (!name.isBlank()) {
                names.add(resolve(name.trim(), prefixes::get));
            }
        }
        if (names.isEmpty()) {
            throw OwsException.missingParameter(LOCATOR);
        }
        return names;
    }

    /** One XML ElementName, its prefix resolved in the request's namespace context. */
    public static QName fromXml(String elementName, NamespaceContext context) {
        return resolve(elementName.trim(), prefix -> {
            String uri = context.getNamespaceURI(prefix);
            return uri == null || uri.equals(XMLConstants.NULL_NS_URI) ? USUAL.get(prefix) : uri;
        });
    }

    private static QName resolve(String name, Function<String, String> namespaces) {
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? "" : name.substring(0, colon);
        String local = name.substring(colon + 1);
        String uri = namespaces.apply(prefix);
        if (local.isEmpty() || (colon >= 0 && uri == null)) {
            throw OwsException.invalidParameter(LOCATOR, "ElementName " + name + " has an undeclared prefix");
        }
        return new QName(uri == null ? XMLConstants.NULL_NS_URI : uri, local, prefix);
    }
}
