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
import fr.crige.core.catalog.LayerGroupInfo.Mode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LayerGroupCatalogTest {

    private DefaultCatalog catalog;

    @BeforeEach
    void populate() {
        catalog = CatalogFixtures.populated();
        catalog.add(featureType("ws", "st", "roads"), layer("ws", "roads", "polygon"));
        catalog.add(workspace("other"));
        catalog.add(store("other", "st"));
        catalog.add(featureType("other", "st", "trees"), layer("other", "trees", "polygon"));
    }

    private static LayerGroupInfo group(String ws, String name, String... members) {
        return new LayerGroupInfo(ws, name, "Title " + name, null, Mode.NAMED, List.of(members), null);
    }

    @Test
    void addsReadsAndSavesGroups() {
        catalog.add(group("ws", "base", "ws:ft", "ws:roads"));
        catalog.add(group(null, "region", "ws:base", "other:trees"));

        assertThat(catalog.layerGroups("ws")).extracting(LayerGroupInfo::qualifiedName).containsExactly("ws:base");
        assertThat(catalog.layerGroups(null)).extracting(LayerGroupInfo::qualifiedName).containsExactly("region");
        assertThat(catalog.allLayerGroups()).hasSize(2);
        assertThat(catalog.layerGroup("ws", "base")).get().extracting(LayerGroupInfo::mode).isEqualTo(Mode.NAMED);

        LayerGroupInfo single = new LayerGroupInfo("ws", "base", "Fond", null, Mode.SINGLE, List.of("ws:roads"),
                List.of("polygon"));
        catalog.save(single);
        assertThat(catalog.layerGroup("ws", "base")).contains(single);
    }

    @Test
    void rejectsUnknownMembersForeignMembersAndBadStyles() {
        assertKind(() -> catalog.add(group("ws", "g", "ws:nothing")), Kind.INVALID);
        assertKind(() -> catalog.add(group("ws", "g", "other:trees")), Kind.INVALID);
        assertKind(() -> catalog.add(group("ws", "g")), Kind.INVALID);
        assertKind(() -> catalog.add(new LayerGroupInfo("ws", "g", null, null, null, List.of("ws:ft", "ws:roads"),
                List.of("polygon"))), Kind.INVALID);
        assertKind(() -> catalog.add(new LayerGroupInfo("ws", "g", null, null, null, List.of("ws:ft"),
                List.of("missing"))), Kind.INVALID);
        assertKind(() -> catalog.add(group("nowhere", "g", "ws:ft")), Kind.INVALID);
        assertThat(catalog.allLayerGroups()).isEmpty();
    }

    @Test
    void groupsAndLayersNeverShareAName() {
        assertKind(() -> catalog.add(group("ws", "roads", "ws:ft")), Kind.DUPLICATE);
        catalog.add(group("ws", "base", "ws:ft"));
        assertKind(() -> catalog.add(featureType("ws", "st", "base"), layer("ws", "base", "polygon")),
                Kind.DUPLICATE);
        assertKind(() -> catalog.add(group("ws", "base", "ws:roads")), Kind.DUPLICATE);
    }

    @Test
    void rejectsCycles() {
        catalog.add(group(null, "a", "ws:ft"));
        catalog.add(group(null, "b", "a"));
        assertKind(() -> catalog.save(group(null, "a", "b")), Kind.INVALID);
        assertKind(() -> catalog.save(group(null, "a", "a")), Kind.INVALID);
        assertThat(catalog.layerGroup(null, "a").orElseThrow().layers()).containsExactly("ws:ft");
    }

    @Test
    void refusesToRemoveWhatAGroupUses() {
        catalog.add(new LayerGroupInfo("ws", "base", null, null, null, List.of("ws:ft"), List.of("polygon")));
        catalog.add(group(null, "region", "ws:base"));

        assertKind(() -> catalog.removeFeatureType("ws", "ft"), Kind.NOT_EMPTY);
        assertKind(() -> catalog.removeLayerGroup("ws", "base"), Kind.NOT_EMPTY);
        assertKind(() -> catalog.removeWorkspace("ws", false), Kind.NOT_EMPTY);

        catalog.removeLayerGroup(null, "region");
        catalog.removeLayerGroup("ws", "base");
        catalog.removeFeatureType("ws", "ft");
        assertThat(catalog.allLayerGroups()).isEmpty();
    }

    @Test
    void styleUsedByAGroupCannotBeRemoved() {
        catalog.add(style(null, "line"), SLD);
        catalog.add(new LayerGroupInfo("ws", "base", null, null, null, List.of("ws:roads"), List.of("line")));
        assertKind(() -> catalog.removeStyle(null, "line"), Kind.NOT_EMPTY);
    }

    @Test
    void recursiveRemovalTakesMembersOutAndDropsEmptiedGroups() {
        catalog.add(new LayerGroupInfo("ws", "base", null, null, null, List.of("ws:ft", "ws:roads"),
                List.of("polygon", "")));
        catalog.add(group(null, "region", "ws:base", "other:trees"));
        catalog.add(group(null, "nature", "other:trees"));
        catalog.add(group(null, "wrapper", "nature"));
        List<String> told = new ArrayList<>();
        catalog.addListener(new CatalogListener() {
            @Override
            public void onLayerGroup(LayerGroupInfo before, LayerGroupInfo after) {
                told.add(before.qualifiedName() + (after == null ? " removed" : " -> " + after.layers()));
            }
        });

        catalog.removeStore("other", "st", true);

        assertThat(catalog.layerGroup(null, "region").orElseThrow().layers()).containsExactly("ws:base");
        assertThat(catalog.layerGroup(null, "nature")).isEmpty();
        assertThat(catalog.layerGroup(null, "wrapper")).isEmpty();
        assertThat(told).containsExactlyInAnyOrder("region -> [ws:base]", "nature removed", "wrapper removed");

        catalog.removeWorkspace("ws", true);
        assertThat(catalog.allLayerGroups()).isEmpty();
    }

    @Test
    void stylesOfRemovedMembersGoWithThem() {
        catalog.add(new LayerGroupInfo(null, "region", null, null, null, List.of("ws:ft", "other:trees"),
                List.of("polygon", "")));

        catalog.removeStore("ws", "st", true);

        LayerGroupInfo region = catalog.layerGroup(null, "region").orElseThrow();
        assertThat(region.layers()).containsExactly("other:trees");
        assertThat(region.styles()).isEmpty();
    }

    private static void assertKind(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
