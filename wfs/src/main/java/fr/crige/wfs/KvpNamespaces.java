package fr.crige.wfs;

import fr.crige.ows.KvpNamespaceBindings;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;

/**
 * The {@code NAMESPACES} parameter of WFS 2.0 KVP requests (7.6.6, table 6),
 * {@code xmlns(prefix,uri),xmlns(uri)...}, as a {@link NamespaceContext}, so that qualified names of KVP
 * requests resolve like those of XML requests: {@code TYPENAMES=ns1:communes&NAMESPACES=xmlns(ns1,urn:x)}
 * names the type {@code communes} of the namespace {@code urn:x}, whatever the prefix. WFS 1.1.0 names the
 * parameter NAMESPACE and writes {@code xmlns(prefix=uri)}; both spellings are read. A prefix without binding
 * keeps its KVP meaning, a workspace name.
 */
public final class KvpNamespaces implements NamespaceContext {

    /** The locator of NAMESPACES errors. */
    public static final String NAMESPACES = "namespaces";

    private final Map<String, String> uris;

    private KvpNamespaces(Map<String, String> uris) {
        this.uris = uris;
    }

    /**
     * The bindings of the request's NAMESPACES parameter, none when it is absent.
     *
     * @throws OwsException InvalidParameterValue (namespaces) when the value is not a list of xmlns(...)
     */
    public static KvpNamespaces of(KvpParameters kvp) {
        String value = kvp.get("NAMESPACES").or(() -> kvp.get("NAMESPACE")).orElse(null);
        return new KvpNamespaces(Map.copyOf(KvpNamespaceBindings.parse(value, NAMESPACES)));
    }

    /**
     * The TYPENAMES (or WFS 1.1 TYPENAME) list of the request, its prefixes resolved with NAMESPACES; empty
     * when the parameter is absent.
     */
    public List<TypeName> typeNames(KvpParameters kvp) {
        return kvp.get("TYPENAMES").or(() -> kvp.get("TYPENAME"))
                .map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(n -> !n.isEmpty())
                        .map(n -> TypeName.parse(n, this)).toList())
                .orElse(List.of());
    }

    @Override
    public String getNamespaceURI(String prefix) {
        return uris.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
    }

    @Override
    public String getPrefix(String namespaceUri) {
        return uris.entrySet().stream().filter(e -> e.getValue().equals(namespaceUri)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceUri) {
        return uris.entrySet().stream().filter(e -> e.getValue().equals(namespaceUri)).map(Map.Entry::getKey)
                .iterator();
    }
}
