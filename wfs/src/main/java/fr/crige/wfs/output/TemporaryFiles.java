package fr.crige.wfs.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for the file-based output formats (Shapefile, GeoPackage), deleted with its content on
 * close, so that a failed or aborted download leaves nothing behind.
 */
public final class TemporaryFiles implements AutoCloseable {

    private final Path directory;

    private TemporaryFiles(Path directory) {
        this.directory = directory;
    }

    public static TemporaryFiles create(String prefix) throws IOException {
        return new TemporaryFiles(Files.createTempDirectory(prefix));
    }

    public Path directory() {
        return directory;
    }

    /**
     * A view of the client's stream whose close only flushes: the dispatcher owns the client's stream, while
     * compressing writers must be closed to release their native resources.
     */
    public static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
