package fr.crige.core.feature;

import java.util.Optional;

/**
 * Feature identifiers as published by the services: {@code <typeName>.<key>}, e.g. {@code communes.12},
 * the form GeoServer uses and WFS clients expect for resource ids.
 */
public final class FeatureId {
    private FeatureId() {
    }

    public static String of(String typeName, Object key) {
        return typeName + "." + key;
    }

    /** The key part of {@code id} when it belongs to {@code typeName}, else empty. */
    public static Optional<String> keyOf(String typeName, String id) {
        if (id == null || !id.startsWith(typeName + ".")) {
            return Optional.empty();
        }
        String key = id.substring(typeName.length() + 1);
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
