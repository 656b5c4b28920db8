package fr.crige.ows.dispatch;

import java.util.List;

/**
 * What the dispatcher needs from an XML request: the root element names the operation, its attributes the
 * service and version. For GetCapabilities, the versions of its {@code ows:AcceptVersions} element too.
 *
 * @param service        the {@code service} attribute, or null
 * @param version        the {@code version} attribute, or null
 * @param acceptVersions the {@code AcceptVersions/Version} values of a GetCapabilities request, else empty
 */
record XmlRequestRoot(String namespace, String localName, String service, String version,
        List<String> acceptVersions) {
}
