package fr.crige.wms;

import fr.crige.ows.catalogue.MetadataRecordLinks;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The configurable parts of the WMS: service metadata shown in the capabilities and the request limits.
 *
 * @param title              Service title
 * @param abstractText       Service abstract, may be empty
 * @param keywords           Service keywords
 * @param maxWidth           the widest image GetMap draws, in pixels (also advertised as MaxWidth)
 * @param maxHeight          the tallest image, in pixels (MaxHeight)
 * @param maxRenderingMemory the most bytes the drawing of one GetMap may take ({@link #BYTES_PER_PIXEL} per
 *                           pixel), so that a request within the size limits cannot exhaust the heap either
 * @param maxFeatureCount    the most features one GetFeatureInfo answers per layer, whatever FEATURE_COUNT
 * @param metadataUrlTemplate the URL pattern of the layers' catalogue records (see
 *                           {@link MetadataRecordLinks#fromTemplate}), or null when the application gives its
 *                           own {@link MetadataRecordLinks} or layers have no record
 * @param inspire            the INSPIRE extended capabilities, or null for a plain OGC service
 * @param maxConcurrentRenderings how many GetMap requests draw at once; more wait their turn (rendering is
 *                           CPU-bound, so the number of cores is the best value on a dedicated server)
 * @param renderingQueueTimeout how long a GetMap request waits for its turn before it is refused as a
 *                           service exception with HTTP status 503
 */
public record WmsSettings(String title, String abstractText, List<String> keywords, int maxWidth, int maxHeight,
        long maxRenderingMemory, int maxFeatureCount, String metadataUrlTemplate, InspireSettings inspire,
        int maxConcurrentRenderings, Duration renderingQueueTimeout) {

    public static final int DEFAULT_MAX_SIZE = 8192;
    /** Memory a map takes per pixel: 4 bytes of ARGB image and 1 of the coverage mask of its thin strokes. */
    public static final int BYTES_PER_PIXEL = 5;
    /** 160 MiB: an 8192 x 4096 map, or several concurrent screen-sized maps. */
    public static final long DEFAULT_MAX_RENDERING_MEMORY = 160L * 1024 * 1024;
    public static final int DEFAULT_MAX_FEATURE_COUNT = 50;
    /** Long enough for a queue of large maps, short enough that a client is told before it gives up itself. */
    public static final Duration DEFAULT_RENDERING_QUEUE_TIMEOUT = Duration.ofSeconds(60);

    public WmsSettings {
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        if (maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("maxWidth and maxHeight must be positive");
        }
        if (maxRenderingMemory < BYTES_PER_PIXEL) {
            throw new IllegalArgumentException("maxRenderingMemory must hold at least one pixel");
        }
        if (maxFeatureCount < 1) {
            throw new IllegalArgumentException("maxFeatureCount must be positive");
        }
        if (maxConcurrentRenderings < 1) {
            throw new IllegalArgumentException("maxConcurrentRenderings must be positive");
        }
        Objects.requireNonNull(renderingQueueTimeout, "renderingQueueTimeout");
        if (renderingQueueTimeout.isNegative()) {
            throw new IllegalArgumentException("renderingQueueTimeout must not be negative");
        }
    }

    /** Whether a map of this size fits in {@link #maxRenderingMemory}. */
    public boolean fitsInMemory(int width, int height) {
        return (long) width * height * BYTES_PER_PIXEL <= maxRenderingMemory;
    }

    public static WmsSettings defaults() {
        return new WmsSettings("crige WMS", "Visualisation des données géographiques (WMS 1.3.0 et 1.1.1)",
                List.of("WMS", "visualisation"), DEFAULT_MAX_SIZE, DEFAULT_MAX_SIZE, DEFAULT_MAX_RENDERING_MEMORY,
                DEFAULT_MAX_FEATURE_COUNT, null, null, Runtime.getRuntime().availableProcessors(),
                DEFAULT_RENDERING_QUEUE_TIMEOUT);
    }

    /** These settings with INSPIRE extended capabilities. */
    public WmsSettings withInspire(InspireSettings value) {
        return new WmsSettings(title, abstractText, keywords, maxWidth, maxHeight, maxRenderingMemory,
                maxFeatureCount, metadataUrlTemplate, value, maxConcurrentRenderings, renderingQueueTimeout);
    }

    /** These settings with layers linked to catalogue records by a URL pattern. */
    public WmsSettings withMetadataUrlTemplate(String value) {
        return new WmsSettings(title, abstractText, keywords, maxWidth, maxHeight, maxRenderingMemory,
                maxFeatureCount, value, inspire, maxConcurrentRenderings, renderingQueueTimeout);
    }

    /** These settings with another limit on the maps drawn at once and on the time a request waits for its turn. */
    public WmsSettings withRenderingLimits(int concurrency, Duration queueTimeout) {
        return new WmsSettings(title, abstractText, keywords, maxWidth, maxHeight, maxRenderingMemory,
                maxFeatureCount, metadataUrlTemplate, inspire, concurrency, queueTimeout);
    }
}
