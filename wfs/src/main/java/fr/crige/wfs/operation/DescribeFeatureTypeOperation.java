package fr.crige.wfs.operation;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsOperation;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.FeatureTypeResolver;
import fr.crige.wfs.PublishedType;
import fr.crige.wfs.StoreErrors;
import fr.crige.wfs.TypeName;
import fr.crige.wfs.describe.ApplicationSchemaWriter;
import fr.crige.wfs.output.Gml32OutputFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * DescribeFeatureType (WFS 2.0, 9): the GML 3.2 application schema of the named types, or of every published
 * type when none is named. Schemas are read from the stores before the response starts, so a store failure
 * is still reported as an exception.
 */
public final class DescribeFeatureTypeOperation implements OwsOperation {

    private static final Set<String> GML32 = Set.of("application/gml+xml;version=3.2", "text/xml;subtype=gml/3.2",
            "gml32");

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
        if (format != null && !GML32.contains(format.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT))) {
            throw OwsException.invalidParameter("outputFormat", "Unsupported outputFormat " + format
                    + "; supported: " + Gml32OutputFormat.MIME_TYPE);
        }
        List<TypeName> names = typeNames(request);
        List<PublishedType> types = names.isEmpty()
                ? resolver.published(request.workspace()).stream().map(resolver::open).toList()
                : names.stream().map(n -> resolver.resolve(n, request.workspace())).toList();
        if (types.isEmpty()) {
            throw OwsException.invalidParameter(FeatureTypeResolver.TYPE_NAMES, "No feature type is published");
        }
        types.forEach(t -> StoreErrors.call(t::schema));
        return OwsResponse.ok(Gml32OutputFormat.MIME_TYPE, out -> writer.write(types, request, out));
    }

    private static List<TypeName> typeNames(OwsRequest request) {
        if (request.isXml()) {
            return XmlRequests.values(request, "TypeName").stream()
                    .map(v -> {
                        TypeName parsed = TypeName.parse(v.text());
                        return new TypeName(v.namespaceUri(), parsed.prefix(), parsed.localName());
                    }).toList();
        }
        return request.parameters().get("TYPENAMES").or(() -> request.parameters().get("TYPENAME"))
                .map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty())
                        .map(TypeName::parse).toList())
                .orElse(List.of());
    }
}
