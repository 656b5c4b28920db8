package fr.crige.core.store;

import fr.crige.core.ext.TypedRegistry;
import java.util.ServiceLoader;

/** The store factories known to the server, by type name. */
public final class DataStoreRegistry extends TypedRegistry<DataStoreFactory> {

    public DataStoreRegistry() {
        super("store type");
    }

    /** A registry holding every factory found on the class path. */
    public static DataStoreRegistry fromClassPath() {
        DataStoreRegistry r = new DataStoreRegistry();
        ServiceLoader.load(DataStoreFactory.class).forEach(f -> r.register(f.type(), f));
        return r;
    }
}
