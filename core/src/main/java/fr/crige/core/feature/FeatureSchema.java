package fr.crige.core.feature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The attribute schema of a feature type: ordered attributes, the identifier column (not exposed as an
 * attribute) and the default geometry.
 */
public final class FeatureSchema {
    private final String typeName;
    private final String idColumn;
    private final List<AttributeDescriptor> attributes;
    private final Map<String, Integer> index;
    private final String defaultGeometry;

    /**
     * @param typeName   native type (table) name
     * @param idColumn   primary key column used to build feature ids, or null when the store has none
     * @param attributes exposed attributes in order (the id column is not among them)
     */
    public FeatureSchema(String typeName, String idColumn, List<AttributeDescriptor> attributes) {
        this.typeName = Objects.requireNonNull(typeName);
        this.idColumn = idColumn;
        this.attributes = List.copyOf(attributes);
        Map<String, Integer> idx = new LinkedHashMap<>();
        String geom = null;
        for (int i = 0; i < this.attributes.size(); i++) {
            AttributeDescriptor a = this.attributes.get(i);
            if (idx.put(a.name(), i) != null) {
                throw new IllegalArgumentException("duplicate attribute " + a.name() + " in " + typeName);
            }
            if (geom == null && a.isGeometry()) {
                geom = a.name();
            }
        }
        this.index = Collections.unmodifiableMap(idx);
        this.defaultGeometry = geom;
    }

    public String typeName() {
        return typeName;
    }

    public Optional<String> idColumn() {
        return Optional.ofNullable(idColumn);
    }

    public List<AttributeDescriptor> attributes() {
        return attributes;
    }

    public int size() {
        return attributes.size();
    }

    /** Index of the attribute, or -1 when absent. Names are case-sensitive, as in the store. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public Optional<AttributeDescriptor> attribute(String name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(attributes.get(i));
    }

    public AttributeDescriptor attribute(int i) {
        return attributes.get(i);
    }

    /** The first geometry attribute, if any. */
    public Optional<AttributeDescriptor> defaultGeometry() {
        return defaultGeometry == null ? Optional.empty() : attribute(defaultGeometry);
    }

    /** The EPSG code of the default geometry (0 when unknown or no geometry). */
    public int srid() {
        return defaultGeometry().map(AttributeDescriptor::srid).orElse(0);
    }

    /**
     * The schema restricted to the given attribute names, kept in the requested order; the id column stays.
     * Unknown names raise {@link IllegalArgumentException}: callers validate names first.
     */
    public FeatureSchema retype(List<String> names) {
        List<AttributeDescriptor> selected = new ArrayList<>(names.size());
        for (String n : names) {
            selected.add(attribute(n).orElseThrow(() -> new IllegalArgumentException("unknown attribute " + n)));
        }
        return new FeatureSchema(typeName, idColumn, selected);
    }

    @Override
    public String toString() {
        return "FeatureSchema[" + typeName + " " + attributes + "]";
    }
}
