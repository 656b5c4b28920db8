package fr.crige.core.datadir;

import fr.crige.core.catalog.CatalogFixtures;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.catalog.StyleInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Child process of {@link CrashSafetyTest}: loads a data directory and saves new versions of every kind of
 * object in a loop, printing each completed version, until it is killed.
 */
public final class CrashLoop {

    static final String WS = "ws";

    private CrashLoop() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        DefaultCatalog catalog = new DefaultCatalog();
        List<LoadProblem> problems = DataDirectory.load(dir, catalog);
        if (!problems.isEmpty()) {
            System.err.println(problems);
            System.exit(2);
        }
        catalog.addListener(new DataDirectory(dir).writer());
        for (int v = version(catalog.workspace(WS).orElseThrow()) + 1; ; v++) {
            saveVersion(catalog, v);
            System.out.println(v);
            System.out.flush();
        }
    }

    /** The first version: the fixture catalog with version 0 everywhere. */
    static void createVersionZero(DefaultCatalog catalog) {
        CatalogFixtures.fill(catalog);
        saveVersion(catalog, 0);
    }

    static void saveVersion(DefaultCatalog catalog, int v) {
        catalog.save(new WorkspaceInfo(WS, "urn:crash:" + v));
        StoreInfo st = catalog.store(WS, "st").orElseThrow();
        catalog.save(new StoreInfo(WS, "st", st.type(), "v" + v, true, st.connectionParameters()));
        FeatureTypeInfo f = catalog.featureType(WS, "ft").orElseThrow();
        // a long abstract makes the file span several blocks, so a torn write would show
        catalog.save(new FeatureTypeInfo(WS, "st", "ft", f.nativeName(), "v" + v, ("v" + v + " ").repeat(5000),
                f.keywords(), f.nativeCrs(), f.srs(), f.nativeBoundingBox(), f.latLonBoundingBox(),
                f.attributes(), true));
        StyleInfo style = catalog.style(null, "polygon").orElseThrow();
        catalog.save(style, body(v));
    }

    static byte[] body(int v) {
        return ("<StyledLayerDescriptor version=\"1.0.0\"><!-- v" + v + " -->" + "x".repeat(20000)
                + "</StyledLayerDescriptor>").getBytes(StandardCharsets.UTF_8);
    }

    static int version(WorkspaceInfo ws) {
        return Integer.parseInt(ws.namespaceUri().substring("urn:crash:".length()));
    }

    /** The version of each object of a loaded catalog. */
    static Map<String, Integer> versions(DefaultCatalog catalog) {
        FeatureTypeInfo ft = catalog.featureType(WS, "ft").orElseThrow();
        String body = new String(catalog.styleBody(null, "polygon").orElseThrow(), StandardCharsets.UTF_8);
        int ftVersion = Integer.parseInt(ft.title().substring(1));
        if (!ft.abstractText().equals(("v" + ftVersion + " ").repeat(5000))) {
            throw new AssertionError("feature type abstract does not match its title " + ft.title());
        }
        int bodyVersion = Integer.parseInt(body.substring(body.indexOf("<!-- v") + 6, body.indexOf(" -->")));
        if (!body.equals(new String(body(bodyVersion), StandardCharsets.UTF_8))) {
            throw new AssertionError("style body truncated");
        }
        return Map.of(
                "workspace", version(catalog.workspace(WS).orElseThrow()),
                "store", Integer.parseInt(catalog.store(WS, "st").orElseThrow().description().substring(1)),
                "featuretype", ftVersion,
                "style", bodyVersion);
    }
}
