package fr.crige.quality.metadata;

import java.util.Map;
import java.util.Optional;

/**
 * The namespaces of ISO 19139 records, by the prefixes the INSPIRE and CNIG guides write paths with. Both GML
 * 3.2 (current records) and GML 3.1 (older GeoNetwork exports) map to {@code gml}.
 */
final class IsoNamespaces {

    private static final Map<String, String> BY_PREFIX = Map.of(
            "gmd", "http://www.isotc211.org/2005/gmd",
            "gco", "http://www.isotc211.org/2005/gco",
            "gmx", "http://www.isotc211.org/2005/gmx",
            "srv", "http://www.isotc211.org/2005/srv",
            "gml", "http://www.opengis.net/gml/3.2",
            "xlink", "http://www.w3.org/1999/xlink");
    private static final String GML_31 = "http://www.opengis.net/gml";

    private IsoNamespaces() {
    }

    /** {@code gmd:title} to {@code {http://www.isotc211.org/2005/gmd}title}; an unprefixed name stays as is. */
    static String expand(String name) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return "{}" + name;
        }
        String uri = BY_PREFIX.get(name.substring(0, colon));
        if (uri == null) {
            throw new IllegalArgumentException("unknown prefix in " + name);
        }
        return "{" + uri + "}" + name.substring(colon + 1);
    }

    /** The namespace URI as {@link #expand} writes it for GML 3.1 and 3.2 alike. */
    static String normalise(String uri) {
        return GML_31.equals(uri) ? BY_PREFIX.get("gml") : uri;
    }

    static Optional<String> prefix(String uri) {
        return BY_PREFIX.entrySet().stream().filter(e -> e.getValue().equals(uri)).map(Map.Entry::getKey).findFirst();
    }
}
