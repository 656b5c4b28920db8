package fr.crige.store.geopackage;

import fr.crige.core.store.DataStore;
import fr.crige.core.store.DataStoreFactory;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreException;
import java.util.Map;

/**
 * Opens {@link GeoPackageStore}s: store type {@code geopackage}, parameter {@code database} = the path of
 * the file, relative to the data directory unless absolute.
 */
public final class GeoPackageStoreFactory implements DataStoreFactory {

    /** The store type name. */
    public static final String TYPE = "geopackage";
    /** The parameter naming the GeoPackage file. */
    public static final String DATABASE = "database";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public DataStore open(Map<String, String> parameters, StoreContext context) {
        String database = parameters.get(DATABASE);
        if (database == null || database.isBlank()) {
            throw new StoreException("GeoPackage store needs the '" + DATABASE + "' parameter");
        }
        return new GeoPackageStore(context.resolve(database), context.crs());
    }
}
