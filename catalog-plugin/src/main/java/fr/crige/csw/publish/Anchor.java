package fr.crige.csw.publish;

import java.util.Objects;

/**
 * A value of a registered vocabulary as ISO 19139 records it with {@code gmx:Anchor}: the URI identifying the
 * value, which validators and DCAT exports read, and its label in the metadata language, which people read.
 *
 * @param href the URI of the value, e.g. an INSPIRE registry code list value
 * @param text its label in the metadata language
 */
public record Anchor(String href, String text) {

    public Anchor {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(text, "text");
        if (href.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("An anchor needs a URI and a label");
        }
    }
}
