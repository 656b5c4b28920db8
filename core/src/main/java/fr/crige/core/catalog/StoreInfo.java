package fr.crige.core.catalog;

import java.util.Map;

/**
 * A configured data store.
 *
 * @param workspace            owning workspace
 * @param name                 unique within the workspace
 * @param type                 factory type, e.g. "geopackage" or "postgis"
 * @param description          free text, may be null
 * @param enabled              disabled stores are not opened and their layers not published
 * @param connectionParameters factory parameters; secrets are references ({@code ${env:NAME}},
 *                             {@code ${file:/run/secrets/x}}), never clear text (see
 *                             {@link SecretReferences})
 */
public record StoreInfo(String workspace, String name, String type, String description, boolean enabled,
        Map<String, String> connectionParameters) {
    public StoreInfo {
        connectionParameters = connectionParameters == null ? Map.of() : Map.copyOf(connectionParameters);
    }
}
