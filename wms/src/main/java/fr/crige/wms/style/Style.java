package fr.crige.wms.style;

import java.util.List;
import java.util.Objects;

/**
 * A user style (SLD 1.0 {@code UserStyle}, SE 1.1 {@code se:FeatureTypeStyle} container): what a layer looks
 * like. Its feature type styles are drawn one after the other, each over the previous one, which is how SLD
 * expresses z-order (casings under road fills, for instance).
 *
 * @param name              the style name, possibly null in an anonymous SLD_BODY style
 * @param title             human title, or null
 * @param abstractText      description, or null
 * @param featureTypeStyles rendering passes in drawing order
 */
public record Style(String name, String title, String abstractText, List<FeatureTypeStyle> featureTypeStyles) {

    public Style {
        featureTypeStyles = List.copyOf(Objects.requireNonNull(featureTypeStyles, "featureTypeStyles"));
    }

    /** Every rule of every pass, in drawing order (legends list them this way). */
    public List<Rule> rules() {
        return featureTypeStyles.stream().flatMap(f -> f.rules().stream()).toList();
    }
}
