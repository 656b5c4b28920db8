package fr.crige.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.crige.core.catalog.BoundingBox;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.FeatureTypeBuilder;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreContext;
import fr.crige.store.geopackage.GeoPackageStoreFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The sample data directory shipped with crige loads cleanly and describes its data truthfully. */
class SampleDataDirectoryTest {

    private static final Path ROOT = Path.of("..", "data-dir").toAbsolutePath().normalize();

    @Test
    void loadsWithoutProblemsAndMatchesTheData() {
        DefaultCatalog catalog = new DefaultCatalog();
        assertThat(DataDirectory.load(ROOT, catalog)).isEmpty();
        assertThat(catalog.styles(null)).hasSize(SampleDataDirectory.STYLES.size());
        assertThat(catalog.featureTypes("cvl")).extracting(FeatureTypeInfo::name)
                .containsExactlyInAnyOrder("communes", "departements", "roads", "heat_zones", "trees");
        assertThat(catalog.layers("cvl")).allSatisfy(l -> assertThat(l.defaultStyle()).isEqualTo(l.name()));

        SisCrsService crs = new SisCrsService();
        try (DataStore data = new GeoPackageStoreFactory().open(
                catalog.store("cvl", "cvl").orElseThrow().connectionParameters(), new StoreContext(ROOT, crs))) {
            for (FeatureTypeInfo ft : catalog.featureTypes("cvl")) {
                FeatureTypeInfo fresh = new FeatureTypeBuilder(crs).from(ft).build(data);
                assertThat(ft.attributes()).as(ft.name()).isEqualTo(fresh.attributes());
                assertSame(ft.nativeBoundingBox(), fresh.nativeBoundingBox());
                assertSame(ft.latLonBoundingBox(), fresh.latLonBoundingBox());
                assertThat(ft.abstractText()).contains("INSEE, Etalab, GeoNames, Natural Earth");
            }
        }
    }

    private static void assertSame(BoundingBox saved, BoundingBox fresh) {
        assertThat(saved.crs()).isEqualTo(fresh.crs());
        assertThat(saved.minx()).isCloseTo(fresh.minx(), within(1e-6));
        assertThat(saved.miny()).isCloseTo(fresh.miny(), within(1e-6));
        assertThat(saved.maxx()).isCloseTo(fresh.maxx(), within(1e-6));
        assertThat(saved.maxy()).isCloseTo(fresh.maxy(), within(1e-6));
    }
}
