package fr.crige.quality.report;

import fr.crige.core.datadir.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check reports kept for GET /rest/quality/reports/{id}, one file {@code <id>.json} per report in a
 * folder of the data directory ({@code quality/reports/}), so that a report sent to a producer still opens
 * after a restart. The file is the report as the API serves it in French, written atomically like the data
 * directory's own files ({@link AtomicFiles}); it is read again only when asked for, so memory does not
 * depend on how many reports are kept.
 *
 * <p>Retention ({@link ReportRetention}) is applied when the repository opens and after every report saved.
 * The clean-up sees only complete reports: a report being written is a temporary file until its atomic
 * rename, and its id is also held in a set the clean-up skips, so a report is never deleted while written
 * or just after (when several files have the same modification time). Temporary files are removed only when
 * the repository opens, where nothing can be writing them.
 */
public final class ReportRepository {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRepository.class);
    private static final String SUFFIX = ".json";

    /** Report ids are generated UUIDs; anything else in a request is not a report (and never a path). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final Path folder;
    private final ReportRetention retention;
    private final Clock clock;
    private final Set<String> writing = ConcurrentHashMap.newKeySet();
    private final JsonReportWriter writer = new JsonReportWriter();
    private final JsonReportReader reader = new JsonReportReader();
    private final Messages storedLanguage = Messages.forLanguage("fr");

    /**
     * Opens (and creates when absent) the folder, removes the temporary files a crash left, and applies the
     * retention.
     *
     * @throws UncheckedIOException when the folder cannot be created or listed
     */
    public ReportRepository(Path folder, ReportRetention retention, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.retention = retention;
        this.clock = clock;
        try {
            Files.createDirectories(this.folder);
            for (Path temp : list(p -> AtomicFiles.TEMPORARY.matcher(name(p)).matches())) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the report folder " + this.folder, e);
        }
        cleanUp();
    }

    /** The reports folder of a data directory: {@code <root>/quality/reports}. */
    public static ReportRepository inDataDirectory(Path root, ReportRetention retention) {
        return new ReportRepository(root.resolve("quality").resolve("reports"), retention, Clock.systemUTC());
    }

    /**
     * Stores a report (replacing one with the same id), then applies the retention.
     *
     * @throws UncheckedIOException when the report cannot be written; nothing is then stored
     */
    public void save(ValidationReport report) {
        if (!ID.matcher(report.id()).matches()) {
            throw new IllegalArgumentException("report id '" + report.id() + "' is not a plain identifier");
        }
        writing.add(report.id());
        try {
            AtomicFiles.write(file(report.id()), out -> writer.write(report, storedLanguage, out));
            cleanUp();
        } catch (IOException e) {
            throw new UncheckedIOException("report " + report.id() + " could not be stored in " + folder, e);
        } finally {
            writing.remove(report.id());
        }
    }

    /**
     * The report with this id; empty when there is none (never stored, deleted by the retention, or an id
     * that is not a report id).
     *
     * @throws UncheckedIOException when the file exists but cannot be read as a report
     */
    public Optional<ValidationReport> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file(id))) {
            return Optional.of(reader.read(in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("report " + id + " cannot be read", e);
        }
    }

    /**
     * Deletes the reports beyond the retention: older than its age, or beyond its count of newest ones.
     * Reports being written are neither counted nor deleted.
     *
     * @return the number of reports deleted
     */
    public synchronized int cleanUp() {
        List<Stored> stored = new ArrayList<>();
        try {
            for (Path p : list(p -> name(p).endsWith(SUFFIX) && ID.matcher(id(p)).matches())) {
                if (!writing.contains(id(p))) {
                    try {
                        stored.add(new Stored(p, Files.getLastModifiedTime(p)));
                    } catch (NoSuchFileException e) {
                        // deleted meanwhile
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Quality reports: cannot list {}: {}", folder, e.getMessage());
            return 0;
        }
        stored.sort(Comparator.comparing(Stored::modified).reversed());
        Instant oldest = retention.maxAge() == null ? Instant.MIN : clock.instant().minus(retention.maxAge());
        int kept = writing.size();
        int deleted = 0;
        for (Stored s : stored) {
            if (kept < retention.maxCount() && !s.modified().toInstant().isBefore(oldest)) {
                kept++;
                continue;
            }
            try {
                Files.deleteIfExists(s.file());
                deleted++;
            } catch (IOException e) {
                LOG.warn("Quality reports: cannot delete {}: {}", s.file(), e.getMessage());
            }
        }
        return deleted;
    }

    private Path file(String id) {
        return folder.resolve(id + SUFFIX);
    }

    private List<Path> list(DirectoryStream.Filter<Path> filter) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, filter)) {
            stream.forEach(files::add);
        }
        return files;
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static String id(Path p) {
        String name = name(p);
        return name.substring(0, name.length() - SUFFIX.length());
    }

    private record Stored(Path file, FileTime modified) {
    }
}
