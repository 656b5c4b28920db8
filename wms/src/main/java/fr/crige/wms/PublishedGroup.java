package fr.crige.wms;

import fr.crige.core.catalog.LayerGroupInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A layer group the WMS offers, with its published members in drawing order (first at the bottom). Members
 * that are not published (a disabled layer or feature type, a group left without any published member) are
 * already left out, so a group holds at least one member.
 *
 * @param group   the catalog's group
 * @param members the published members, each with the style the group draws it with
 */
public record PublishedGroup(LayerGroupInfo group, List<Member> members) implements Published {

    /**
     * A member of a group.
     *
     * @param item  the layer or group
     * @param style the style reference the group gives a layer member ({@code ws:style} or {@code style}), or
     *              null for the layer's default style (groups take no style)
     */
    public record Member(Published item, String style) {
    }

    public PublishedGroup {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A published group has at least one published member");
        }
    }

    /** Whether GetMap can name the group: SINGLE and NAMED groups; a CONTAINER is only a capabilities folder. */
    public boolean requestable() {
        return group.mode() != LayerGroupInfo.Mode.CONTAINER;
    }

    /** Whether the capabilities list the members under the group (NAMED and CONTAINER, the "tree" modes). */
    public boolean tree() {
        return group.mode() != LayerGroupInfo.Mode.SINGLE;
    }

    /** {@code ws:name} for a workspace group on the global service, the plain name otherwise. */
    @Override
    public String name(boolean virtualService) {
        return virtualService ? group.name() : group.qualifiedName();
    }

    @Override
    public String title() {
        return group.title() != null && !group.title().isBlank() ? group.title() : group.name();
    }

    /**
     * The layers the group draws, nested groups expanded in place, in drawing order; each with the style its
     * own group gives it.
     */
    public List<Member> layers() {
        List<Member> layers = new ArrayList<>();
        for (Member member : members) {
            if (member.item() instanceof PublishedGroup nested) {
                layers.addAll(nested.layers());
            } else {
                layers.add(member);
            }
        }
        return layers;
    }

    /** The published layers drawn by the group, in drawing order. */
    public List<PublishedLayer> leaves() {
        return layers().stream().map(m -> (PublishedLayer) m.item()).toList();
    }
}
