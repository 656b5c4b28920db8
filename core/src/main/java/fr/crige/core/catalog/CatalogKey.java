package fr.crige.core.catalog;

import java.util.Comparator;

/**
 * Identifies a catalog object inside its workspace. Global styles have a null workspace, which sorts first.
 */
record CatalogKey(String workspace, String name) implements Comparable<CatalogKey> {

    private static final Comparator<CatalogKey> ORDER = Comparator
            .comparing(CatalogKey::workspace, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(CatalogKey::name);

    static CatalogKey of(StoreInfo s) {
        return new CatalogKey(s.workspace(), s.name());
    }

    static CatalogKey of(FeatureTypeInfo f) {
        return new CatalogKey(f.workspace(), f.name());
    }

    static CatalogKey of(LayerInfo l) {
        return new CatalogKey(l.workspace(), l.name());
    }

    static CatalogKey of(LayerGroupInfo g) {
        return new CatalogKey(g.workspace(), g.name());
    }

    static CatalogKey of(StyleInfo s) {
        return new CatalogKey(s.workspace(), s.name());
    }

    /**
     * The key of a reference as layers and groups spell it: "ws:name", or "name" for a global object (style,
     * layer group).
     */
    static CatalogKey ofReference(String reference) {
        int colon = reference.indexOf(':');
        return colon < 0 ? new CatalogKey(null, reference)
                : new CatalogKey(reference.substring(0, colon), reference.substring(colon + 1));
    }

    @Override
    public int compareTo(CatalogKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return workspace == null ? name : workspace + ":" + name;
    }
}
