package fr.crige.core.datadir;

import static fr.crige.core.catalog.CatalogFixtures.SLD;
import static fr.crige.core.catalog.CatalogFixtures.featureType;
import static fr.crige.core.catalog.CatalogFixtures.layer;
import static fr.crige.core.catalog.CatalogFixtures.store;
import static fr.crige.core.catalog.CatalogFixtures.style;
import static fr.crige.core.catalog.CatalogFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.CatalogException;
import fr.crige.core.catalog.CatalogFixtures;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.LayerGroupInfo;
import fr.crige.core.catalog.StoreInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path dir;

    private DefaultCatalog persisted() {
        DefaultCatalog catalog = new DefaultCatalog();
        catalog.addListener(new DataDirectory(dir).writer());
        CatalogFixtures.fill(catalog);
        catalog.add(style("ws", "local"), SLD);
        catalog.add(store("ws", "second"));
        return catalog;
    }

    @Test
    void roundTripsTheWholeCatalog() {
        DefaultCatalog saved = persisted();

        DefaultCatalog reloaded = new DefaultCatalog();
        assertThat(DataDirectory.load(dir, reloaded)).isEmpty();

        assertThat(reloaded.workspaces()).isEqualTo(saved.workspaces());
        assertThat(reloaded.stores(null)).isEqualTo(saved.stores(null));
        assertThat(reloaded.featureTypes(null)).isEqualTo(saved.featureTypes(null));
        assertThat(reloaded.layers(null)).isEqualTo(saved.layers(null));
        assertThat(reloaded.styles(null)).isEqualTo(saved.styles(null));
        assertThat(reloaded.styles("ws")).isEqualTo(saved.styles("ws"));
        assertThat(reloaded.styleBody("ws", "local")).hasValueSatisfying(b -> assertThat(b).isEqualTo(SLD));
    }

    @Test
    void writesTheDocumentedLayoutAsReadableJson() throws Exception {
        persisted();
        assertThat(dir.resolve("workspaces/ws/workspace.json")).isRegularFile();
        assertThat(dir.resolve("workspaces/ws/st/datastore.json")).isRegularFile();
        assertThat(dir.resolve("workspaces/ws/st/ft/featuretype.json")).isRegularFile();
        assertThat(dir.resolve("workspaces/ws/st/ft/layer.json")).isRegularFile();
        assertThat(dir.resolve("workspaces/ws/styles/local.json")).isRegularFile();
        assertThat(dir.resolve("workspaces/ws/styles/local.sld")).hasBinaryContent(SLD);
        assertThat(dir.resolve("styles/polygon.json")).isRegularFile();
        assertThat(Files.readString(dir.resolve("workspaces/ws/st/datastore.json"))).isEqualTo("""
                {
                  "name": "st",
                  "type": "geopackage",
                  "description": "test store",
                  "enabled": true,
                  "connectionParameters": {
                    "database": "data/st.gpkg"
                  }
                }
                """);
        assertThat(Files.readString(dir.resolve("workspaces/ws/st/ft/featuretype.json")))
                .contains("\"abstract\": \"About ft\"").doesNotContain("\"workspace\"");
    }

    @Test
    void removalsDeleteFilesAndEmptyFolders() {
        DefaultCatalog catalog = persisted();
        catalog.removeWorkspace("ws", true);
        assertThat(dir.resolve("workspaces/ws/st")).doesNotExist();
        assertThat(dir.resolve("workspaces/ws")).doesNotExist();
        DefaultCatalog reloaded = new DefaultCatalog();
        assertThat(DataDirectory.load(dir, reloaded)).isEmpty();
        assertThat(reloaded.workspaces()).isEmpty();
        assertThat(reloaded.styles(null)).hasSize(1);
    }

    @Test
    void styleRemovalKeepsTheBodyUntilPurged() throws Exception {
        DefaultCatalog catalog = persisted();
        catalog.removeStyle("ws", "local");
        assertThat(dir.resolve("workspaces/ws/styles/local.json")).doesNotExist();
        assertThat(dir.resolve("workspaces/ws/styles/local.sld")).exists();
        new DataDirectory(dir).purgeStyleBody("ws", "local.sld");
        assertThat(dir.resolve("workspaces/ws/styles/local.sld")).doesNotExist();
    }

    @Test
    void reportsInvalidFilesAndLoadsTheRest() throws Exception {
        persisted();
        Files.writeString(dir.resolve("workspaces/ws/st/datastore.json"), "{\"name\": \"st\", ");
        Files.writeString(dir.resolve("styles/polygon.json"), "{\"name\": \"polygon\", \"format\": \"sld\"}");
        Path orphan = dir.resolve("workspaces/gone/s/datastore.json");
        Files.createDirectories(orphan.getParent());
        Files.write(orphan, new CatalogJson().write(store("gone", "s")));

        DefaultCatalog reloaded = new DefaultCatalog();
        List<LoadProblem> problems = DataDirectory.load(dir, reloaded);

        assertThat(problems).extracting(p -> dir.relativize(p.file()).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("workspaces/gone/workspace.json", "styles/polygon.json",
                        "workspaces/gone/s/datastore.json", "workspaces/ws/st/datastore.json",
                        "workspaces/ws/st/ft/featuretype.json");
        assertThat(problems).anySatisfy(p -> assertThat(p.problem()).startsWith("invalid JSON"));
        assertThat(problems).anySatisfy(p -> assertThat(p.problem()).isEqualTo("missing field 'filename'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.problem())
                .contains("Workspace 'gone' of store s does not exist"));
        assertThat(problems).anySatisfy(p -> assertThat(p.problem()).contains("store 'st', which does not exist"));
        assertThat(reloaded.workspace("ws")).isPresent();
        assertThat(reloaded.store("ws", "second")).isPresent();
        assertThat(reloaded.styles("ws")).hasSize(1);
    }

    @Test
    void reportsNameMismatchesAndUnknownFields() throws Exception {
        persisted();
        Files.writeString(dir.resolve("workspaces/ws/second/datastore.json"),
                "{\"name\": \"other\", \"type\": \"geopackage\", \"enabled\": true}");
        Files.writeString(dir.resolve("styles/polygon.json"),
                "{\"name\": \"polygon\", \"filename\": \"polygon.sld\", \"format\": \"sld\", \"colour\": 1}");
        List<LoadProblem> problems = DataDirectory.load(dir, new DefaultCatalog());
        assertThat(problems).extracting(LoadProblem::problem).anySatisfy(
                p -> assertThat(p).contains("name 'other' differs from its folder name 'second'"));
        assertThat(problems).extracting(LoadProblem::problem).anySatisfy(p -> assertThat(p).contains("colour"));
    }

    @Test
    void reportsEmptyUnreadableAndOutOfFolderFilesAndLoadsTheRest() throws Exception {
        persisted();
        Files.writeString(dir.resolve("workspaces/ws/second/datastore.json"), "");
        // the path is checked before any file is looked at: a file outside is never even tested for existence
        Files.writeString(dir.resolve("workspaces/ws/styles/local.json"),
                "{\"name\": \"local\", \"filename\": \"../../../outside.sld\", \"format\": \"sld\"}");
        Path unreadable = dir.resolve("workspaces/ws/st/datastore.json");
        boolean posix = unreadable.toFile().setReadable(false) && !Files.isReadable(unreadable);

        DefaultCatalog reloaded = new DefaultCatalog();
        List<LoadProblem> problems = DataDirectory.load(dir, reloaded);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).endsWith(Path.of("second", "datastore.json"));
            assertThat(p.problem()).contains("empty");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).endsWith(Path.of("styles", "local.json"));
            assertThat(p.problem()).contains("'../../../outside.sld' is not a plain file name");
        });
        if (posix) {
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(unreadable);
                assertThat(p.problem()).contains("cannot read");
            });
        }
        assertThat(reloaded.workspace("ws")).isPresent();
        assertThat(reloaded.styles(null)).hasSize(1);
        assertThat(reloaded.styles("ws")).isEmpty();
    }

    @Test
    void refusesStoreAndFeatureTypeNamesThatAreItsOwnFileNames() throws Exception {
        DefaultCatalog catalog = persisted();
        assertThatThrownBy(() -> catalog.add(store("ws", "workspace.json")))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.kind()).isEqualTo(CatalogException.Kind.INVALID));
        assertThatThrownBy(() -> catalog.add(featureType("ws", "st", "datastore.json"),
                layer("ws", "datastore.json", "polygon")))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.kind()).isEqualTo(CatalogException.Kind.INVALID));
        assertThat(dir.resolve("workspaces/ws/workspace.json")).isRegularFile();
        assertThat(dir.resolve("workspaces/ws/st/datastore.json")).isRegularFile();
        assertThat(DataDirectory.load(dir, new DefaultCatalog())).isEmpty();
    }

    @Test
    void writesAtomicallyLeavingNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("a/b/file.json");
        AtomicFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "second".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("second");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteVetoesTheChange() throws Exception {
        DefaultCatalog catalog = persisted();
        // a plain file where the store folder should be makes the write fail
        Files.writeString(dir.resolve("workspaces/ws/blocked"), "not a folder");
        assertThatThrownBy(() -> catalog.add(store("ws", "blocked")))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.kind()).isEqualTo(CatalogException.Kind.FAILED));
        assertThat(catalog.store("ws", "blocked")).isEmpty();
        assertThatThrownBy(() -> catalog.add(store("ws", "styles")))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.kind()).isEqualTo(CatalogException.Kind.INVALID));
    }

    @Test
    void keepsSecretsInAPrivateFile() throws Exception {
        DataDirectory dd = new DataDirectory(dir);
        dd.secrets().put("ws.pg.passwd", "hunter2");
        Path file = dir.resolve("security/secrets.properties");
        assertThat(dd.secrets().get("ws.pg.passwd")).contains("hunter2");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        Catalog catalog = new DefaultCatalog();
        catalog.addListener(dd.writer());
        catalog.add(workspace("ws"));
        catalog.add(new StoreInfo("ws", "pg", "postgis", null, true, Map.of("passwd", "${secret:ws.pg.passwd}")));
        assertThat(Files.readString(dir.resolve("workspaces/ws/pg/datastore.json"))).doesNotContain("hunter2");
    }

    @Test
    void featureTypeAndLayerFilesStayTogether() {
        DefaultCatalog catalog = persisted();
        catalog.add(featureType("ws", "second", "other"), layer("ws", "other", "polygon"));
        assertThat(dir.resolve("workspaces/ws/second/other/layer.json")).isRegularFile();
        catalog.removeFeatureType("ws", "other");
        assertThat(dir.resolve("workspaces/ws/second/other")).doesNotExist();
    }

    @Test
    void layerGroupsRoundTripWhateverTheOrderOfTheirFiles() throws Exception {
        DefaultCatalog saved = persisted();
        saved.add(featureType("ws", "second", "roads"), layer("ws", "roads", "polygon"));
        // "a_region" sorts before "base", which it contains: loading must not depend on file order
        saved.add(new LayerGroupInfo("ws", "base", "Fond de plan", "Routes et limites", LayerGroupInfo.Mode.SINGLE,
                List.of("ws:ft", "ws:roads"), List.of("polygon", "")));
        saved.add(new LayerGroupInfo(null, "a_region", "Région", null, null, List.of("ws:base"), null));

        assertThat(dir.resolve("workspaces/ws/layergroups/base.json")).isRegularFile();
        assertThat(Files.readString(dir.resolve("layergroups/a_region.json")))
                .contains("\"mode\": \"NAMED\"").doesNotContain("\"workspace\"");
        DefaultCatalog reloaded = new DefaultCatalog();
        assertThat(DataDirectory.load(dir, reloaded)).isEmpty();
        assertThat(reloaded.allLayerGroups()).isEqualTo(saved.allLayerGroups());

        saved.removeLayerGroup(null, "a_region");
        assertThat(dir.resolve("layergroups/a_region.json")).doesNotExist();
    }

    @Test
    void aGroupWithAMissingMemberIsReportedAndTheRestLoads() throws Exception {
        persisted();
        Files.createDirectories(dir.resolve("layergroups"));
        Files.writeString(dir.resolve("layergroups/broken.json"), """
                {"name": "broken", "layers": ["ws:gone"]}
                """);
        DefaultCatalog reloaded = new DefaultCatalog();

        assertThat(DataDirectory.load(dir, reloaded)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("layergroups/broken.json"));
            assertThat(p.problem()).contains("ws:gone");
        });
        assertThat(reloaded.layers(null)).isNotEmpty();
    }

    @Test
    void aStoreCannotTakeTheNameOfTheGroupsFolder() {
        DefaultCatalog catalog = persisted();
        assertThatThrownBy(() -> catalog.add(store("ws", "layergroups"))).isInstanceOf(CatalogException.class)
                .hasMessageContaining("reserved");
    }
}
