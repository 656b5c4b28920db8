package fr.crige.quality.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One element of an ISO 19139 record, kept as a small immutable tree so that the MD-* rules can be written
 * with the relative paths of the CNIG and INSPIRE guides ({@code gmd:citation/*&#47;gmd:title}). A record
 * is a few kilobytes: holding it whole is cheaper and clearer than one streaming pass per rule.
 *
 * <p>Paths are '/'-separated steps {@code prefix:local} with the prefixes of {@link IsoNamespaces}, or
 * {@code *} for any element (the object under an ISO property element).
 */
public final class IsoElement {

    private final String namespace;
    private final String localName;
    private final Map<String, String> attributes;
    private final String text;
    private final List<IsoElement> children;

    IsoElement(String namespace, String localName, Map<String, String> attributes, String text,
            List<IsoElement> children) {
        this.namespace = namespace == null ? "" : namespace;
        this.localName = localName;
        this.attributes = Map.copyOf(attributes);
        this.text = text;
        this.children = List.copyOf(children);
    }

    /** The name with the usual prefix of its namespace ({@code gmd:MD_Metadata}). */
    public String qualifiedName() {
        return IsoNamespaces.prefix(namespace).map(p -> p + ":" + localName).orElse(localName);
    }

    public List<IsoElement> children() {
        return children;
    }

    /** The own text content, trimmed (empty when none). */
    public String text() {
        return text;
    }

    /** An attribute by namespace prefix and local name ({@code xlink:href}, {@code codeListValue}). */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(IsoNamespaces.expand(name)));
    }

    /** Whether this element has the name {@code prefix:local}, or any name for {@code *}. */
    public boolean is(String step) {
        return "*".equals(step) || IsoNamespaces.expand(step).equals("{" + namespace + "}" + localName);
    }

    /** The elements reached by the relative path. */
    public List<IsoElement> all(String path) {
        List<IsoElement> current = List.of(this);
        for (String step : path.split("/")) {
            List<IsoElement> next = new ArrayList<>();
            for (IsoElement e : current) {
                for (IsoElement c : e.children) {
                    if (c.is(step)) {
                        next.add(c);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** The first element reached by the relative path. */
    public Optional<IsoElement> first(String path) {
        List<IsoElement> found = all(path);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** This element and all elements below it, in document order. */
    public Stream<IsoElement> descendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(IsoElement::descendants));
    }

    /**
     * The value of an ISO property element: the text of its {@code gco:CharacterString}, {@code gmx:Anchor},
     * {@code gco:Date}, {@code gmd:URL}... child, or its own text; empty when it has neither (nil).
     */
    public String value() {
        if (!children.isEmpty() && children.get(0).children.isEmpty()) {
            return children.get(0).text;
        }
        return children.isEmpty() ? text : "";
    }

    /** The value of the first element reached by the path, or empty. */
    public String value(String path) {
        return first(path).map(IsoElement::value).orElse("");
    }

    /** The {@code codeListValue} of the code list element under this property, or its text. */
    public String codeListValue() {
        return children.isEmpty() ? "" : children.get(0).attribute("codeListValue")
                .filter(v -> !v.isBlank()).orElse(children.get(0).text);
    }

    /** Whether the value is given as a {@code gmx:Anchor} (a URI with its label). */
    public boolean isAnchor() {
        return !children.isEmpty() && children.get(0).is("gmx:Anchor");
    }

    /** The {@code xlink:href} of the anchor under this property, or empty. */
    public String anchorHref() {
        return isAnchor() ? children.get(0).attribute("xlink:href").orElse("") : "";
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
