package fr.crige.core.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named arrangement of layers (and of other groups) that map services offer as one entry: a base map
 * ("fond de plan") drawn by one GetMap name, or a theme folder in a capabilities tree.
 *
 * <p>Members are references as clients spell layer names: {@code "ws:name"} for a layer or a workspace group,
 * {@code "name"} for a global group. A name designates one thing: within a workspace, a group cannot have the
 * name of a layer. A workspace group may only use its own workspace's layers and groups; a global group
 * (null workspace) may use any.
 *
 * @param workspace    owning workspace, or null for a global group
 * @param name         unique within its workspace (or among global groups), and not the name of a layer
 * @param title        human title
 * @param abstractText description ("abstract" in files and REST)
 * @param mode         how services expose the group
 * @param layers       members, drawn in this order (first at the bottom)
 * @param styles       style of each member ("ws:style" or "style"; empty or null for the member's default);
 *                     either empty or as long as {@code layers}
 */
public record LayerGroupInfo(String workspace, String name, String title,
        @JsonProperty("abstract") String abstractText, Mode mode, List<String> layers, List<String> styles) {

    /** How a group appears in the services, after GeoServer's modes of the same names. */
    public enum Mode {
        /** One requestable layer; its members are not listed under it. */
        SINGLE,
        /** A requestable layer whose members are also listed (and requestable) under it. */
        NAMED,
        /** Only a folder of the capabilities tree: it has no name a GetMap can use. */
        CONTAINER
    }

    public LayerGroupInfo {
        mode = mode == null ? Mode.NAMED : mode;
        layers = layers == null ? List.of() : List.copyOf(layers);
        styles = styles == null ? List.of() : normalized(styles);
    }

    /** "ws:name" for workspace groups, "name" for global ones: the name services publish. */
    public String qualifiedName() {
        return workspace == null ? name : workspace + ":" + name;
    }

    /** The style of the member at {@code index}, or null for the member's default style. */
    public String styleOf(int index) {
        return styles.isEmpty() ? null : styles.get(index);
    }

    private static List<String> normalized(List<String> styles) {
        List<String> copy = new ArrayList<>(styles.size());
        styles.forEach(s -> copy.add(s == null || s.isBlank() ? null : s));
        return copy.stream().allMatch(Objects::isNull) ? List.of() : java.util.Collections.unmodifiableList(copy);
    }
}
