package fr.crige.store.postgis;

import fr.crige.core.store.AbstractDataStoreContractTest;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreContext;
import java.nio.file.Path;

/** The store contract on the sample data loaded into PostGIS (schema {@code cvl}). */
class PostgisStoreContractTest extends AbstractDataStoreContractTest {

    @Override
    protected DataStore store() {
        PostgisTestDatabase.assumeAvailable();
        try {
            CvlFixture.ensureLoaded();
        } catch (Exception e) {
            throw new IllegalStateException("Loading the sample data into PostGIS failed", e);
        }
        return new PostgisStoreFactory().open(PostgisTestDatabase.storeParameters(CvlFixture.SCHEMA),
                new StoreContext(Path.of("."), crs()));
    }
}
