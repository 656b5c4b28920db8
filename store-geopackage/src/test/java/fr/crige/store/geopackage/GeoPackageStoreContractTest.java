package fr.crige.store.geopackage;

import fr.crige.core.store.AbstractDataStoreContractTest;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreContext;
import java.nio.file.Path;
import java.util.Map;

/** The store contract on the sample GeoPackage, opened through the factory as the server does. */
class GeoPackageStoreContractTest extends AbstractDataStoreContractTest {

    @Override
    protected DataStore store() {
        StoreContext context = new StoreContext(Path.of("..", "data-dir").toAbsolutePath().normalize(), crs());
        return DataStoreRegistry.fromClassPath().get(GeoPackageStoreFactory.TYPE)
                .open(Map.of(GeoPackageStoreFactory.DATABASE, "data/cvl.gpkg"), context);
    }
}
