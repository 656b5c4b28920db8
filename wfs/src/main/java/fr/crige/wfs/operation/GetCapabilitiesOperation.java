package fr.crige.wfs.operation;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.FeatureTypeResolver;
import fr.crige.wfs.WfsService;
import fr.crige.wfs.WfsVersion;
import fr.crige.wfs.capabilities.CapabilitiesWriter;
import fr.crige.wfs.capabilities.UpdateSequence;
import fr.crige.wfs.capabilities.Wfs11CapabilitiesWriter;
import fr.crige.wfs.output.GmlOutputFormat;
import fr.crige.wfs.output.OutputFormats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GetCapabilities (WFS 2.0, 8; WFS 1.1.0, 13): the capabilities of the global endpoint, or of a workspace's
 * virtual service listing only that workspace's types, restricted to the requested Sections, in the format of
 * the negotiated version. A client sending the {@code updateSequence} of its copy gets an exception instead
 * when the copy is current (see {@link UpdateSequence}); the number is the same for every endpoint.
 */
public final class GetCapabilitiesOperation implements OwsOperation {

    private final FeatureTypeResolver resolver;
    private final CapabilitiesWriter writer;
    private final Wfs11CapabilitiesWriter writer11;
    private final OutputFormats formats;
    private final UpdateSequence updateSequence;

    public GetCapabilitiesOperation(FeatureTypeResolver resolver, CapabilitiesWriter writer,
            Wfs11CapabilitiesWriter writer11, OutputFormats formats, UpdateSequence updateSequence) {
        this.resolver = resolver;
        this.writer = writer;
        this.writer11 = writer11;
        this.formats = formats;
        this.updateSequence = updateSequence;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        if (!request.isXml() && !request.parameters().contains("SERVICE")) {
            // the /wfs endpoint implies the service, but OWS Common (7.2) and WFS 2.0 (7.5) require the parameter
            throw OwsException.missingParameter("service");
        }
        Set<String> sections = sections(request);
        long sequence = updateSequence.current(publishedContent());
        UpdateSequence.check(request.isXml() ? XmlRequests.rootAttribute(request, "updateSequence")
                : request.parameters().get("UPDATESEQUENCE").orElse(null), sequence);
        List<FeatureTypeInfo> types = resolver.published(request.workspace());
        if (WfsVersion.of(request) == WfsVersion.WFS_1_1_0) {
            List<String> outputFormats = new ArrayList<>(formats.advertised());
            outputFormats.remove(GmlOutputFormat.GML311_MIME_TYPE);
            outputFormats.add(0, GmlOutputFormat.GML311_MIME_TYPE);
            return OwsResponse.ok("text/xml; charset=UTF-8", out -> writer11.write(request, types,
                    resolver::workspace, outputFormats, sections, sequence, out));
        }
        return OwsResponse.ok("text/xml; charset=UTF-8", out -> writer.write(request, WfsService.VERSIONS, types,
                resolver::workspace, formats.advertised(), sections, sequence, out));
    }

    /** What the capabilities of every endpoint describe: the published types, each with its workspace. */
    private List<Object> publishedContent() {
        return resolver.published(Optional.empty()).stream()
                .map(ft -> (Object) List.of(ft, resolver.workspace(ft))).toList();
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
