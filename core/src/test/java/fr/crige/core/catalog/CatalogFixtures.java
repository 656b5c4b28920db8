package fr.crige.core.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Small, valid catalog objects for tests. */
public final class CatalogFixtures {

    public static final byte[] SLD = """
            <StyledLayerDescriptor xmlns="http://www.opengis.net/sld" version="1.0.0"/>
            """.getBytes(StandardCharsets.UTF_8);

    private CatalogFixtures() {
    }

    public static WorkspaceInfo workspace(String name) {
        return new WorkspaceInfo(name, "urn:crige:workspace:" + name);
    }

    public static StoreInfo store(String ws, String name) {
        return new StoreInfo(ws, name, "geopackage", "test store", true, Map.of("database", "data/" + name + ".gpkg"));
    }

    public static FeatureTypeInfo featureType(String ws, String store, String name) {
        return new FeatureTypeInfo(ws, store, name, name, "Title " + name, "About " + name, List.of("k1", "k2"),
                "EPSG:2154", "EPSG:2154", new BoundingBox(1, 2, 3, 4, "EPSG:2154"),
                new BoundingBox(0.5, 46.1, 2.5, 48.9, "EPSG:4326"),
                List.of(new AttributeInfo("geom", "GEOMETRY", false, null, "MultiPolygon"),
                        new AttributeInfo("nom", "STRING", true, 80, null)),
                true);
    }

    public static LayerInfo layer(String ws, String name, String style) {
        return new LayerInfo(ws, name, style, List.of(), true, true);
    }

    public static StyleInfo style(String ws, String name) {
        return new StyleInfo(ws, name, name + ".sld", "sld", "1.0.0");
    }

    /** A catalog with workspace "ws", global style "polygon", store "st" and feature type "ft". */
    public static DefaultCatalog populated() {
        DefaultCatalog c = new DefaultCatalog();
        fill(c);
        return c;
    }

    public static void fill(Catalog c) {
        c.add(workspace("ws"));
        c.add(style(null, "polygon"), SLD);
        c.add(store("ws", "st"));
        c.add(featureType("ws", "st", "ft"), layer("ws", "ft", "polygon"));
    }
}
