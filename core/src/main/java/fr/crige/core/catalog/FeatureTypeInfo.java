package fr.crige.core.catalog;

import java.util.List;

/**
 * A feature type published from a store.
 *
 * @param workspace         owning workspace
 * @param store             store name within the workspace
 * @param name              published name, unique within the workspace
 * @param nativeName        type name in the store (table)
 * @param title             human title
 * @param abstractText      description ("abstract" in files and REST)
 * @param keywords          free keywords
 * @param nativeCrs         CRS of the data, e.g. "EPSG:2154"
 * @param srs               declared CRS advertised by the services (usually the native one)
 * @param nativeBoundingBox extent in the native CRS, computed from the data
 * @param latLonBoundingBox extent in WGS84 longitude/latitude
 * @param attributes        attribute schema, from the store
 * @param enabled           disabled types are not published
 */
public record FeatureTypeInfo(String workspace, String store, String name, String nativeName, String title,
        @com.fasterxml.jackson.annotation.JsonProperty("abstract") String abstractText, List<String> keywords,
        String nativeCrs, String srs, BoundingBox nativeBoundingBox, BoundingBox latLonBoundingBox,
        List<AttributeInfo> attributes, boolean enabled) {
    public FeatureTypeInfo {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** "workspace:name", the qualified name used by the services. */
    public String qualifiedName() {
        return workspace + ":" + name;
    }
}
