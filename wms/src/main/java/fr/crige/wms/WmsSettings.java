package fr.crige.wms;

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
 * @param maxRenderingMemory the most bytes the image of one GetMap may take (4 bytes per pixel), so that
 *                           a request within the size limits cannot exhaust the heap either
 * @param maxFeatureCount    the most features one GetFeatureInfo answers per layer, whatever FEATURE_COUNT
 * @param metadataUrlTemplate the URL pattern of the layers' catalogue records (see
 *                           {@link MetadataRecordLinks#fromTemplate}), or null when the application gives its
 *                           own {@link MetadataRecordLinks} or layers have no record
 * @param inspire            the INSPIRE extended capabilities, or null for a plain OGC service
 */
public record WmsSettings(String title, String abstractText, List<String> keywords, int maxWidth, int maxHeight,
        long maxRenderingMemory, int maxFeatureCount, String metadataUrlTemplate, InspireSettings inspire) {

    public static final int DEFAULT_MAX_SIZE = 8192;
    /** 128 MiB: an 8192 x 4096 ARGB image, or several concurrent screen-sized maps. */
    public static final long DEFAULT_MAX_RENDERING_MEMORY = 128L * 1024 * 1024;
    public static final int DEFAULT_MAX_FEATURE_COUNT = 50;

    public WmsSettings {
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        if (maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("maxWidth and maxHeight must be positive");
        }
        if (maxRenderingMemory < 4) {
            throw new IllegalArgumentException("maxRenderingMemory must hold at least one pixel");
        }
        if (maxFeatureCount < 1) {
            throw new IllegalArgumentException("maxFeatureCount must be positive");
        }
    }

    public static WmsSettings defaults() {
        return new WmsSettings("crige WMS", "Visualisation des données géographiques (WMS 1.3.0 et 1.1.1)",
                List.of("WMS", "visualisation"), DEFAULT_MAX_SIZE, DEFAULT_MAX_SIZE, DEFAULT_MAX_RENDERING_MEMORY,
                DEFAULT_MAX_FEATURE_COUNT, null, null);
    }

    /** These settings with INSPIRE extended capabilities. */
    public WmsSettings withInspire(InspireSettings value) {
        return new WmsSettings(title, abstractText, keywords, maxWidth, maxHeight, maxRenderingMemory,
                maxFeatureCount, metadataUrlTemplate, value);
    }

    /** These settings with layers linked to catalogue records by a URL pattern. */
    public WmsSettings withMetadataUrlTemplate(String value) {
        return new WmsSettings(title, abstractText, keywords, maxWidth, maxHeight, maxRenderingMemory,
                maxFeatureCount, value, inspire);
    }
}
