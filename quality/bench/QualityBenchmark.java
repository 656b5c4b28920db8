import com.sun.management.GarbageCollectionNotificationInfo;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.StoreContext;
import fr.crige.quality.engine.Finding;
import fr.crige.quality.engine.TableValidator;
import fr.crige.quality.engine.ValidationContext;
import fr.crige.quality.input.StoreTableSource;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardLoader;
import fr.crige.quality.model.TableRule;
import fr.crige.store.postgis.PostgisStoreFactory;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Checks a PostGIS table against a standard with crige's rule engine, through the store SPI as a published
 * layer is checked, and prints the time, the throughput and the peak heap: the largest heap in use right after
 * a garbage collection (the live set, what the check really holds) and the largest heap in use at all.
 * Run by run-bench.sh; arguments: standard file, table of the standard, PostGIS schema, PostGIS table.
 */
public final class QualityBenchmark {

    public static void main(String[] args) throws Exception {
        Path standardFile = Path.of(args[0]);
        String tableName = args[1];
        String schema = args[2];
        String type = args[3];
        AtomicLong peakAfterGc = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    long used = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo()
                            .getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    peakAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        AtomicLong peakUsed = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        Standard standard = new StandardLoader().load(standardFile);
        TableRule table = standard.table(tableName).orElseThrow();
        Map<String, String> pg = Map.of("host", env("PG_HOST", "127.0.0.1"), "port", env("PG_PORT", "5433"),
                "database", env("PG_DB", "geodata"), "schema", schema, "user", env("PG_USER", "ogc"),
                "passwd", env("PG_PASSWORD", "ogc"));
        Path work = Files.createTempDirectory("crige-quality-bench");
        try (DataStore store = new PostgisStoreFactory().open(pg, new StoreContext(work, null))) {
            long start = System.nanoTime();
            AtomicLong lastPrint = new AtomicLong(start);
            TableValidator.Result result = new TableValidator().validate(standard, table,
                    new StoreTableSource(store, type, schema + ":" + type),
                    new ValidationContext(Map.of(), null, rows -> {
                        long now = System.nanoTime();
                        if (now - lastPrint.get() > 5_000_000_000L) {
                            lastPrint.set(now);
                            System.err.printf("  %,d rows checked%n", rows);
                        }
                    }, null));
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            Map<String, Long> codes = new TreeMap<>();
            for (Finding f : result.findings()) {
                codes.merge(f.level() + " " + f.code() + " (" + f.ruleId() + ")", 1L, Long::sum);
            }
            System.out.printf("table            %s.%s against %s / %s%n", schema, type, standard.id(), table.name());
            System.out.printf("rows             %,d%n", result.rows());
            System.out.printf("time             %.1f s%n", seconds);
            System.out.printf("throughput       %,.0f features/s%n", result.rows() / seconds);
            System.out.printf("peak heap (live) %,d MB (largest heap in use after a GC)%n", peakAfterGc.get() >> 20);
            System.out.printf("peak heap (used) %,d MB (sampled every 50 ms, garbage included)%n", peakUsed.get() >> 20);
            System.out.printf("max heap         %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("findings         %,d%n", result.findings().size());
            codes.forEach((k, v) -> System.out.printf("  %-70s %,d%n", k, v));
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
