package fr.crige.server;

import fr.crige.wfs.getfeature.MatchCounting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Server settings under the {@code crige.} prefix.
 *
 * @param dataDir the data directory holding the configuration ({@code crige.data-dir}, env
 *                {@code CRIGE_DATA_DIR}, default {@code ./data-dir})
 * @param ows     OWS request handling settings
 * @param admin   the administrator of the REST API
 * @param wfs     WFS limits and declarations ({@code crige.wfs.*}); unset values keep the WFS defaults
 * @param wms     WMS limits and declarations ({@code crige.wms.*}); unset values keep the WMS defaults
 */
@ConfigurationProperties(prefix = "crige")
public record CrigeProperties(Path dataDir, Ows ows, Admin admin, Wfs wfs, Wms wms) {

    public CrigeProperties {
        dataDir = dataDir == null ? Path.of("data-dir") : dataDir;
        ows = ows == null ? new Ows(0, null, false) : ows;
        admin = admin == null ? new Admin(null, null) : admin;
        wfs = wfs == null ? new Wfs(null, null, null, null, null, null, null, null, null, null) : wfs;
        wms = wms == null ? new Wms(null, null, null, null, null, null, null, null, null) : wms;
    }

    /**
     * INSPIRE extended capabilities of a service.
     *
     * @param enabled         declare the service as an INSPIRE view or download service
     * @param metadataUrl     the URL of the service's ISO record; default: the record crige's catalogue
     *                        generates for the service ({@code {base}} stands for the server's base URL)
     * @param defaultLanguage ISO 639-2/B code of the capabilities' language, default {@code fre}
     * @param otherLanguages  further supported languages, default {@code eng}
     */
    public record Inspire(boolean enabled, String metadataUrl, String defaultLanguage, List<String> otherLanguages) {
        public Inspire {
            defaultLanguage = defaultLanguage == null || defaultLanguage.isBlank() ? "fre" : defaultLanguage;
            otherLanguages = otherLanguages == null ? List.of("eng") : List.copyOf(otherLanguages);
        }
    }

    /**
     * {@code crige.wfs.*}: each value left unset keeps the WFS default.
     *
     * @param title              ServiceIdentification title
     * @param abstractText       ServiceIdentification abstract ({@code crige.wfs.abstract-text})
     * @param maxFeatures        the most features one GetFeature answers (default 1,000,000)
     * @param maxFilterLength    the longest KVP FILTER accepted, in characters
     * @param requestTimeout     how long a GetFeature may work, e.g. {@code 10m} (default 10 minutes)
     * @param matchCounting      {@code WHEN_NEEDED} (default: no count of a whole selection to write a page)
     *                           or {@code ALWAYS}
     * @param projectedDecimals  decimals of coordinates in metres (default 3; -1 for every digit)
     * @param geographicDecimals decimals of coordinates in degrees (default 8; -1 for every digit)
     * @param metadataUrlTemplate a pattern for the MetadataURL of types the catalogue has no record for
     * @param inspire            INSPIRE download-service declarations
     */
    public record Wfs(String title, String abstractText, Long maxFeatures, Integer maxFilterLength,
            Duration requestTimeout, MatchCounting matchCounting, Integer projectedDecimals,
            Integer geographicDecimals, String metadataUrlTemplate, Inspire inspire) {
    }

    /**
     * {@code crige.wms.*}: each value left unset keeps the WMS default.
     *
     * @param title                   Service title
     * @param abstractText            Service abstract ({@code crige.wms.abstract-text})
     * @param maxWidth                largest WIDTH accepted, in pixels (default 8192)
     * @param maxHeight               largest HEIGHT accepted, in pixels (default 8192)
     * @param maxRenderingMemory      largest memory of one GetMap's drawing (5 bytes per pixel), e.g. {@code 160MB}
     * @param maxFeatureCount         largest FEATURE_COUNT of GetFeatureInfo (default 50)
     * @param maxConcurrentRenderings maps drawn at once, the others queue (default: the number of cores)
     * @param renderingQueueTimeout   how long a GetMap waits for its turn before a 503, e.g. {@code 60s}
     * @param inspire                 INSPIRE view-service declarations
     */
    public record Wms(String title, String abstractText, Integer maxWidth, Integer maxHeight,
            DataSize maxRenderingMemory, Integer maxFeatureCount, Integer maxConcurrentRenderings,
            Duration renderingQueueTimeout, Inspire inspire) {
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
