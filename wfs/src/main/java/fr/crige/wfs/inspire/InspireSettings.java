package fr.crige.wfs.inspire;

import fr.crige.ows.catalogue.DatasetMetadata;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the WFS declares as an INSPIRE download service (Technical Guidance for Download Services 3.1, direct
 * access with WFS): the metadata record of the service, the languages it supports and the catalogue records of
 * its data sets, keyed by qualified feature type name ({@code workspace:name}).
 *
 * @param serviceMetadataUrl the URL of the service's metadata record; {@code {base}} stands for the server's
 *                           base URL, so the record in crige's own catalogue can be named without a host
 * @param defaultLanguage    the ISO 639-2/B code answered when the client asks for none, such as {@code fre}
 * @param otherLanguages     further supported languages, such as {@code eng}
 * @param datasets           the data set records by qualified feature type name
 */
public record InspireSettings(String serviceMetadataUrl, String defaultLanguage, List<String> otherLanguages,
        Map<String, DatasetMetadata> datasets) {

    public InspireSettings {
        Objects.requireNonNull(serviceMetadataUrl, "serviceMetadataUrl");
        defaultLanguage = defaultLanguage == null ? "fre" : defaultLanguage;
        otherLanguages = otherLanguages == null ? List.of("eng") : List.copyOf(otherLanguages);
        datasets = datasets == null ? Map.of() : Map.copyOf(datasets);
    }

    /** The catalogue record of a feature type, if one is configured. */
    public Optional<DatasetMetadata> dataset(String qualifiedTypeName) {
        return Optional.ofNullable(datasets.get(qualifiedTypeName));
    }

    /**
     * The language of a response: the requested one when supported (INSPIRE LANGUAGE parameter), the default
     * one otherwise.
     */
    public String responseLanguage(String requested) {
        if (requested != null && (requested.equals(defaultLanguage) || otherLanguages.contains(requested))) {
            return requested;
        }
        return defaultLanguage;
    }
}
