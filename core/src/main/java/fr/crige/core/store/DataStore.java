package fr.crige.core.store;

import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.query.Query;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The store SPI: a source of feature types. Every implementation behaves the same way, which the contract
 * test suite ({@code AbstractDataStoreContractTest} in core's test jar) checks:
 * <ul>
 * <li>names in queries (type, properties, sort keys, filter properties) are checked against the schema;
 * unknown ones raise {@link InvalidQueryException} naming the offending item, never reach the backend;</li>
 * <li>literal values from requests are bound as parameters or evaluated in memory, never concatenated into
 * a query language;</li>
 * <li>{@link #features} streams: memory does not grow with the number of features;</li>
 * <li>without sort keys the order is the id order, so offset/limit paging is stable.</li>
 * </ul>
 * Stores are thread-safe; readers are not.
 */
public interface DataStore extends AutoCloseable {

    /** Native names of the feature types (tables/layers with a geometry or not) the store offers. */
    List<String> typeNames();

    /** @throws UnknownTypeException when the store has no such type */
    FeatureSchema schema(String typeName);

    /** Number of features matching the query's filter (offset/limit applied). */
    long count(Query query);

    /**
     * Bounds of the default geometry of the features matching the query's filter, in the query's target CRS
     * (native when 0); empty when nothing matches or the type has no geometry.
     */
    Optional<Envelope> bounds(Query query);

    /** Streams the features matching the query. The caller closes the reader. */
    FeatureReader features(Query query);

    /** Checks that the backend answers (used by health checks); throws {@link StoreException} otherwise. */
    void ping();

    @Override
    void close();
}
