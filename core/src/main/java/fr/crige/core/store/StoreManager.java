package fr.crige.core.store;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.CatalogException;
import fr.crige.core.catalog.CatalogListener;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.catalog.StoreInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open data stores of the catalog. A store is opened on first use from its {@link StoreInfo} (factory
 * found by type in the {@link DataStoreRegistry}, secret references resolved) and kept open for the next
 * requests.
 *
 * <p>Catalog listeners run before a change becomes visible, so this manager cannot reopen a store when told
 * of a change: the catalog still answers with the old definition then, and the change may yet be vetoed.
 * Instead each cached store remembers the definition it was opened with, and {@link #get} reopens it when
 * the catalog's current definition differs. As a listener it only closes the stores of removed or changed
 * definitions early, so connections are not held longer than needed.
 */
public final class StoreManager implements CatalogListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreManager.class);

    private record Key(String workspace, String name) {
    }

    private record Opened(StoreInfo info, DataStore store) {
    }

    private final Catalog catalog;
    private final DataStoreRegistry registry;
    private final SecretReferences secrets;
    private final StoreContext context;
    private final Map<Key, Opened> open = new ConcurrentHashMap<>();

    /** Creates the manager and registers it as a listener of the catalog. */
    public StoreManager(Catalog catalog, DataStoreRegistry registry, SecretReferences secrets,
            StoreContext context) {
        this.catalog = catalog;
        this.registry = registry;
        this.secrets = secrets;
        this.context = context;
        catalog.addListener(this);
    }

    /**
     * The open store of a catalog entry, opened now if needed.
     *
     * @throws CatalogException NOT_FOUND when the catalog has no such store
     * @throws StoreException   when the store is disabled or cannot be opened
     */
    public DataStore get(String workspace, String name) {
        StoreInfo info = catalog.store(workspace, name).orElseThrow(() -> new CatalogException(
                CatalogException.Kind.NOT_FOUND, "Store " + workspace + ":" + name + " does not exist"));
        if (!info.enabled()) {
            throw new StoreException("Store " + workspace + ":" + name + " is disabled");
        }
        RuntimeException[] failure = new RuntimeException[1];
        Opened opened = open.compute(new Key(workspace, name), (key, current) -> {
            if (current != null && current.info().equals(info)) {
                return current;
            }
            if (current != null) {
                closeQuietly(current);
            }
            try {
                return new Opened(info, open(info));
            } catch (RuntimeException e) {
                failure[0] = e; // leave no entry: the next call tries again
                return null;
            }
        });
        if (opened == null) {
            throw failure[0];
        }
        return opened.store();
    }

    /**
     * Opens a store from a definition that need not be in the catalog (the REST API checks a new or changed
     * store this way before saving it). The caller closes it.
     *
     * @throws StoreException when the type is unknown, a secret cannot be resolved or the backend fails
     */
    public DataStore open(StoreInfo info) {
        DataStoreFactory factory = registry.find(info.type()).orElseThrow(() -> new StoreException(
                "Unknown store type '" + info.type() + "'; known: " + registry.keys()));
        return factory.open(secrets.resolve(info.connectionParameters()), context);
    }

    /** Pings every enabled store of the catalog, opening it if needed. */
    public List<StoreHealth> health() {
        List<StoreHealth> result = new ArrayList<>();
        for (StoreInfo info : catalog.stores(null)) {
            if (!info.enabled()) {
                continue;
            }
            try {
                get(info.workspace(), info.name()).ping();
                result.add(new StoreHealth(info.workspace(), info.name(), info.type(), true, null));
            } catch (RuntimeException e) {
                result.add(new StoreHealth(info.workspace(), info.name(), info.type(), false, e.getMessage()));
            }
        }
        return result;
    }

    @Override
    public void onStore(StoreInfo before, StoreInfo after) {
        if (before != null && !before.equals(after)) {
            Opened current = open.remove(new Key(before.workspace(), before.name()));
            if (current != null) {
                closeQuietly(current);
            }
        }
    }

    @Override
    public void close() {
        open.values().forEach(StoreManager::closeQuietly);
        open.clear();
    }

    private static void closeQuietly(Opened opened) {
        try {
            opened.store().close();
        } catch (RuntimeException e) {
            LOG.warn("Error closing store {}:{}", opened.info().workspace(), opened.info().name(), e);
        }
    }
}
