package fr.crige.csw.store;

import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the catalogue's ISO 19139 records live: the SPI that the embedded ({@link
 * fr.crige.csw.store.sqlite.SqliteRecordStore}) and the production (PostgreSQL) implementations provide, and
 * that {@code RecordStoreContract} in the tests pins down.
 *
 * <p>Records are stored byte for byte and indexed by the {@link Queryable queryables} extracted when they
 * are written. Queries take a crige {@link fr.crige.core.filter.Filter} whose property names are queryable
 * names ({@link Queryable#byName}); spatial literals are in WGS 84 longitude/latitude (srid 4326 or 0).
 *
 * <p>Paging contract: results are in a total order, the requested sort keys followed by the record
 * identifier, so that walking the pages of an unchanged store with any page size returns every matching
 * record exactly once. Partners harvesting the catalogue delete what they do not see, so this is a
 * correctness requirement, not a nicety.
 *
 * <p>Writes are atomic: {@link #apply} commits all its changes or none, and a record that fails to index
 * leaves the stored one untouched. Implementations are thread-safe.
 */
public interface RecordStore extends AutoCloseable {

    /** The record with this identifier ({@code gmd:fileIdentifier}). */
    Optional<MetadataRecord> get(String identifier);

    /** The records with these identifiers, in the order asked; unknown identifiers are skipped. */
    List<MetadataRecord> get(Collection<String> identifiers);

    /**
     * One page of the records matching the query, with the number of records matched overall.
     *
     * @throws fr.crige.core.store.InvalidQueryException for an unknown queryable, an operator that does not
     *                                                   apply to it, or a sort on a non-sortable queryable
     */
    RecordPage query(RecordQuery query);

    /**
     * The distinct values of a queryable with the number of records holding each, in ascending order.
     *
     * @throws fr.crige.core.store.InvalidQueryException for AnyText and BoundingBox, which have no domain
     */
    List<DomainValue> domain(Queryable queryable);

    /**
     * Applies the changes in one transaction: all or nothing.
     *
     * @throws fr.crige.csw.record.InvalidRecordException when a record cannot be indexed (nothing is changed)
     * @throws RecordConflictException                    when an inserted record's identifier already exists
     */
    TransactionSummary apply(List<RecordChange> changes);

    /** The number of stored records. */
    long size();

    @Override
    void close();
}
