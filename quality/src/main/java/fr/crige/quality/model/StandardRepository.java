package fr.crige.quality.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standards of the data directory ({@code quality/standards/*.yaml|*.yml|*.json}). The folder is read
 * again when a file changed, so that adding a standard needs neither code nor a restart. A file that does
 * not load is logged and reported by {@link #problems()}, never fatal for the others.
 */
public final class StandardRepository {

    private static final Logger LOG = LoggerFactory.getLogger(StandardRepository.class);

    private final Path folder;
    private final StandardLoader loader = new StandardLoader();
    private Map<String, Standard> standards = Map.of();
    private List<String> problems = List.of();
    private long stamp = Long.MIN_VALUE;

    public StandardRepository(Path folder) {
        this.folder = folder;
    }

    /** The loaded standards by id, in id order. */
    public synchronized Collection<Standard> all() {
        refresh();
        return standards.values();
    }

    public synchronized Optional<Standard> find(String id) {
        refresh();
        return Optional.ofNullable(standards.get(id));
    }

    /** Files that could not be loaded, with the reason. */
    public synchronized List<String> problems() {
        refresh();
        return problems;
    }

    private void refresh() {
        List<Path> files = files();
        long current = files.stream().mapToLong(StandardRepository::modified).sum() * 31 + files.hashCode();
        if (current == stamp) {
            return;
        }
        Map<String, Standard> loaded = new TreeMap<>();
        List<String> failed = new ArrayList<>();
        for (Path file : files) {
            try {
                Standard s = loader.load(file);
                if (loaded.putIfAbsent(s.id(), s) != null) {
                    failed.add(file.getFileName() + ": duplicate standard id " + s.id());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Standard {} not loaded: {}", file, e.getMessage());
                failed.add(file.getFileName() + ": " + e.getMessage());
            }
        }
        standards = loaded;
        problems = List.copyOf(failed);
        stamp = current;
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
            }).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", folder, e.getMessage());
            return List.of();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
