package fr.crige.core.datadir;

import fr.crige.core.catalog.SecretStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The data directory's secret store: a Java properties file readable and writable by the server's user only
 * (POSIX 600 where the file system has POSIX permissions), replaced atomically on every change. Values are
 * not encrypted: the key would have to live next to them; the file permissions, and keeping the file out of
 * backups and version control that are shared, are what protects them.
 */
public final class SecretFile implements SecretStore {

    private final Path file;
    private final Properties secrets = new Properties();

    /** Opens the file if it exists; it is created on the first {@link #put}. */
    public SecretFile(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                secrets.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read secret file " + file, e);
            }
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(secrets.getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        Object previous = secrets.setProperty(key, value);
        try {
            save();
        } catch (IOException e) {
            if (previous == null) {
                secrets.remove(key);
            } else {
                secrets.put(key, previous);
            }
            throw new UncheckedIOException("Cannot write secret file " + file, e);
        }
    }

    @Override
    public synchronized void remove(String key) {
        Object previous = secrets.remove(key);
        if (previous == null) {
            return;
        }
        try {
            save();
        } catch (IOException e) {
            secrets.put(key, previous);
            throw new UncheckedIOException("Cannot write secret file " + file, e);
        }
    }

    private void save() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        secrets.store(out, "crige secrets: referenced as ${secret:key} by the catalog; keep this file private");
        AtomicFiles.write(file, out.toByteArray(), true);
    }
}
