package fr.crige.core.store;

import java.util.Map;

/**
 * Creates stores of one type ("geopackage", "postgis"...). Factories are found with
 * {@link java.util.ServiceLoader} (a plugin jar declares its factory in
 * {@code META-INF/services/fr.crige.core.store.DataStoreFactory}) and registered by type.
 */
public interface DataStoreFactory {

    /** The store type name used in the catalog, e.g. "postgis". */
    String type();

    /**
     * Opens a store.
     *
     * @param parameters connection parameters with secret references already resolved
     * @param context    what the factory may need from the server (data directory, CRS support)
     * @throws StoreException when the parameters are invalid or the backend cannot be reached
     */
    DataStore open(Map<String, String> parameters, StoreContext context);
}
