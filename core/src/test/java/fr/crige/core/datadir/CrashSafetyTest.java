package fr.crige.core.datadir;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.catalog.DefaultCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that keeps saving the catalog at random moments: after each kill, the data directory must
 * load without problem and every object must be at the last completed version or the one being written.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    @Test
    void survivesKillsAtRandomMoments() throws Exception {
        DefaultCatalog initial = new DefaultCatalog();
        initial.addListener(new DataDirectory(dir).writer());
        CrashLoop.createVersionZero(initial);
        Random random = new Random();
        int lastCompleted = 0;

        for (int round = 0; round < ROUNDS; round++) {
            Path out = dir.getParent().resolve(dir.getFileName() + "-out-" + round + ".txt");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashLoop.class.getName(), dir.toString())
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try {
                waitForFirstVersion(child, out);
                Thread.sleep(random.nextInt(300));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            List<String> printed = Files.readAllLines(out);
            Files.delete(out);
            int completed = printed.isEmpty() ? lastCompleted : Integer.parseInt(printed.get(printed.size() - 1));

            DefaultCatalog reloaded = new DefaultCatalog();
            assertThat(DataDirectory.load(dir, reloaded)).as("problems after kill %d", round).isEmpty();
            Map<String, Integer> versions = CrashLoop.versions(reloaded);
            assertThat(versions.values()).as("versions after kill %d at %d", round, completed)
                    .allSatisfy(v -> assertThat(v).isBetween(completed, completed + 1));
            lastCompleted = versions.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        }
        try (var leftovers = Files.walk(dir)) {
            assertThat(leftovers.map(Path::getFileName).map(Path::toString))
                    .noneMatch(n -> AtomicFiles.TEMPORARY.matcher(n).matches());
        }
    }

    private static void waitForFirstVersion(Process child, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.size(out) == 0) {
            assertThat(child.isAlive()).as("child process exited with " + (child.isAlive() ? 0
                    : child.exitValue())).isTrue();
            assertThat(System.nanoTime()).as("child printed nothing within 60 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

}
