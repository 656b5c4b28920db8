package fr.crige.quality.engine;

import fr.crige.quality.model.DocumentRule;
import fr.crige.quality.model.Level;
import fr.crige.quality.model.Standard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the folder of a delivery against the document rules of its standard (rule-model.md §6, document
 * mode): the folder's name (DIRECTORY_UNEXPECTED_NAME) and, for every expected file or sub-folder, that some
 * path of the delivery matches it (FILE_MISSING_MANDATORY, FILE_MISSING_MANDATORY_DIRECTORY, at the rule's
 * severity; nothing for an optional one).
 *
 * <p>The delivered folder is the archive's only top-level folder when it has one (a zipped
 * {@code 44109_PLU_20230615/}), else the archive itself, named after the archive file.
 */
public final class DocumentChecker {

    /**
     * @param extracted   where the archive was extracted
     * @param archiveName the archive's file name as uploaded (e.g. 44109_PLU_20230615.zip)
     * @return the findings, in rule order: folder name first, then the files
     */
    public List<Finding> check(Standard standard, Path extracted, String archiveName) {
        DocumentRule rule = standard.document();
        FindingSink sink = new FindingSink(standard.id(), null, archiveName);
        if (rule == null) {
            return sink.findings();
        }
        Path folder = deliveredFolder(extracted);
        String folderName = folder.equals(extracted) ? archiveName.replaceFirst("(?i)\\.zip$", "")
                : folder.getFileName().toString();
        if (rule.folderName() != null && !rule.folderName().matcher(folderName).matches()) {
            sink.add(sink.create("DIRECTORY_UNEXPECTED_NAME", Level.ERROR, "document.folderName").value(folderName)
                    .expected(rule.folderName().pattern()));
        }
        List<Path> files = relativePaths(folder, false);
        List<Path> folders = relativePaths(folder, true);
        for (DocumentRule.FileRule file : rule.files()) {
            List<Path> candidates = file.type().folder() ? folders : files;
            boolean present = candidates.stream()
                    .anyMatch(p -> file.path().matcher(p.toString().replace('\\', '/')).matches());
            if (!present) {
                sink.add(sink.create(file.type().folder() ? "FILE_MISSING_MANDATORY_DIRECTORY" : "FILE_MISSING_MANDATORY",
                        file.mandatory(), "document.files." + file.name()).attribute(file.name())
                        .expected(file.path().pattern()));
            }
        }
        return sink.findings();
    }

    private static Path deliveredFolder(Path extracted) {
        try (Stream<Path> top = Files.list(extracted)) {
            List<Path> entries = top.toList();
            return entries.size() == 1 && Files.isDirectory(entries.get(0)) ? entries.get(0) : extracted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the delivery " + extracted, e);
        }
    }

    private static List<Path> relativePaths(Path folder, boolean directories) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.equals(folder) && Files.isDirectory(p) == directories)
                    .map(folder::relativize).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the delivery " + folder, e);
        }
    }
}
