package fr.crige.core.store;

import static fr.crige.core.catalog.CatalogFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.catalog.CatalogException;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.catalog.SecretStore;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.crs.SisCrsService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreManagerTest {

    private final List<Map<String, String>> openedWith = new ArrayList<>();
    private final List<FakeDataStore> opened = new ArrayList<>();
    private final DefaultCatalog catalog = new DefaultCatalog();
    private final StoreManager manager;

    StoreManagerTest() {
        DataStoreRegistry registry = new DataStoreRegistry();
        registry.register("fake", new DataStoreFactory() {
            @Override
            public String type() {
                return "fake";
            }

            @Override
            public DataStore open(Map<String, String> parameters, StoreContext context) {
                if ("down".equals(parameters.get("host"))) {
                    throw new StoreException("connection refused by down:5432");
                }
                openedWith.add(parameters);
                FakeDataStore store = new FakeDataStore(Map.of(), Map.of());
                opened.add(store);
                return store;
            }
        });
        SecretStore noSecrets = new SecretStore() {
            @Override
            public Optional<String> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, String value) {
                throw new AssertionError("the store manager never writes secrets");
            }

            @Override
            public void remove(String key) {
            }
        };
        manager = new StoreManager(catalog, registry, new SecretReferences(noSecrets, Map.of("PW", "s3cret")::get),
                new StoreContext(Path.of("."), new SisCrsService()));
        catalog.add(workspace("ws"));
    }

    @Test
    void opensLazilyOnceWithResolvedSecrets() {
        catalog.add(new StoreInfo("ws", "db", "fake", null, true, Map.of("host", "up", "password", "${env:PW}")));
        assertThat(opened).isEmpty();
        DataStore first = manager.get("ws", "db");
        assertThat(manager.get("ws", "db")).isSameAs(first);
        assertThat(openedWith).containsExactly(Map.of("host", "up", "password", "s3cret"));
    }

    @Test
    void reopensAfterAChangeAndClosesOnRemoval() {
        catalog.add(new StoreInfo("ws", "db", "fake", null, true, Map.of("host", "up")));
        DataStore first = manager.get("ws", "db");
        catalog.save(new StoreInfo("ws", "db", "fake", "changed", true, Map.of("host", "up2")));
        assertThat(opened.get(0).closed).isTrue();
        DataStore second = manager.get("ws", "db");
        assertThat(second).isNotSameAs(first);
        assertThat(openedWith.get(1)).containsEntry("host", "up2");

        catalog.removeStore("ws", "db", false);
        assertThat(opened.get(1).closed).isTrue();
        assertThatThrownBy(() -> manager.get("ws", "db")).isInstanceOf(CatalogException.class);
    }

    @Test
    void reportsHealthOfEnabledStores() {
        catalog.add(new StoreInfo("ws", "a", "fake", null, true, Map.of("host", "up")));
        catalog.add(new StoreInfo("ws", "b", "fake", null, true, Map.of("host", "down")));
        catalog.add(new StoreInfo("ws", "c", "fake", null, false, Map.of("host", "down")));
        assertThat(manager.health()).containsExactly(
                new StoreHealth("ws", "a", "fake", true, null),
                new StoreHealth("ws", "b", "fake", false, "connection refused by down:5432"));
        assertThatThrownBy(() -> manager.get("ws", "c")).isInstanceOf(StoreException.class)
                .hasMessageContaining("disabled");
    }

    @Test
    void unknownTypesAreReported() {
        assertThatThrownBy(() -> manager.open(new StoreInfo("ws", "x", "oracle", null, true, Map.of())))
                .isInstanceOf(StoreException.class).hasMessageContaining("oracle").hasMessageContaining("fake");
    }
}
