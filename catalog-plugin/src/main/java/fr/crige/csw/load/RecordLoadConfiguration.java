package fr.crige.csw.load;

import fr.crige.csw.store.RecordStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The records API's loader for the server, bound to the catalogue's record store, with its
 * {@link RecordLoadLimits} from {@code crige.csw.load.max-entries} (default 10000),
 * {@code crige.csw.load.max-record-size} (default 20MB) and {@code crige.csw.load.max-archive-size} (default
 * 500MB). Multipart uploads are also bounded by Spring's {@code spring.servlet.multipart.max-file-size}; an
 * archive sent as the request body ({@code Content-Type: application/zip}) only by these limits.
 */
@Configuration(proxyBeanMethods = false)
public class RecordLoadConfiguration {

    private static final String PREFIX = "crige.csw.load.";

    @Bean
    public RecordLoader cswRecordLoader(RecordStore cswRecordStore, Environment env) {
        return new RecordLoader(cswRecordStore, limits(env));
    }

    static RecordLoadLimits limits(Environment env) {
        RecordLoadLimits defaults = RecordLoadLimits.defaults();
        return new RecordLoadLimits(
                env.getProperty(PREFIX + "max-entries", Integer.class, defaults.maxEntries()),
                bytes(env, "max-record-size", defaults.maxRecordBytes()),
                bytes(env, "max-archive-size", defaults.maxArchiveBytes()));
    }

    private static long bytes(Environment env, String key, long fallback) {
        String value = env.getProperty(PREFIX + key);
        return value == null || value.isBlank() ? fallback : DataSize.parse(value.trim()).toBytes();
    }
}
