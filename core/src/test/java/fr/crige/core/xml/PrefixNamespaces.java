package fr.crige.core.xml;

import java.util.Iterator;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;

/**
 * The namespace context of XPath expressions in tests: prefixes mapped to namespace URIs. Only prefix lookup
 * is needed by XPath evaluation, which is all tests do with it.
 */
public record PrefixNamespaces(Map<String, String> uris) implements NamespaceContext {

    @Override
    public String getNamespaceURI(String prefix) {
        return uris.get(prefix);
    }

    @Override
    public String getPrefix(String uri) {
        return null;
    }

    @Override
    public Iterator<String> getPrefixes(String uri) {
        return null;
    }
}
