package fr.crige.quality.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of a delivery uploaded as an archive (document mode of rule-model.md): its name and the relative
 * paths of its files and sub-folders, listed once so that the document rules and every {@code filename} cell
 * are checked against the same inventory without touching the disk again.
 *
 * <p>The delivered folder is the archive's only top-level folder when it has one (a zipped
 * {@code 44109_PLU_20230615/}), else the archive itself, named after the archive file.
 */
public final class DeliveredFolder {

    private final String name;
    private final Set<String> files = new HashSet<>();
    private final Set<String> fileNames = new HashSet<>();
    private final Set<String> folders = new HashSet<>();

    private DeliveredFolder(String name) {
        this.name = name;
    }

    /**
     * Lists an extracted archive.
     *
     * @param extracted   where the archive was extracted
     * @param archiveName the archive's file name as uploaded (e.g. 44109_PLU_20230615.zip)
     */
    public static DeliveredFolder of(Path extracted, String archiveName) {
        Path root = root(extracted);
        DeliveredFolder folder = new DeliveredFolder(root.equals(extracted)
                ? archiveName.replaceFirst("(?i)\\.zip$", "") : root.getFileName().toString());
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> !p.equals(root)).forEach(p -> {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    folder.folders.add(relative);
                } else {
                    folder.files.add(relative);
                    folder.fileNames.add(p.getFileName().toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the delivery " + root, e);
        }
        return folder;
    }

    private static Path root(Path extracted) {
        try (Stream<Path> top = Files.list(extracted)) {
            List<Path> entries = top.toList();
            return entries.size() == 1 && Files.isDirectory(entries.get(0)) ? entries.get(0) : extracted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the delivery " + extracted, e);
        }
    }

    /** The delivered folder's name, which document rules may constrain. */
    public String name() {
        return name;
    }

    /** True when a file (or, with {@code folder}, a sub-folder) has a relative path matching the pattern. */
    public boolean hasPathMatching(Pattern path, boolean folder) {
        return (folder ? folders : files).stream().anyMatch(p -> path.matcher(p).matches());
    }

    /**
     * Whether the file a {@code filename} value designates is in the delivery. The fragment that points inside
     * a PDF ({@code #page=12}, {@code #nameddest=1AUh}) is ignored. A bare name designates a file of that name
     * anywhere in the folder, since standards such as CNIG PLU name the written part without saying in which
     * sub-folder it lies (IGNF/validator looks it up the same way); a value with '/' is a path from the
     * delivered folder's root. Names are compared exactly, case included: deliveries end on case-sensitive
     * servers, where {@code Reglement.PDF} does not open {@code reglement.pdf}.
     */
    public boolean holds(String reference) {
        int fragment = reference.indexOf('#');
        String path = (fragment < 0 ? reference : reference.substring(0, fragment)).strip().replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path.contains("/") ? files.contains(path) : fileNames.contains(path);
    }
}
