import fr.crige.core.crs.Crs;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.query.Query;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreContext;
import fr.crige.store.geopackage.GeoPackageStoreFactory;
import fr.crige.wfs.fes.FesParser;
import fr.crige.wms.map.ImageFormat;
import fr.crige.wms.render.FeatureSource;
import fr.crige.wms.render.MapLayer;
import fr.crige.wms.render.MapRenderer;
import fr.crige.wms.render.MapViewport;
import fr.crige.wms.sld.SldParser;
import fr.crige.wms.style.Style;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * In-process timing of the WMS renderer, without HTTP, PostGIS or the peers: the layers of the sample data
 * directory's GeoPackage and synthetic parcels (Voronoi cells seeded inside the sample communes, denser near
 * their centres, like {@code shared/data/sql/40_parcels.sql}) are loaded into memory once, then maps shaped
 * like the benchmark's cases b1 (region, four layers), b2 (region, parcels), b3 (city, all layers) and a4
 * (256 px tiles) are rendered with the benchmark styles and PNG-encoded, first on one thread, then on as
 * many threads as there are cores. It measures what the renderer and the encoder cost, which the full
 * benchmark ({@code run-bench.sh}) cannot separate from reading rows.
 *
 * <p>Run by {@code render-timing.sh}; arguments: seconds per case (default 8), parcel count (default 500000);
 * system properties {@code crige.cases} (case name prefixes, default all) and {@code crige.images} (a folder
 * where the first map of each case is written). Render times are the rendering thread's CPU time, so that
 * other work on the machine skews them less than wall time; maps/s are wall-clock.
 */
public final class RenderTiming {

    /** Render times are the rendering thread's CPU time, which other processes on the machine barely skew. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Crs LAMBERT_93 = new Crs(2154, "RGF93 v1 / Lambert-93", false, false);
    private static final double[] REGION = {477000, 6584000, 709000, 6873000};
    private static final double[][] TOWNS = {{527088, 6702096}, {618224, 6756530}, {654316, 6665151}};

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 8;
        int parcelCount = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        Path root = Path.of(System.getProperty("crige.root", "."));
        SisCrsService crs = new SisCrsService();
        Map<String, List<Feature>> data = new LinkedHashMap<>();
        try (DataStore store = new GeoPackageStoreFactory().open(Map.of(GeoPackageStoreFactory.DATABASE,
                root.resolve("data-dir/data/cvl.gpkg").toString()), new StoreContext(root.resolve("data-dir"), crs))) {
            for (String type : List.of("communes", "roads", "heat_zones", "trees")) {
                data.put(type, read(store, type));
            }
        }
        long start = System.nanoTime();
        data.put("parcels", parcels(data.get("communes"), parcelCount));
        System.out.printf("%d synthetic parcels in %.1f s%n", data.get("parcels").size(),
                (System.nanoTime() - start) / 1e9);
        SldParser sld = new SldParser(new FesParser(crs));
        Map<String, MapLayer> layers = new LinkedHashMap<>();
        for (Map.Entry<String, List<Feature>> e : data.entrySet()) {
            Style style = sld.parseStyle(Files.readAllBytes(root.resolve("wms/bench/styles/" + e.getKey() + ".sld")));
            layers.put(e.getKey(), new MapLayer(new MemorySource(e.getValue()), style));
        }
        double w = (REGION[3] - REGION[1]) * 1.02 * 1024 / 768;
        double cx = (REGION[0] + REGION[2]) / 2;
        double cy = (REGION[1] + REGION[3]) / 2;
        Envelope region = new Envelope(cx - w / 2, cx + w / 2, cy - w * 384 / 1024, cy + w * 384 / 1024);
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("b1 region 4 layers", new Case(List.of(viewport(region, 1024, 768)),
                pick(layers, "communes", "heat_zones", "roads", "trees")));
        cases.put("b2 region parcels", new Case(List.of(viewport(region, 1024, 768)), pick(layers, "parcels")));
        List<MapViewport> cities = new ArrayList<>();
        List<MapViewport> tiles = new ArrayList<>();
        for (double[] town : TOWNS) {
            cities.add(viewport(new Envelope(town[0] - 4000, town[0] + 4000, town[1] - 3000, town[1] + 3000), 1024, 768));
            for (int i = 0; i < 4; i++) {
                double x = Math.floor(town[0] / 8192 + i % 2) * 8192;
                double y = Math.floor(town[1] / 8192 + i / 2) * 8192;
                tiles.add(viewport(new Envelope(x, x + 8192, y, y + 8192), 256, 256));
            }
        }
        cases.put("b3 city all layers", new Case(cities, pick(layers, "communes", "heat_zones", "parcels", "roads",
                "trees")));
        cases.put("a4 tiles 32 m/px", new Case(tiles, pick(layers, "communes", "heat_zones", "parcels", "roads",
                "trees")));
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("%-20s %14s %14s %12s %12s %14s %10s%n", "case", "render cpu ms", "render wall ms",
                "png ms", "png KB", "maps/s 1 thr", "maps/s " + threads + " thr");
        List<String> selected = List.of(System.getProperty("crige.cases", "a,b").split(","));
        cases.keySet().removeIf(name -> selected.stream().noneMatch(name::startsWith));
        for (Map.Entry<String, Case> e : cases.entrySet()) {
            Case c = e.getValue();
            c.run(Math.min(2, seconds / 4), 1); // warm-up
            long[] one = c.run(seconds, 1);
            long[] many = c.run(seconds, threads);
            System.out.printf("%-20s %14.1f %14.1f %12.1f %12.1f %14.2f %10.2f%n", e.getKey(),
                    one[1] / 1e6 / one[0], one[5] / 1e6 / one[0], one[2] / 1e6 / one[0], one[3] / 1024.0 / one[0], one[0] / (one[4] / 1e9),
                    many[0] / (many[4] / 1e9));
        }
        String imageFolder = System.getProperty("crige.images");
        if (imageFolder != null) {
            Files.createDirectories(Path.of(imageFolder));
            for (Map.Entry<String, Case> e : cases.entrySet()) {
                BufferedImage image = e.getValue().render(e.getValue().views.get(0));
                ImageIO.write(image, "png", Path.of(imageFolder, e.getKey().substring(0, 2) + ".png").toFile());
            }
        }
    }

    private static MapViewport viewport(Envelope area, int width, int height) {
        return new MapViewport(area, width, height, LAMBERT_93);
    }

    private static List<MapLayer> pick(Map<String, MapLayer> layers, String... names) {
        List<MapLayer> picked = new ArrayList<>();
        for (String name : names) {
            picked.add(layers.get(name));
        }
        return picked;
    }

    private static List<Feature> read(DataStore store, String type) throws Exception {
        List<Feature> features = new ArrayList<>();
        try (FeatureReader reader = store.features(Query.all(type))) {
            while (reader.hasNext()) {
                features.add(reader.next());
            }
        }
        return features;
    }

    /** Voronoi cells of seeds inside each commune: a share near its centre, the rest uniform. */
    private static List<Feature> parcels(List<Feature> communes, int count) {
        FeatureSchema schema = new FeatureSchema("parcels", "gid",
                List.of(AttributeDescriptor.geometry("geom", GeometryKind.MULTIPOLYGON, 2154, false)));
        GeometryFactory factory = new GeometryFactory();
        double totalArea = communes.stream().mapToDouble(c -> c.geometry().getArea()).sum();
        Random random = new Random(42);
        List<Feature> parcels = new ArrayList<>();
        for (Feature commune : communes) {
            Geometry area = commune.geometry();
            Envelope box = area.getEnvelopeInternal();
            IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
            int n = Math.max(3, (int) Math.round(count * area.getArea() / totalArea));
            Coordinate centre = area.getInteriorPoint().getCoordinate();
            List<Coordinate> seeds = new ArrayList<>();
            for (int tries = 0; seeds.size() < n && tries < n * 20; tries++) {
                Coordinate c = tries % 3 == 0
                        ? new Coordinate(centre.x + random.nextGaussian() * box.getWidth() / 12,
                                centre.y + random.nextGaussian() * box.getHeight() / 12)
                        : new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                                box.getMinY() + random.nextDouble() * box.getHeight());
                if (inside.locate(c) != Location.EXTERIOR) {
                    seeds.add(c);
                }
            }
            VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
            voronoi.setSites(seeds);
            voronoi.setClipEnvelope(box);
            Geometry cells = voronoi.getDiagram(factory);
            for (int i = 0; i < cells.getNumGeometries(); i++) {
                Geometry cell = cells.getGeometryN(i);
                if (inside.locate(cell.getInteriorPoint().getCoordinate()) != Location.EXTERIOR) {
                    parcels.add(new Feature(schema, "parcels." + parcels.size(), new Object[] {
                            factory.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                                    (org.locationtech.jts.geom.Polygon) cell})}));
                }
            }
        }
        return parcels;
    }

    /** A set of maps drawn in turn with the same layers. */
    private record Case(List<MapViewport> views, List<MapLayer> layers) {

        BufferedImage render(MapViewport view) {
            BufferedImage image = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, view.width(), view.height());
            g.dispose();
            new MapRenderer().render(image, view, layers, 0);
            return image;
        }

        /**
         * Maps, render CPU ns (of the rendering thread only: work the renderer hands to other threads shows in
         * the render wall time), encoding ns, PNG bytes, wall ns, render wall ns.
         */
        long[] run(double seconds, int threads) throws Exception {
            AtomicLong maps = new AtomicLong();
            AtomicLong renderNs = new AtomicLong();
            AtomicLong pngNs = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            AtomicLong renderWallNs = new AtomicLong();
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        long t0 = CPU.getCurrentThreadCpuTime();
                        long t0b = System.nanoTime();
                        BufferedImage image = render(views.get(i % views.size()));
                        long t1 = CPU.getCurrentThreadCpuTime();
                        long t1b = System.nanoTime();
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        ImageFormat.PNG.write(image, out);
                        long t2 = System.nanoTime();
                        renderNs.addAndGet(t1 - t0);
                        renderWallNs.addAndGet(t1b - t0b);
                        pngNs.addAndGet(t2 - t1b);
                        bytes.addAndGet(out.size());
                        maps.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            return new long[] {maps.get(), renderNs.get(), pngNs.get(), bytes.get(), System.nanoTime() - start,
                renderWallNs.get()};
        }
    }

    /** Features held in memory, selected by envelope through an STR-tree like a store's spatial index. */
    private static final class MemorySource implements FeatureSource {
        private final FeatureSchema schema;
        private final STRtree index = new STRtree();

        MemorySource(List<Feature> features) {
            schema = features.get(0).schema();
            for (Feature f : features) {
                index.insert(f.geometry().getEnvelopeInternal(), f);
            }
            index.build();
        }

        @Override
        public FeatureSchema schema() {
            return schema;
        }

        @Override
        @SuppressWarnings("unchecked")
        public FeatureReader features(MapViewport map, double buffer, List<String> attributes, double tolerance) {
            Iterator<Feature> it = ((List<Feature>) index.query(map.buffered(buffer))).iterator();
            return new FeatureReader() {
                public FeatureSchema schema() {
                    return schema;
                }

                public boolean hasNext() {
                    return it.hasNext();
                }

                public Feature next() {
                    return it.next();
                }

                public void close() {
                }
            };
        }
    }
}
