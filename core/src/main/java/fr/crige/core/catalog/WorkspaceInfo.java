package fr.crige.core.catalog;

/**
 * A workspace groups stores, layers and styles and gives them a namespace (the XML namespace of the feature
 * types in WFS, the prefix of the layer names "ws:layer"). Each workspace has its own virtual services at
 * {@code /{workspace}/ows}.
 *
 * @param name         short name, also the namespace prefix ([A-Za-z_][A-Za-z0-9_.-]*)
 * @param namespaceUri XML namespace URI
 */
public record WorkspaceInfo(String name, String namespaceUri) {
}
