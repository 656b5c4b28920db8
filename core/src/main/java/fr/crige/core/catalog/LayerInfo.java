package fr.crige.core.catalog;

import java.util.List;

/**
 * How a feature type is published as a layer: styles and switches. One layer per feature type, with the
 * same workspace and name.
 *
 * @param workspace    workspace of the feature type
 * @param name         name of the feature type
 * @param defaultStyle style name ("ws:style" for a workspace style, "style" for a global one)
 * @param styles       other styles offered
 * @param enabled      disabled layers are not published
 * @param queryable    whether GetFeatureInfo answers for it
 */
public record LayerInfo(String workspace, String name, String defaultStyle, List<String> styles,
        boolean enabled, boolean queryable) {
    public LayerInfo {
        styles = styles == null ? List.of() : List.copyOf(styles);
    }

    public String qualifiedName() {
        return workspace + ":" + name;
    }
}
