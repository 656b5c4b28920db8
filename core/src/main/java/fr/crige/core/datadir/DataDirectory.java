package fr.crige.core.datadir;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.CatalogException;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerGroupInfo;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.StyleInfo;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory: the catalog as one JSON file per object (see {@link DataDirectoryLayout}), plus the
 * secret file. {@link #load} fills a catalog from it, tolerating bad files: each is reported as a
 * {@link LoadProblem} and skipped, so one typo does not keep the server from starting.
 * {@link #writer()} keeps the files in step with later catalog changes.
 *
 * <p>Typical start-up: load into an empty catalog, log the problems, then attach the writer (attaching it
 * before loading would rewrite every file as it is read).
 */
public final class DataDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

    private final DataDirectoryLayout layout;
    private final CatalogJson json = new CatalogJson();

    public DataDirectory(Path root) {
        this.layout = new DataDirectoryLayout(root.toAbsolutePath().normalize());
    }

    /** Loads a data directory into a catalog; returns the problems met (empty when all loaded). */
    public static List<LoadProblem> load(Path root, Catalog catalog) {
        return new DataDirectory(root).load(catalog);
    }

    public Path root() {
        return layout.root();
    }

    /** The listener that persists catalog changes into this directory. */
    public DataDirectoryWriter writer() {
        return new DataDirectoryWriter(layout);
    }

    /** The secret file of this directory, {@code security/secrets.properties}. */
    public SecretFile secrets() {
        return new SecretFile(layout.secretsFile());
    }

    /** Deletes the body file of a removed style ("purge"); the style itself must already be removed. */
    public void purgeStyleBody(String workspace, String filename) throws IOException {
        AtomicFiles.delete(layout.styleBody(workspace, filename));
    }

    /**
     * The content of a body file an administrator put in a styles folder, to register it as a style.
     *
     * @param workspace null for the global styles folder
     * @return empty when there is no such file
     * @throws IllegalArgumentException when {@code filename} is not a plain file name
     */
    public Optional<byte[]> styleBodyFile(String workspace, String filename) throws IOException {
        Path file = plainStyleBody(workspace, filename);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    /**
     * The body file of a style in its styles folder, checked to be a plain file name there, so that neither
     * a request nor a hand-edited style file makes the server read or write elsewhere.
     *
     * @throws IllegalArgumentException when {@code filename} is not a plain file name
     */
    private Path plainStyleBody(String workspace, String filename) {
        Path folder = layout.stylesDir(workspace);
        Path file;
        try {
            file = layout.styleBody(workspace, filename).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            file = null;
        }
        if (filename.isEmpty() || file == null || !folder.equals(file.getParent())
                || name(file).startsWith(".")) {
            throw new IllegalArgumentException("'" + filename + "' is not a plain file name");
        }
        return file;
    }

    /**
     * Reads every object into the catalog: workspaces first, then styles, stores, feature types with their
     * layers, and layer groups, so that references resolve. Files the catalog rejects (invalid names, dangling
     * references, duplicates) are reported like unreadable ones; objects under a skipped parent are then
     * reported as referring to a missing parent.
     */
    public List<LoadProblem> load(Catalog catalog) {
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> workspaceDirs = children(layout.workspaces(), Files::isDirectory, problems);
        for (Path dir : workspaceDirs) {
            loadWorkspace(dir, catalog, problems);
        }
        loadStyles(null, catalog, problems);
        for (Path dir : workspaceDirs) {
            loadStyles(name(dir), catalog, problems);
        }
        for (Path wsDir : workspaceDirs) {
            for (Path storeDir : children(wsDir, this::isStoreDir, problems)) {
                loadStore(name(wsDir), storeDir, catalog, problems);
            }
        }
        List<String> groupOwners = new ArrayList<>();
        groupOwners.add(null);
        workspaceDirs.forEach(dir -> groupOwners.add(name(dir)));
        loadLayerGroups(groupOwners, catalog, problems);
        problems.forEach(p -> LOG.warn("Data directory: {}", p));
        return problems;
    }

    private boolean isStoreDir(Path p) {
        return Files.isDirectory(p) && !name(p).equals(DataDirectoryLayout.STYLES)
                && !name(p).equals(DataDirectoryLayout.LAYER_GROUPS);
    }

    /**
     * Reads the global and workspace layer groups. Groups may contain groups, in any folder, so they are
     * added in passes until a pass adds none; what is left is reported with the catalog's reason.
     */
    private void loadLayerGroups(List<String> owners, Catalog catalog, List<LoadProblem> problems) {
        Map<Path, LayerGroupInfo> pending = new LinkedHashMap<>();
        for (String workspace : owners) {
            Path dir = layout.layerGroupsDir(workspace);
            for (Path file : jsonFiles(dir, problems)) {
                attempt(file, problems, () -> {
                    LayerGroupInfo group = json.readLayerGroup(Files.readAllBytes(file), workspace);
                    requireFileName(group.name(), file);
                    pending.put(file, group);
                });
            }
        }
        Map<Path, CatalogException> refused = new LinkedHashMap<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            refused.clear();
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                try {
                    catalog.add(entry.getValue());
                    it.remove();
                    progress = true;
                } catch (CatalogException e) {
                    refused.put(entry.getKey(), e);
                }
            }
        }
        refused.forEach((file, e) -> problems.add(new LoadProblem(file, e.getMessage())));
    }

    private void loadWorkspace(Path dir, Catalog catalog, List<LoadProblem> problems) {
        Path file = dir.resolve(DataDirectoryLayout.WORKSPACE_FILE);
        attempt(file, problems, () -> {
            var ws = json.readWorkspace(Files.readAllBytes(file));
            requireName(ws.name(), name(dir), "folder");
            catalog.add(ws);
        });
    }

    private void loadStyles(String workspace, Catalog catalog, List<LoadProblem> problems) {
        Path dir = layout.stylesDir(workspace);
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path file : jsonFiles(dir, problems)) {
            attempt(file, problems, () -> {
                StyleInfo style = json.readStyle(Files.readAllBytes(file), workspace);
                requireFileName(style.name(), file);
                Path body;
                try {
                    body = plainStyleBody(workspace, style.filename());
                } catch (IllegalArgumentException e) {
                    throw new IOException("style body file " + e.getMessage());
                }
                if (!Files.isRegularFile(body)) {
                    throw new IOException("style body file " + body.getFileName() + " does not exist");
                }
                catalog.add(style, Files.readAllBytes(body));
            });
        }
    }

    private void loadStore(String workspace, Path dir, Catalog catalog, List<LoadProblem> problems) {
        Path file = dir.resolve(DataDirectoryLayout.STORE_FILE);
        attempt(file, problems, () -> {
            var store = json.readStore(Files.readAllBytes(file), workspace);
            requireName(store.name(), name(dir), "folder");
            catalog.add(store);
        });
        for (Path ftDir : children(dir, Files::isDirectory, problems)) {
            children(ftDir, p -> false, problems); // only removes leftovers of interrupted writes
            Path ftFile = ftDir.resolve(DataDirectoryLayout.FEATURE_TYPE_FILE);
            attempt(ftFile, problems, () -> {
                FeatureTypeInfo ft = json.readFeatureType(Files.readAllBytes(ftFile), workspace, name(dir));
                requireName(ft.name(), name(ftDir), "folder");
                Path layerFile = ftDir.resolve(DataDirectoryLayout.LAYER_FILE);
                LayerInfo layer;
                try {
                    layer = json.readLayer(Files.readAllBytes(layerFile), workspace);
                    requireName(layer.name(), ft.name(), "feature type");
                } catch (IOException e) {
                    throw new IOException(layerFile.getFileName() + ": " + describe(e), e);
                }
                try {
                    catalog.add(ft, layer);
                } catch (CatalogException e) {
                    // the feature type and its layer are added together: name both files
                    throw new IOException("with " + layerFile.getFileName() + ": " + e.getMessage(), e);
                }
            });
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /** Runs one file's loading step, turning any failure into a problem about that file. */
    private static void attempt(Path file, List<LoadProblem> problems, Step step) {
        try {
            step.run();
        } catch (IOException e) {
            problems.add(new LoadProblem(file, describe(e)));
        } catch (CatalogException e) {
            problems.add(new LoadProblem(file, e.getMessage()));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file is missing";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read file: permission denied";
        }
        if (e instanceof JsonProcessingException j) {
            var where = j.getLocation();
            return "invalid JSON: " + j.getOriginalMessage()
                    + (where == null || where.getLineNr() < 0 ? "" : " (line " + where.getLineNr() + ")");
        }
        return e.getMessage();
    }

    private static void requireName(String declared, String expected, String what) throws IOException {
        if (!expected.equals(declared)) {
            throw new IOException("name '" + declared + "' differs from its " + what + " name '" + expected + "'");
        }
    }

    /** An object stored as {@code <name>.json} must declare that name. */
    private static void requireFileName(String declared, Path file) throws IOException {
        String fileName = name(file);
        requireName(declared, fileName.substring(0, fileName.length() - DataDirectoryLayout.JSON.length()), "file");
    }

    /** The {@code .json} files of a folder (sorted), as {@link #children} lists them. */
    private static List<Path> jsonFiles(Path dir, List<LoadProblem> problems) {
        return children(dir, p -> name(p).endsWith(DataDirectoryLayout.JSON), problems);
    }

    /** Sorted entries of a folder, skipping hidden files; leftovers of interrupted writes are deleted. */
    private static List<Path> children(Path dir, Predicate<Path> filter, List<LoadProblem> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> result = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String n = name(p);
                if (AtomicFiles.TEMPORARY.matcher(n).matches()) {
                    Files.deleteIfExists(p);
                } else if (!n.startsWith(".") && filter.test(p)) {
                    result.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(new LoadProblem(dir, "cannot list folder: " + e.getMessage()));
        }
        result.sort(null);
        return result;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
