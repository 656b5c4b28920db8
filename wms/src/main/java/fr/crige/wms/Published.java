package fr.crige.wms;

/**
 * Something a client can find in the capabilities and may name in LAYERS: a published layer, or a layer group
 * whose members are published layers and groups.
 */
public sealed interface Published permits PublishedLayer, PublishedGroup {

    /** The name clients use: qualified on the global service, unqualified on a workspace's own. */
    String name(boolean virtualService);

    /** The human title, for capabilities and legends. */
    String title();
}
