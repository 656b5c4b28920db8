package fr.crige.core.store;

import fr.crige.core.crs.CrsService;
import java.nio.file.Path;

/**
 * What a store factory gets from the server.
 *
 * @param dataDirectory root of the data directory; relative file paths in parameters resolve against it
 * @param crs           CRS decoding and transformation
 */
public record StoreContext(Path dataDirectory, CrsService crs) {
    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : dataDirectory.resolve(p).normalize();
    }
}
