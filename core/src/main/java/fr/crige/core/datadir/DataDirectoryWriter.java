package fr.crige.core.datadir;

import fr.crige.core.catalog.CatalogException;
import fr.crige.core.catalog.CatalogListener;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerGroupInfo;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.catalog.StyleInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists every catalog change to the data directory, file by file, with {@link AtomicFiles}. Being a
 * {@link CatalogListener}, it runs before the change becomes visible: when a file cannot be written it throws,
 * and the catalog rejects the change (and sends the inverse of the already written part of a multi-object
 * operation, which rewrites what was removed).
 *
 * <p>Removals delete the object's files, then its folder when nothing else is left in it: a folder that also
 * holds files an administrator put there (a GeoPackage, notes) is kept and logged. A style removal keeps the
 * body file (as GeoServer does without {@code purge}); {@link DataDirectory#purgeStyleBody} deletes it. A
 * workspace removal deletes the body files of its styles folder as well.
 */
public final class DataDirectoryWriter implements CatalogListener {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryWriter.class);

    private final DataDirectoryLayout layout;
    private final CatalogJson json = new CatalogJson();

    DataDirectoryWriter(DataDirectoryLayout layout) {
        this.layout = layout;
    }

    @Override
    public void onWorkspace(WorkspaceInfo before, WorkspaceInfo after) {
        if (after != null) {
            write(layout.workspaceFile(after.name()), json.write(after));
        } else {
            delete(layout.workspaceFile(before.name()));
            deleteStyleBodies(layout.stylesDir(before.name()));
            deleteFolder(layout.stylesDir(before.name()));
            deleteFolder(layout.layerGroupsDir(before.name()));
            deleteFolder(layout.workspaceDir(before.name()));
        }
    }

    @Override
    public void onStore(StoreInfo before, StoreInfo after) {
        if (after != null) {
            reserved("Store", after.name(), DataDirectoryLayout.STYLES, "the folder of the workspace styles");
            reserved("Store", after.name(), DataDirectoryLayout.LAYER_GROUPS,
                    "the folder of the workspace layer groups");
            reserved("Store", after.name(), DataDirectoryLayout.WORKSPACE_FILE, "the file of its workspace");
            write(layout.storeFile(after.workspace(), after.name()), json.write(after));
        } else {
            delete(layout.storeFile(before.workspace(), before.name()));
            deleteFolder(layout.storeDir(before.workspace(), before.name()));
        }
    }

    @Override
    public void onFeatureType(FeatureTypeInfo before, FeatureTypeInfo after) {
        if (after != null) {
            reserved("Feature type", after.name(), DataDirectoryLayout.STORE_FILE, "the file of its store");
            Path dir = layout.featureTypeDir(after.workspace(), after.store(), after.name());
            write(dir.resolve(DataDirectoryLayout.FEATURE_TYPE_FILE), json.write(after));
        } else {
            Path dir = layout.featureTypeDir(before.workspace(), before.store(), before.name());
            delete(dir.resolve(DataDirectoryLayout.FEATURE_TYPE_FILE));
            deleteFolder(dir);
        }
    }

    @Override
    public void onLayer(LayerInfo before, LayerInfo after) {
        LayerInfo layer = after != null ? after : before;
        Path file = featureTypeDirOf(layer).resolve(DataDirectoryLayout.LAYER_FILE);
        if (after != null) {
            write(file, json.write(after));
        } else {
            delete(file);
        }
    }

    @Override
    public void onLayerGroup(LayerGroupInfo before, LayerGroupInfo after) {
        if (after != null) {
            write(layout.layerGroupFile(after.workspace(), after.name()), json.write(after));
        } else {
            delete(layout.layerGroupFile(before.workspace(), before.name()));
        }
    }

    @Override
    public void onStyle(StyleInfo before, StyleInfo after, byte[] body) {
        if (after == null) {
            delete(layout.styleFile(before.workspace(), before.name()));
            return;
        }
        Path target = layout.styleBody(after.workspace(), after.filename());
        if (body != null) {
            write(target, body);
        } else if (before != null && !Objects.equals(before.filename(), after.filename())) {
            move(layout.styleBody(before.workspace(), before.filename()), target);
        }
        write(layout.styleFile(after.workspace(), after.name()), json.write(after));
    }

    /** Refuses a name that, used as a folder name, would be a file of the folder holding it. */
    private static void reserved(String kind, String name, String fileName, String what) {
        if (fileName.equals(name)) {
            throw new CatalogException(CatalogException.Kind.INVALID,
                    kind + " name '" + name + "' is reserved: it is " + what + " in the data directory");
        }
    }

    /**
     * The folder of a layer's feature type. Layers do not name their store, so the folder is found on disk;
     * the feature type file is always written before its layer and removed after it.
     */
    private Path featureTypeDirOf(LayerInfo layer) {
        try (DirectoryStream<Path> stores = Files.newDirectoryStream(layout.workspaceDir(layer.workspace()),
                Files::isDirectory)) {
            for (Path store : stores) {
                Path dir = store.resolve(layer.name());
                if (Files.exists(dir.resolve(DataDirectoryLayout.FEATURE_TYPE_FILE))) {
                    return dir;
                }
            }
        } catch (IOException e) {
            throw failed("Cannot list " + layout.workspaceDir(layer.workspace()), e);
        }
        throw new CatalogException(CatalogException.Kind.FAILED, "No feature type folder holds "
                + DataDirectoryLayout.FEATURE_TYPE_FILE + " for layer " + layer.qualifiedName());
    }

    /**
     * Deletes the body files left in the styles folder of a removed workspace: its styles are gone with it,
     * so their bodies are purged too.
     */
    private static void deleteStyleBodies(Path stylesDir) {
        if (!Files.isDirectory(stylesDir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(stylesDir, Files::isRegularFile)) {
            for (Path file : files) {
                AtomicFiles.delete(file);
            }
        } catch (IOException e) {
            throw failed("Cannot delete the styles of " + stylesDir, e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw failed("Cannot write " + file, e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            AtomicFiles.move(from, to);
        } catch (IOException e) {
            throw failed("Cannot rename " + from + " to " + to, e);
        }
    }

    private static void delete(Path file) {
        try {
            AtomicFiles.delete(file);
        } catch (IOException e) {
            throw failed("Cannot delete " + file, e);
        }
    }

    private static void deleteFolder(Path dir) {
        try {
            if (Files.isDirectory(dir) && !AtomicFiles.deleteIfEmpty(dir)) {
                LOG.info("Kept folder {}: it holds files that are not part of the catalog", dir);
            }
        } catch (IOException e) {
            throw failed("Cannot delete folder " + dir, e);
        }
    }

    private static CatalogException failed(String message, IOException cause) {
        return new CatalogException(CatalogException.Kind.FAILED, message + ": " + cause, cause);
    }
}
