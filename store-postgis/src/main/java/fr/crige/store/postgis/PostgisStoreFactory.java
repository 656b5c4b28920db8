package fr.crige.store.postgis;

import com.zaxxer.hikari.HikariDataSource;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.DataStoreFactory;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreException;
import java.util.Map;

/**
 * Opens PostGIS stores (type {@code postgis}) over a HikariCP connection pool; see
 * {@link PostgisConnectionParameters} for the parameters. Opening checks that the server answers, so a
 * wrong address or password is reported when the store is configured rather than on the first request.
 */
public final class PostgisStoreFactory implements DataStoreFactory {

    @Override
    public String type() {
        return "postgis";
    }

    @Override
    public DataStore open(Map<String, String> parameters, StoreContext context) {
        PostgisConnectionParameters p = PostgisConnectionParameters.parse(parameters);
        PostgisStore store = new PostgisStore(new HikariDataSource(p.poolConfig()), p.schema(), p.describe(),
                context.crs());
        try {
            store.ping();
        } catch (StoreException e) {
            store.close();
            throw e;
        }
        return store;
    }
}
