package fr.crige.server;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Server settings under the {@code crige.} prefix.
 *
 * @param dataDir the data directory holding the configuration ({@code crige.data-dir}, env
 *                {@code CRIGE_DATA_DIR}, default {@code ./data-dir})
 * @param ows     OWS request handling settings
 * @param admin   the administrator of the REST API
 */
@ConfigurationProperties(prefix = "crige")
public record CrigeProperties(Path dataDir, Ows ows, Admin admin) {

    public CrigeProperties {
        dataDir = dataDir == null ? Path.of("data-dir") : dataDir;
        ows = ows == null ? new Ows(0, null, false) : ows;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    /**
     * @param user     {@code crige.admin.user}, default "admin"
     * @param password {@code crige.admin.password} (env {@code CRIGE_ADMIN_PASSWORD}); generated at start when
     *                 empty
     */
    public record Admin(String user, String password) {
        public Admin {
            user = user == null || user.isBlank() ? "admin" : user;
        }

        @Override
        public String toString() {
            return "Admin[user=" + user + "]";
        }
    }

    /**
     * @param maxPostBytes      largest accepted XML POST body ({@code crige.ows.max-post-bytes}, default 10 MB)
     * @param proxyBaseUrl      public base URL written into capabilities documents when crige runs behind a
     *                          proxy, e.g. {@code https://geo.example.fr/geoserver}; empty = from the request
     * @param forwardedHeaders  trust X-Forwarded-Proto/Host to build URLs
     */
    public record Ows(long maxPostBytes, String proxyBaseUrl, boolean forwardedHeaders) {
        public Ows {
            maxPostBytes = maxPostBytes <= 0 ? 10L * 1024 * 1024 : maxPostBytes;
        }
    }
}
