package fr.crige.wfs;

import fr.crige.wfs.inspire.InspireSettings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configurable parts of the WFS: service metadata shown in the capabilities, the request limits and, for an
 * INSPIRE download service, its INSPIRE declarations.
 *
 * @param title           ServiceIdentification title
 * @param abstractText    ServiceIdentification abstract, may be empty
 * @param keywords        ServiceIdentification keywords
 * @param providerName    ServiceProvider name
 * @param providerSite    ServiceProvider site URL, or null
 * @param maxFeatures     the most features one GetFeature answers, whatever the requested count; also
 *                        advertised as the CountDefault constraint
 * @param maxFilterLength the longest KVP FILTER value accepted, in characters
 * @param inspire         the INSPIRE download service declarations, or null for a plain WFS
 */
public record WfsSettings(String title, String abstractText, List<String> keywords, String providerName,
        String providerSite, long maxFeatures, int maxFilterLength, InspireSettings inspire) {

    /** One million features: streamed formats keep memory constant, so the limit only bounds response size. */
    public static final long DEFAULT_MAX_FEATURES = 1_000_000;
    public static final int DEFAULT_MAX_FILTER_LENGTH = 1_000_000;

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
    }

    /** The INSPIRE declarations, empty for a plain WFS. */
    public Optional<InspireSettings> inspireSettings() {
        return Optional.ofNullable(inspire);
    }

    /** A copy declaring the service as an INSPIRE download service. */
    public WfsSettings withInspire(InspireSettings settings) {
        return new WfsSettings(title, abstractText, keywords, providerName, providerSite, maxFeatures,
                maxFilterLength, settings);
    }

    /** A copy with other limits. */
    public WfsSettings withLimits(long newMaxFeatures, int newMaxFilterLength) {
        return new WfsSettings(title, abstractText, keywords, providerName, providerSite, newMaxFeatures,
                newMaxFilterLength, inspire);
    }

    public static WfsSettings defaults() {
        return new WfsSettings("crige WFS", "Téléchargement des données géographiques (WFS 2.0)",
                List.of("WFS", "téléchargement"), "crige", null, DEFAULT_MAX_FEATURES, DEFAULT_MAX_FILTER_LENGTH, null);
    }
}
