package fr.crige.csw.publish;

import java.util.Objects;
import java.util.Set;

/**
 * What generated records state that the catalog does not know, set once for the whole platform by its
 * administrator: the limitations on public access and the conditions for access and use (INSPIRE requires
 * both, as anchors to the INSPIRE registry code lists or to a licence), and the ISO topic category of layers
 * whose keywords name neither a topic category nor an INSPIRE theme.
 *
 * @param accessConstraint     an INSPIRE {@code LimitationsOnPublicAccess} value
 * @param useConditions        an INSPIRE {@code ConditionsApplyingToAccessAndUse} value or a licence
 * @param defaultTopicCategory an {@code MD_TopicCategoryCode} value
 */
public record PublicationDefaults(Anchor accessConstraint, Anchor useConditions, String defaultTopicCategory) {

    /** The 19 values of ISO 19115 {@code MD_TopicCategoryCode}. */
    public static final Set<String> TOPIC_CATEGORIES = Set.of("farming", "biota", "boundaries",
            "climatologyMeteorologyAtmosphere", "economy", "elevation", "environment", "geoscientificInformation",
            "health", "imageryBaseMapsEarthCover", "intelligenceMilitary", "inlandWaters", "location", "oceans",
            "planningCadastre", "society", "structure", "transportation", "utilitiesCommunication");

    /** INSPIRE registry value: no limitation on public access. */
    public static final Anchor NO_LIMITATIONS = new Anchor(
            "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/noLimitations",
            "Pas de restriction d'accès public");

    /** INSPIRE registry value: no conditions apply to access and use. */
    public static final Anchor NO_CONDITIONS_APPLY = new Anchor(
            "http://inspire.ec.europa.eu/metadata-codelist/ConditionsApplyingToAccessAndUse/noConditionsApply",
            "Aucune condition ne s'applique");

    public PublicationDefaults {
        Objects.requireNonNull(accessConstraint, "accessConstraint");
        Objects.requireNonNull(useConditions, "useConditions");
        if (!TOPIC_CATEGORIES.contains(defaultTopicCategory)) {
            throw new IllegalArgumentException("Not an ISO 19115 topic category: " + defaultTopicCategory);
        }
    }

    /**
     * Open access without conditions, what a regional platform publishing open data declares, and the
     * {@code location} category (positional information), the least specific one.
     */
    public static PublicationDefaults openData() {
        return new PublicationDefaults(NO_LIMITATIONS, NO_CONDITIONS_APPLY, "location");
    }
}
