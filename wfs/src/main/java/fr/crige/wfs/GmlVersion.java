package fr.crige.wfs;

/**
 * The two GML versions the WFS writes: GML 3.2 for WFS 2.0 and GML 3.1.1 for WFS 1.1.0. Their simple-feature
 * encodings share element names (Point, LineString, MultiSurface...) and property types; they differ by
 * namespace, schema location and the head of the feature substitution group.
 */
public enum GmlVersion {

    GML_3_1_1(Namespaces.GML_3_1, "http://schemas.opengis.net/gml/3.1.1/base/gml.xsd", "gml:_Feature",
            "gml:AbstractFeatureType"),
    GML_3_2(Namespaces.GML_3_2, WfsUrls.GML_3_2_SCHEMA, "gml:AbstractFeature",
            "gml:AbstractFeatureType");

    private final String namespace;
    private final String schemaLocation;
    private final String featureHead;
    private final String featureType;

    GmlVersion(String namespace, String schemaLocation, String featureHead, String featureType) {
        this.namespace = namespace;
        this.schemaLocation = schemaLocation;
        this.featureHead = featureHead;
        this.featureType = featureType;
    }

    public String namespace() {
        return namespace;
    }

    public String schemaLocation() {
        return schemaLocation;
    }

    /** The element feature elements substitute for, with the {@code gml} prefix. */
    public String featureHead() {
        return featureHead;
    }

    /** The type feature types derive from, with the {@code gml} prefix. */
    public String featureType() {
        return featureType;
    }
}
