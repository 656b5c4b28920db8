package fr.crige.wfs;

import fr.crige.ows.catalogue.MetadataRecordLinks;
import fr.crige.wfs.getfeature.MatchCounting;
import fr.crige.wfs.inspire.InspireSettings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configurable parts of the WFS: service metadata shown in the capabilities, the request limits, how
 * GetFeature counts and writes coordinates and, for an INSPIRE download service, its INSPIRE declarations.
 *
 * @param title               ServiceIdentification title
 * @param abstractText        ServiceIdentification abstract, may be empty
 * @param keywords            ServiceIdentification keywords
 * @param providerName        ServiceProvider name
 * @param providerSite        ServiceProvider site URL, or null
 * @param maxFeatures         the most features one GetFeature answers, whatever the requested count; also
 *                            advertised as the CountDefault constraint
 * @param maxFilterLength     the longest KVP FILTER value accepted, in characters
 * @param requestTimeout      how long a GetFeature or GetPropertyValue may work, counting and streaming
 *                            included, or null for no limit
 * @param matchCounting       when {@code resultType=results} counts every match ({@code numberMatched})
 * @param precision           the decimals of coordinates in GML and GeoJSON
 * @param metadataUrlTemplate the URL of a feature type's catalogue record (see
 *                            {@link MetadataRecordLinks#fromTemplate}), or null when the application gives its
 *                            own {@link MetadataRecordLinks} or types have no record
 * @param inspire             the INSPIRE download service declarations, or null for a plain WFS
 */
public record WfsSettings(String title, String abstractText, List<String> keywords, String providerName,
        String providerSite, long maxFeatures, int maxFilterLength, Duration requestTimeout,
        MatchCounting matchCounting, CoordinatePrecision precision, String metadataUrlTemplate,
        InspireSettings inspire) {

    /** One million features: streamed formats keep memory constant, so the limit only bounds response size. */
    public static final long DEFAULT_MAX_FEATURES = 1_000_000;
    public static final int DEFAULT_MAX_FILTER_LENGTH = 1_000_000;
    /**
     * Ten minutes: a million features of GeoJSON stream in well under that on the benchmark machine, while a
     * forgotten request on a huge table gives its connection back.
     */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(10);

    public WfsSettings {
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        Objects.requireNonNull(providerName, "providerName");
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("maxFeatures must be positive");
        }
        if (maxFilterLength < 1) {
            throw new IllegalArgumentException("maxFilterLength must be positive");
        }
        if (requestTimeout != null && (requestTimeout.isNegative() || requestTimeout.isZero())) {
            throw new IllegalArgumentException("requestTimeout must be positive, or null for none");
        }
        matchCounting = matchCounting == null ? MatchCounting.WHEN_NEEDED : matchCounting;
        precision = precision == null ? CoordinatePrecision.DEFAULT : precision;
    }

    /** The INSPIRE declarations, empty for a plain WFS. */
    public Optional<InspireSettings> inspireSettings() {
        return Optional.ofNullable(inspire);
    }

    /** The request time limit, empty when requests may run as long as they need. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(requestTimeout);
    }

    /** A copy declaring the service as an INSPIRE download service. */
    public WfsSettings withInspire(InspireSettings settings) {
        return new WfsSettings(title, abstractText, keywords, providerName, providerSite, maxFeatures,
                maxFilterLength, requestTimeout, matchCounting, precision, metadataUrlTemplate, settings);
    }

    /** A copy with other limits. */
    public WfsSettings withLimits(long newMaxFeatures, int newMaxFilterLength) {
        return new WfsSettings(title, abstractText, keywords, providerName, providerSite, newMaxFeatures,
                newMaxFilterLength, requestTimeout, matchCounting, precision, metadataUrlTemplate, inspire);
    }

    /** A copy with another request time limit (null for none). */
    public WfsSettings withRequestTimeout(Duration timeout) {
        return new WfsSettings(title, abstractText, keywords, providerName, providerSite, maxFeatures,
                maxFilterLength, timeout, matchCounting, precision, metadataUrlTemplate, inspire);
    }

    /** A copy counting matches another way. */
    public WfsSettings withMatchCounting(MatchCounting counting) {
        return new WfsSettings(title, abstractText, keywords, providerName, providerSite, maxFeatures,
                maxFilterLength, requestTimeout, counting, precision, metadataUrlTemplate, inspire);
    }

    /** A copy writing coordinates with other decimals. */
    public WfsSettings withPrecision(CoordinatePrecision newPrecision) {
        return new WfsSettings(title, abstractText, keywords, providerName, providerSite, maxFeatures,
                maxFilterLength, requestTimeout, matchCounting, newPrecision, metadataUrlTemplate, inspire);
    }

    /** A copy linking feature types to catalogue records through a URL pattern. */
    public WfsSettings withMetadataUrlTemplate(String template) {
        return new WfsSettings(title, abstractText, keywords, providerName, providerSite, maxFeatures,
                maxFilterLength, requestTimeout, matchCounting, precision, template, inspire);
    }

    public static WfsSettings defaults() {
        return new WfsSettings("crige WFS", "Téléchargement des données géographiques (WFS 2.0)",
                List.of("WFS", "téléchargement"), "crige", null, DEFAULT_MAX_FEATURES, DEFAULT_MAX_FILTER_LENGTH,
                DEFAULT_REQUEST_TIMEOUT, MatchCounting.WHEN_NEEDED, CoordinatePrecision.DEFAULT, null, null);
    }
}
