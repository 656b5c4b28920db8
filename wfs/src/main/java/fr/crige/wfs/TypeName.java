package fr.crige.wfs;

import java.util.Objects;
import javax.xml.namespace.NamespaceContext;

/**
 * A feature type name as a request gives it: {@code communes}, {@code cvl:communes} (prefix = workspace name in
 * KVP requests), or a prefix bound to a namespace URI in an XML request.
 *
 * @param namespaceUri the namespace URI the prefix is bound to in an XML request, or null
 * @param prefix       the prefix as written, or null
 * @param localName    the name without prefix
 */
public record TypeName(String namespaceUri, String prefix, String localName) {

    public TypeName {
        Objects.requireNonNull(localName, "localName");
    }

    /** Parses a KVP type name; the prefix is read as a workspace name. */
    public static TypeName parse(String qualified) {
        return parse(qualified, null);
    }

    /** Parses a type name of an XML request, resolving its prefix with the document's namespace bindings. */
    public static TypeName parse(String qualified, NamespaceContext namespaces) {
        String name = qualified.trim();
        int colon = name.indexOf(':');
        if (colon < 0) {
            return new TypeName(null, null, name);
        }
        String prefix = name.substring(0, colon);
        String uri = namespaces == null ? null : namespaces.getNamespaceURI(prefix);
        return new TypeName(uri == null || uri.isEmpty() ? null : uri, prefix, name.substring(colon + 1));
    }

    @Override
    public String toString() {
        return prefix == null ? localName : prefix + ":" + localName;
    }
}
