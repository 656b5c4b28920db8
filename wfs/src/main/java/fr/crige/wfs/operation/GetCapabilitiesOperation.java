package fr.crige.wfs.operation;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.FeatureTypeResolver;
import fr.crige.wfs.WfsService;
import fr.crige.wfs.capabilities.CapabilitiesWriter;
import fr.crige.wfs.output.OutputFormats;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GetCapabilities (WFS 2.0, 8): the capabilities of the global endpoint, or of a workspace's virtual service
 * listing only that workspace's types, restricted to the requested Sections.
 */
public final class GetCapabilitiesOperation implements OwsOperation {

    private final FeatureTypeResolver resolver;
    private final CapabilitiesWriter writer;
    private final OutputFormats formats;

    public GetCapabilitiesOperation(FeatureTypeResolver resolver, CapabilitiesWriter writer, OutputFormats formats) {
        this.resolver = resolver;
        this.writer = writer;
        this.formats = formats;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        Set<String> sections = sections(request);
        List<FeatureTypeInfo> types = resolver.published(request.workspace());
        return OwsResponse.ok("text/xml; charset=UTF-8", out -> writer.write(request, WfsService.VERSIONS, types,
                resolver::workspace, formats.advertised(), sections, out));
    }

    private static Set<String> sections(OwsRequest request) {
        List<String> requested = request.isXml()
                ? XmlRequests.values(request, "Section").stream().map(XmlRequests.Value::text).toList()
                : request.parameters().get("SECTIONS").map(s -> Arrays.stream(s.split(",")).map(String::trim)
                        .filter(x -> !x.isEmpty()).toList()).orElse(List.of());
        if (requested.isEmpty() || requested.contains("All")) {
            return CapabilitiesWriter.SECTIONS;
        }
        Set<String> sections = new HashSet<>();
        for (String s : requested) {
            if (!CapabilitiesWriter.SECTIONS.contains(s)) {
                throw OwsException.invalidParameter("Sections", "Unknown section " + s);
            }
            sections.add(s);
        }
        return sections;
    }
}
