package fr.crige.core.datadir;

import java.nio.file.Path;

/**
 * A data directory file that could not be loaded, and why. The object it describes (and the objects that
 * depend on it) are missing from the catalog; everything else loaded.
 *
 * @param file    the offending file (or folder)
 * @param problem what is wrong, in terms an administrator can act on
 */
public record LoadProblem(Path file, String problem) {

    @Override
    public String toString() {
        return file + ": " + problem;
    }
}
