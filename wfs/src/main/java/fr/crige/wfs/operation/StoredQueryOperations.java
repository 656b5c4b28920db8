package fr.crige.wfs.operation;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.WorkspaceInfo;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import fr.crige.wfs.FeatureTypeResolver;
import fr.crige.wfs.WfsVersion;
import fr.crige.wfs.storedquery.StoredQueries;
import fr.crige.wfs.storedquery.StoredQueryDocuments;
import fr.crige.wfs.storedquery.StoredQueryDocuments.QualifiedType;
import java.util.Arrays;
import java.util.List;

/** ListStoredQueries and DescribeStoredQueries (WFS 2.0, 14.3 and 14.4). */
public final class StoredQueryOperations {

    private final FeatureTypeResolver resolver;
    private final StoredQueryDocuments documents = new StoredQueryDocuments();

    public StoredQueryOperations(FeatureTypeResolver resolver) {
        this.resolver = resolver;
    }

    public OwsResponse list(OwsRequest request) {
        WfsVersion.require20(request);
        List<QualifiedType> types = returnTypes(request);
        return OwsResponse.ok("text/xml; charset=UTF-8", out -> documents.writeList(types, out));
    }

    public OwsResponse describe(OwsRequest request) {
        WfsVersion.require20(request);
        List<String> ids = request.isXml()
                ? XmlRequests.values(request, "StoredQueryId").stream().map(XmlRequests.Value::text).toList()
                : request.parameters().get("STOREDQUERY_ID").map(s -> Arrays.stream(s.split(","))
                        .map(String::trim).toList()).orElse(List.of());
        for (String id : ids) {
            if (!StoredQueries.GET_FEATURE_BY_ID.equals(id)) {
                throw OwsException.invalidParameter("STOREDQUERY_ID", "Unknown stored query " + id);
            }
        }
        List<QualifiedType> types = returnTypes(request);
        return OwsResponse.ok("text/xml; charset=UTF-8", out -> documents.writeDescription(types, out));
    }

    private List<QualifiedType> returnTypes(OwsRequest request) {
        return resolver.published(request.workspace()).stream().map(this::qualified).toList();
    }

    private QualifiedType qualified(FeatureTypeInfo ft) {
        WorkspaceInfo ws = resolver.workspace(ft);
        return new QualifiedType(ws.name(), ws.namespaceUri(), ft.name());
    }
}
