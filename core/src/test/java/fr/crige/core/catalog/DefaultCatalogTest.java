package fr.crige.core.catalog;

import static fr.crige.core.catalog.CatalogFixtures.SLD;
import static fr.crige.core.catalog.CatalogFixtures.featureType;
import static fr.crige.core.catalog.CatalogFixtures.layer;
import static fr.crige.core.catalog.CatalogFixtures.store;
import static fr.crige.core.catalog.CatalogFixtures.style;
import static fr.crige.core.catalog.CatalogFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.catalog.CatalogException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DefaultCatalogTest {

    private final DefaultCatalog catalog = CatalogFixtures.populated();

    @Test
    void readsWhatWasAdded() {
        assertThat(catalog.workspaces()).containsExactly(workspace("ws"));
        assertThat(catalog.stores("ws")).containsExactly(store("ws", "st"));
        assertThat(catalog.featureTypes(null)).extracting(FeatureTypeInfo::name).containsExactly("ft");
        assertThat(catalog.featureTypes("ws", "st")).hasSize(1);
        assertThat(catalog.layer("ws", "ft")).contains(layer("ws", "ft", "polygon"));
        assertThat(catalog.styles(null)).containsExactly(style(null, "polygon"));
        assertThat(catalog.styles("ws")).isEmpty();
        assertThat(catalog.styleBody(null, "polygon")).hasValueSatisfying(b -> assertThat(b).isEqualTo(SLD));
    }

    @Test
    void rejectsInvalidNamesAndMissingFields() {
        assertKind(() -> catalog.add(new WorkspaceInfo("1ws", "urn:x:y")), Kind.INVALID);
        assertKind(() -> catalog.add(new WorkspaceInfo("a/b", "urn:x:y")), Kind.INVALID);
        assertKind(() -> catalog.add(new WorkspaceInfo("ok", null)), Kind.INVALID);
        assertKind(() -> catalog.add(new WorkspaceInfo("ok", "not a uri")), Kind.INVALID);
        assertKind(() -> catalog.add(new StoreInfo("ws", "s2", null, null, true, Map.of())), Kind.INVALID);
        assertKind(() -> catalog.add(new StyleInfo(null, "x", "../../etc/passwd", "sld", "1.0.0"), SLD),
                Kind.INVALID);
    }

    @Test
    void rejectsASecondWorkspaceWithTheSameNamespaceUri() {
        String uri = catalog.workspace("ws").orElseThrow().namespaceUri();
        assertThatThrownBy(() -> catalog.add(new WorkspaceInfo("other", uri)))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DUPLICATE))
                .hasMessageContaining("already used by workspace ws");
        catalog.add(new WorkspaceInfo("other", "urn:crige:workspace:other"));
        assertThatThrownBy(() -> catalog.save(new WorkspaceInfo("other", uri)))
                .isInstanceOf(CatalogException.class);
        assertThat(catalog.workspace("other")).contains(new WorkspaceInfo("other", "urn:crige:workspace:other"));
    }

    @Test
    void rejectsNamesTooLongForAFolderName() {
        assertKind(() -> catalog.add(workspace("w" + "x".repeat(200))), Kind.INVALID);
        catalog.add(workspace("w" + "x".repeat(99)));
        assertThat(catalog.workspaces()).hasSize(2);
    }

    @Test
    void rejectsAStyleSharingTheBodyFileOfAnother() {
        assertKind(() -> catalog.add(new StyleInfo(null, "alias", "polygon.sld", "sld", "1.0.0"), SLD),
                Kind.DUPLICATE);
        // a body file named like another style's own file
        assertKind(() -> catalog.add(new StyleInfo(null, "other", "polygon.json", "sld", "1.0.0"), SLD),
                Kind.INVALID);
        catalog.add(new StyleInfo("ws", "polygon", "polygon.sld", "sld", "1.0.0"), SLD);
        assertThat(catalog.styles("ws")).hasSize(1);
        catalog.save(new StyleInfo(null, "polygon", "polygon.sld", "sld", "1.1.0"), SLD);
    }

    @Test
    void rejectsDanglingReferences() {
        assertKind(() -> catalog.add(store("nows", "s")), Kind.INVALID);
        assertKind(() -> catalog.add(featureType("ws", "nostore", "f2"), layer("ws", "f2", "polygon")),
                Kind.INVALID);
        assertKind(() -> catalog.add(featureType("ws", "st", "f2"), layer("ws", "f2", "nostyle")), Kind.INVALID);
        assertKind(() -> catalog.save(new LayerInfo("ws", "ft", "polygon", List.of("ws:nostyle"), true, true)),
                Kind.INVALID);
        assertThat(catalog.featureTypes(null)).hasSize(1);
    }

    @Test
    void rejectsDuplicatesAndUnknownTargets() {
        assertKind(() -> catalog.add(workspace("ws")), Kind.DUPLICATE);
        assertKind(() -> catalog.add(store("ws", "st")), Kind.DUPLICATE);
        assertKind(() -> catalog.add(featureType("ws", "st", "ft"), layer("ws", "ft", "polygon")), Kind.DUPLICATE);
        assertKind(() -> catalog.add(style(null, "polygon"), SLD), Kind.DUPLICATE);
        assertKind(() -> catalog.save(workspace("other")), Kind.NOT_FOUND);
        assertKind(() -> catalog.removeStore("ws", "nope", true), Kind.NOT_FOUND);
    }

    @Test
    void rejectsClearTextSecrets() {
        StoreInfo clear = new StoreInfo("ws", "pg", "postgis", null, true, Map.of("passwd", "hunter2"));
        assertKind(() -> catalog.add(clear), Kind.INVALID);
        catalog.add(new StoreInfo("ws", "pg", "postgis", null, true, Map.of("passwd", "${env:PGPASSWORD}")));
        assertThat(catalog.store("ws", "pg")).isPresent();
    }

    @Test
    void refusesToRemoveWhatIsStillUsed() {
        assertKind(() -> catalog.removeWorkspace("ws", false), Kind.NOT_EMPTY);
        assertKind(() -> catalog.removeStore("ws", "st", false), Kind.NOT_EMPTY);
        assertKind(() -> catalog.removeStyle(null, "polygon"), Kind.NOT_EMPTY);
        assertThat(catalog.featureTypes(null)).hasSize(1);
    }

    @Test
    void removesRecursivelyChildrenFirst() {
        catalog.add(style("ws", "local"), SLD);
        List<String> events = new ArrayList<>();
        catalog.addListener(new CatalogListener() {
            @Override
            public void onWorkspace(WorkspaceInfo before, WorkspaceInfo after) {
                events.add("workspace " + before.name());
            }

            @Override
            public void onStore(StoreInfo before, StoreInfo after) {
                events.add("store " + before.name());
            }

            @Override
            public void onFeatureType(FeatureTypeInfo before, FeatureTypeInfo after) {
                events.add("featuretype " + before.name());
            }

            @Override
            public void onLayer(LayerInfo before, LayerInfo after) {
                events.add("layer " + before.name());
            }

            @Override
            public void onStyle(StyleInfo before, StyleInfo after, byte[] body) {
                events.add("style " + before.name());
            }
        });
        catalog.removeWorkspace("ws", true);
        assertThat(events).containsExactly("layer ft", "featuretype ft", "store st", "style local", "workspace ws");
        assertThat(catalog.workspaces()).isEmpty();
        assertThat(catalog.stores(null)).isEmpty();
        assertThat(catalog.layers(null)).isEmpty();
        assertThat(catalog.styles(null)).hasSize(1);
        catalog.removeStyle(null, "polygon");
        assertThat(catalog.styles(null)).isEmpty();
    }

    @Test
    void listenersSeeTheChangeBeforeItIsVisible() {
        List<Boolean> visibleDuringCallback = new ArrayList<>();
        catalog.addListener(new CatalogListener() {
            @Override
            public void onWorkspace(WorkspaceInfo before, WorkspaceInfo after) {
                visibleDuringCallback.add(catalog.workspace(after.name()).isPresent());
            }
        });
        catalog.add(workspace("second"));
        assertThat(visibleDuringCallback).containsExactly(false);
        assertThat(catalog.workspace("second")).isPresent();
    }

    @Test
    void aThrowingListenerVetoesAndEarlierAcceptancesAreUndone() {
        List<String> undone = new ArrayList<>();
        catalog.addListener(new CatalogListener() {
            @Override
            public void onLayer(LayerInfo before, LayerInfo after) {
                if (before == null) {
                    undone.add("layer restored " + after.name());
                }
            }

            @Override
            public void onStore(StoreInfo before, StoreInfo after) {
                if (after == null) {
                    throw new IllegalStateException("disk full");
                }
            }
        });
        assertThatThrownBy(() -> catalog.removeStore("ws", "st", true))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FAILED))
                .hasMessageContaining("disk full");
        assertThat(undone).containsExactly("layer restored ft");
        assertThat(catalog.store("ws", "st")).isPresent();
        assertThat(catalog.featureType("ws", "ft")).isPresent();
        assertThat(catalog.layer("ws", "ft")).isPresent();
    }

    @Test
    void featureTypesCannotChangeStore() {
        catalog.add(store("ws", "st2"));
        assertKind(() -> catalog.save(featureType("ws", "st2", "ft")), Kind.INVALID);
    }

    @Test
    void workspaceStylesAreOnlyForTheirWorkspace() {
        catalog.add(workspace("other"));
        catalog.add(style("other", "foreign"), SLD);
        assertKind(() -> catalog.save(layer("ws", "ft", "other:foreign")), Kind.INVALID);
        catalog.add(style("ws", "local"), SLD);
        catalog.save(layer("ws", "ft", "ws:local"));
        assertKind(() -> catalog.removeStyle("ws", "local"), Kind.NOT_EMPTY);
    }

    private static void assertKind(ThrowingCallable call, Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind));
    }
}
