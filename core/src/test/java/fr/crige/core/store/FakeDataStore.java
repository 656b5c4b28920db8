package fr.crige.core.store;

import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/** A store that knows schemas and extents only, for catalog and manager tests. */
public final class FakeDataStore implements DataStore {
    private final Map<String, FeatureSchema> schemas;
    private final Map<String, Envelope> extents;
    public volatile boolean closed;
    public volatile String pingFailure;

    public FakeDataStore(Map<String, FeatureSchema> schemas, Map<String, Envelope> extents) {
        this.schemas = schemas;
        this.extents = extents;
    }

    @Override
    public List<String> typeNames() {
        return List.copyOf(schemas.keySet());
    }

    @Override
    public FeatureSchema schema(String typeName) {
        FeatureSchema s = schemas.get(typeName);
        if (s == null) {
            throw new UnknownTypeException(typeName);
        }
        return s;
    }

    @Override
    public long count(Query query) {
        return 0;
    }

    @Override
    public Optional<Envelope> bounds(Query query) {
        return Optional.ofNullable(extents.get(query.typeName()));
    }

    @Override
    public FeatureReader features(Query query) {
        throw new AssertionError("this fake store serves schemas and extents only, not features");
    }

    @Override
    public void ping() {
        if (pingFailure != null) {
            throw new StoreException(pingFailure);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
