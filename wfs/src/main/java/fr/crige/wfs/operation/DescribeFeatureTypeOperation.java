package fr.crige.wfs.operation;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.FeatureTypeResolver;
import fr.crige.wfs.GmlVersion;
import fr.crige.wfs.WfsVersion;
import fr.crige.wfs.KvpNamespaces;
import fr.crige.wfs.PublishedType;
import fr.crige.wfs.StoreErrors;
import fr.crige.wfs.TypeName;
import fr.crige.wfs.describe.ApplicationSchemaWriter;
import fr.crige.wfs.output.GmlOutputFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DescribeFeatureType (WFS 2.0, 9; WFS 1.1.0, 8): the GML application schema of the named types, or of every
 * published type when none is named, in GML 3.2 or GML 3.1.1 after outputFormat or the request's version.
 * Schemas are read from the stores before the response starts, so a store failure is still reported as an
 * exception.
 */
public final class DescribeFeatureTypeOperation implements OwsOperation {

    private static final Set<String> GML32 = Set.of("application/gml+xml;version=3.2", "text/xml;subtype=gml/3.2",
            "gml32");
    /** The GML 3.1.1 names of WFS 1.1.0, and XMLSCHEMA, which WFS 1.0 clients still send. */
    private static final Set<String> GML311 = Set.of("text/xml;subtype=gml/3.1.1", "application/gml+xml;version=3.1",
            "gml3", "xmlschema");

    private final FeatureTypeResolver resolver;
    private final ApplicationSchemaWriter writer;

    public DescribeFeatureTypeOperation(FeatureTypeResolver resolver, ApplicationSchemaWriter writer) {
        this.resolver = resolver;
        this.writer = writer;
    }

    @Override
    public OwsResponse execute(OwsRequest request) {
        String format = request.isXml() ? XmlRequests.rootAttribute(request, "outputFormat")
                : request.parameters().get("OUTPUTFORMAT").orElse(null);
        GmlVersion gml = gmlVersion(format, WfsVersion.of(request));
        List<TypeName> names = typeNames(request);
        List<PublishedType> types = names.isEmpty()
                ? resolver.published(request.workspace()).stream().map(resolver::open).toList()
                : names.stream().map(n -> resolver.resolve(n, request.workspace())).toList();
        if (types.isEmpty()) {
            throw OwsException.invalidParameter(FeatureTypeResolver.TYPE_NAMES, "No feature type is published");
        }
        types.forEach(t -> StoreErrors.call(t::schema));
        String contentType = gml == GmlVersion.GML_3_2 ? GmlOutputFormat.GML32_MIME_TYPE
                : "text/xml; subtype=gml/3.1.1; charset=UTF-8";
        return OwsResponse.ok(contentType, out -> writer.write(types, gml, request, out));
    }

    /** The GML version of the requested schema; without outputFormat, the version's own GML. */
    private static GmlVersion gmlVersion(String format, WfsVersion version) {
        if (format == null || format.isBlank()) {
            return version.gml();
        }
        String normalized = format.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (GML32.contains(normalized)) {
            return GmlVersion.GML_3_2;
        }
        if (GML311.contains(normalized)) {
            return GmlVersion.GML_3_1_1;
        }
        throw OwsException.invalidParameter("outputFormat", "Unsupported outputFormat " + format + "; supported: "
                + GmlOutputFormat.GML32_MIME_TYPE + ", " + GmlOutputFormat.GML311_MIME_TYPE);
    }

    private static List<TypeName> typeNames(OwsRequest request) {
        if (request.isXml()) {
            return XmlRequests.values(request, "TypeName").stream()
                    .map(v -> {
                        TypeName parsed = TypeName.parse(v.text());
                        return new TypeName(v.namespaceUri(), parsed.prefix(), parsed.localName());
                    }).toList();
        }
        return KvpNamespaces.of(request.parameters()).typeNames(request.parameters());
    }
}
