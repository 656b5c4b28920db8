package fr.crige.quality.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules on a delivered folder (rule-model.md §1 {@code document}, §6), checked when a delivery arrives as an
 * archive: the folder's name (a CNIG PLU delivery is named {@code <INSEE|SIREN>_<TYPEDOC>_<DATAPPRO>}) and the
 * files and sub-folders it must hold (the written parts, the metadata record, the data folder...).
 *
 * @param folderName pattern the delivered folder's name must match, or null when any name is accepted
 * @param files      expected files and folders
 */
public record DocumentRule(Pattern folderName, List<FileRule> files) {

    public DocumentRule {
        files = List.copyOf(files);
    }

    /** What a {@link FileRule} expects at its path. */
    public enum FileType {
        TABLE, PDF, METADATA, DIRECTORY;

        /** True when the path names a folder rather than a file. */
        public boolean folder() {
            return this == DIRECTORY;
        }
    }

    /**
     * A file or folder of the delivery.
     *
     * @param name      name shown in findings (e.g. "Reglement", "ZONE_URBA")
     * @param path      pattern of its path relative to the delivered folder, with '/' separators (full match)
     * @param type      what is expected there
     * @param mandatory severity when nothing matches; {@link Level#IGNORE} for an optional file
     */
    public record FileRule(String name, Pattern path, FileType type, Level mandatory) {
    }
}
