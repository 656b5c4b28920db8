package fr.crige.wfs;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the WFS test classes over the sample data: one {@link SampleWfs} per class, opened on a fresh
 * copy of the data directory before its tests and closed after them. A subclass's own {@code @BeforeAll}
 * methods run after {@link #openSample} (they must not reuse its name, which would hide it).
 */
abstract class AbstractSampleWfsTest {

    @TempDir
    static Path dataDir;
    static SampleWfs sample;

    @BeforeAll
    static void openSample() throws IOException {
        sample = new SampleWfs(dataDir);
    }

    @AfterAll
    static void closeSample() {
        sample.close();
    }
}
