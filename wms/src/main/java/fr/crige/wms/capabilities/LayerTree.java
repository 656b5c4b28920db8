package fr.crige.wms.capabilities;

import fr.crige.wms.Published;
import fr.crige.wms.PublishedGroup;
import fr.crige.wms.PublishedLayer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which layers and groups sit at the top of the capabilities' layer tree, after GeoServer's documented
 * behaviour: a member of a "tree" group (NAMED or CONTAINER) is listed under that group only, and nowhere
 * else at the top; the members of a SINGLE group are not listed under it, so they stay at the top unless a
 * tree group holds them. Nested members remain requestable by their own names either way.
 */
final class LayerTree {

    private LayerTree() {
    }

    /** The top-level entries: the layers first, then the groups, each in catalog order. */
    static List<Published> roots(List<PublishedLayer> layers, List<PublishedGroup> groups) {
        Set<String> nested = new HashSet<>();
        for (PublishedGroup group : groups) {
            if (group.tree()) {
                group.members().forEach(m -> nested.add(key(m.item())));
            }
        }
        List<Published> roots = new ArrayList<>();
        layers.stream().filter(l -> !nested.contains(key(l))).forEach(roots::add);
        groups.stream().filter(g -> !nested.contains(key(g))).forEach(roots::add);
        return roots;
    }

    /** Qualified names are unique among layers and groups: a workspace group cannot take a layer's name. */
    private static String key(Published published) {
        return published.name(false);
    }
}
