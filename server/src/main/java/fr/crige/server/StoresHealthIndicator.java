package fr.crige.server;

import fr.crige.core.store.StoreHealth;
import fr.crige.core.store.StoreManager;
import java.util.List;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the configured stores: DOWN when an enabled store cannot be reached, with the store and the
 * reason in the details (shown only when {@code management.endpoint.health.show-details} allows it).
 * The catalog itself is a bean: once the application context is up, it has been loaded.
 */
@Component("stores")
public class StoresHealthIndicator extends AbstractHealthIndicator {

    private final StoreManager stores;

    public StoresHealthIndicator(StoreManager stores) {
        super("Store health check failed");
        this.stores = stores;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<StoreHealth> health = stores.health();
        boolean allUp = health.stream().allMatch(StoreHealth::reachable);
        builder.status(allUp ? "UP" : "DOWN");
        for (StoreHealth h : health) {
            builder.withDetail(h.workspace() + ":" + h.store(), h.reachable() ? "reachable" : h.message());
        }
    }
}
