package fr.crige.wms;

import java.util.List;
import java.util.Objects;

/**
 * What the INSPIRE view-service extended capabilities declare (Technical Guidance for INSPIRE View Services
 * 3.11, scenario 1): the service's own metadata record in the catalogue and its languages.
 *
 * @param metadataUrl     URL of the ISO 19139 service record; {@code {base}} is replaced by the server's base
 *                        URL, so the crige catalogue's GetRecordById can be named without a host
 * @param defaultLanguage ISO 639-2/B code of the language of the capabilities, e.g. {@code fre}
 * @param languages       the supported languages, the default one included
 */
public record InspireSettings(String metadataUrl, String defaultLanguage, List<String> languages) {

    public InspireSettings {
        Objects.requireNonNull(metadataUrl, "metadataUrl");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        languages = languages == null ? List.of(defaultLanguage) : List.copyOf(languages);
        if (!languages.contains(defaultLanguage)) {
            throw new IllegalArgumentException("The default language must be among the supported languages");
        }
    }

    /** French first, English offered: the usual set of a French regional geodata centre. */
    public static InspireSettings french(String metadataUrl) {
        return new InspireSettings(metadataUrl, "fre", List.of("fre", "eng"));
    }
}
