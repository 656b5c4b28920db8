package fr.crige.store.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoPackageStoreFactoryTest {
    private final StoreContext context = new StoreContext(Path.of("..", "data-dir").toAbsolutePath(), null);

    @Test
    void isRegisteredForServiceLoading() {
        assertThat(DataStoreRegistry.fromClassPath().get("geopackage")).isInstanceOf(GeoPackageStoreFactory.class);
    }

    @Test
    void rejectsMissingParameterAndMissingFile() {
        GeoPackageStoreFactory factory = new GeoPackageStoreFactory();
        assertThatThrownBy(() -> factory.open(Map.of(), context)).isInstanceOf(StoreException.class)
                .hasMessageContaining("database");
        assertThatThrownBy(() -> factory.open(Map.of("database", "data/missing.gpkg"), context))
                .isInstanceOf(StoreException.class).hasMessageContaining("missing.gpkg");
    }

    @Test
    void resolvesTheDatabaseAgainstTheDataDirectory() {
        try (var store = new GeoPackageStoreFactory().open(Map.of("database", "data/cvl.gpkg"), context)) {
            assertThat(store.typeNames()).contains("communes");
        }
    }
}
