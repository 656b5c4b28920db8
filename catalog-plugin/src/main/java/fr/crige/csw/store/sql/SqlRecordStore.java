package fr.crige.csw.store.sql;

import fr.crige.core.filter.Filter;
import fr.crige.core.store.InvalidQueryException;
import fr.crige.core.store.StoreException;
import fr.crige.csw.record.FrenchTextAnalyzer;
import fr.crige.csw.record.InvalidRecordException;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.record.QueryableValues;
import fr.crige.csw.record.TextFolding;
import fr.crige.csw.store.DomainValue;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordConflictException;
import fr.crige.csw.store.RecordPage;
import fr.crige.csw.store.RecordQuery;
import fr.crige.csw.store.RecordSort;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.TransactionSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * What the SQL record stores share: a table {@code record (rid, identifier, <sort columns>)} with the
 * {@link SortColumns} (each dialect keeps the document where reading a page of them is cheapest), and a
 * table {@code record_value (rid, queryable, value, folded, number)} of every queryable value, searched
 * through a {@link SqlFilterEncoder}. Paging, domains, the indexing of records before a transaction starts
 * and the all-or-nothing transaction are written here once, so that the stores cannot drift apart; each
 * dialect says how it selects records by identifier, orders them, and writes and deletes the record row with
 * its full-text and extent indexes.
 *
 * <p>A one-row table {@code record_state (generation)} counts the committed write transactions: each one
 * increments it. Queries read it in their snapshot and key a {@link PagingCache} with it, which keeps the
 * count of a query and where its recent pages ended, so that a harvest walking the whole catalogue page by
 * page pays one count and one index range per page instead of a count and an OFFSET scan.
 */
public abstract class SqlRecordStore implements RecordStore {

    /**
     * Identifiers looked up by one statement: a bulk {@link #get(Collection)} is split into statements of at
     * most this many, below every database's limit on bound parameters (32,766 in SQLite).
     */
    private static final int IDENTIFIERS_PER_STATEMENT = 500;

    private final DataSource dataSource;
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();
    private final PagingCache paging = new PagingCache();
    protected final FrenchTextAnalyzer analyzer = new FrenchTextAnalyzer();

    protected SqlRecordStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A change with its record's queryables and full-text terms already extracted, so that nothing fails for
     * the record's sake once the transaction has started; the record and its index are null for a delete.
     */
    protected record IndexedChange(RecordChange change, MetadataRecord record, QueryableValues values,
            List<String> terms) {
    }

    /** The statement selecting {@code identifier, xml} of the records with these identifiers. */
    protected abstract PreparedStatement selectByIdentifiers(Connection c, Collection<String> identifiers)
            throws SQLException;

    /** A new encoder of filters into conditions on {@code record r}; one per statement. */
    protected abstract SqlFilterEncoder filterEncoder();

    /**
     * A new encoder whose conditions do not lead the database to gather the candidates from the indexes, so
     * that it walks the records in identifier order and checks each one: used for a page in identifier order
     * when most records match and the page is near the start, where walking stops after a few dozen records
     * and gathering reads every match then sorts them. Empty (the default) when the database's own planner
     * makes that choice from its statistics.
     */
    protected Optional<SqlFilterEncoder> orderedScanEncoder() {
        return Optional.empty();
    }

    /** The ORDER BY key of a sort on a sortable queryable (see {@link SortColumns#qualified}). */
    protected abstract String orderKey(RecordSort sort);

    /** Writes the row of a new record and its full-text and extent indexes, and returns its row id. */
    protected abstract long insertRecord(Connection c, IndexedChange change) throws SQLException;

    /** Rewrites the row of a stored record and its full-text and extent indexes, keeping its row id. */
    protected abstract void updateRecord(Connection c, long rid, IndexedChange change) throws SQLException;

    /** Deletes the records matching the filter with everything indexed for them; returns how many. */
    protected abstract int deleteRecords(Connection c, Filter filter) throws SQLException;

    /** The clause locking the record row a transaction looks up before writing it; none by default. */
    protected String rowLock() {
        return "";
    }

    /**
     * Prepares the connection to read the count and the page of a query; by default they run as they come.
     * A store whose readers may see concurrent commits between the two statements takes a snapshot here.
     */
    protected void beginRead(Connection c) throws SQLException {
    }

    /** Ends what {@link #beginRead} began, whether the reads succeeded or not. */
    protected void endRead(Connection c) throws SQLException {
    }

    /** The exception reporting a failed transaction; a dialect may recognise conflicts in it. */
    protected RuntimeException writeFailure(List<RecordChange> changes, SQLException e) {
        return failure("write records", e);
    }

    @Override
    public Optional<MetadataRecord> get(String identifier) {
        List<MetadataRecord> found = get(List.of(identifier));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<MetadataRecord> get(Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection()) {
            return read(c, identifiers.stream().distinct().toList());
        } catch (SQLException e) {
            throw failure("read records", e);
        }
    }

    /** The records with these distinct identifiers, in their order; unknown identifiers are skipped. */
    private List<MetadataRecord> read(Connection c, List<String> identifiers) throws SQLException {
        Map<String, MetadataRecord> byId = new HashMap<>();
        for (int from = 0; from < identifiers.size(); from += IDENTIFIERS_PER_STATEMENT) {
            List<String> some = identifiers.subList(from, Math.min(identifiers.size(),
                    from + IDENTIFIERS_PER_STATEMENT));
            try (PreparedStatement s = selectByIdentifiers(c, some); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getString(1), new MetadataRecord(rs.getString(1), rs.getBytes(2)));
                }
            }
        }
        return identifiers.stream().map(byId::get).filter(r -> r != null).toList();
    }

    @Override
    public RecordPage query(RecordQuery query) {
        SqlFilterEncoder encoder = filterEncoder();
        String where = query.filter().accept(encoder);
        List<Object> parameters = encoder.parameters();
        String orderBy = orderBy(query.sortBy());
        try (Connection c = dataSource.getConnection()) {
            beginRead(c);
            try {
                PagingCache.Key key = new PagingCache.Key(generation(c), where + " ORDER BY " + orderBy,
                        Collections.unmodifiableList(new ArrayList<>(parameters)));
                long matched = matched(c, key, where, parameters);
                if (query.maxRecords() == 0 || query.startPosition() > matched) {
                    return new RecordPage(matched, List.of());
                }
                String pageWhere = where;
                List<Object> pageParameters = parameters;
                Optional<SqlFilterEncoder> ordered = orderedScanEncoder();
                if (ordered.isPresent() && walkingIsCheaper(c, key.generation(), query, matched)) {
                    pageWhere = query.filter().accept(ordered.get());
                    pageParameters = ordered.get().parameters();
                }
                // identifiers first, documents then: sorting the documents of every matching record to keep a
                // page of them would copy megabytes through the database's sorter
                return new RecordPage(matched, read(c, pageIdentifiers(c, query, key, pageWhere, pageParameters,
                        orderBy)));
            } finally {
                endRead(c);
            }
        } catch (SQLException e) {
            throw failure("query records", e);
        }
    }

    /**
     * The identifiers of the page, in order. When the records are ordered by identifier alone and a previous
     * page of the same query on the same data ended just before the start position, the page continues after
     * its last identifier, on the identifier index: the same rows as OFFSET, without walking the previous ones.
     */
    private List<String> pageIdentifiers(Connection c, RecordQuery query, PagingCache.Key key, String where,
            List<Object> parameters, String orderBy) throws SQLException {
        Optional<Boolean> byIdentifier = identifierOrder(query.sortBy());
        Optional<String> after = byIdentifier.isPresent()
                ? paging.identifierBefore(key, query.startPosition()) : Optional.empty();
        List<Object> all = new ArrayList<>(parameters);
        String sql;
        if (after.isPresent()) {
            sql = "SELECT r.identifier FROM record r WHERE (" + where + ") AND r.identifier "
                    + (byIdentifier.get() ? ">" : "<") + " ? ORDER BY " + orderBy + " LIMIT ?";
            all.add(after.get());
            all.add(query.maxRecords());
        } else {
            sql = "SELECT r.identifier FROM record r WHERE " + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?";
            all.add(query.maxRecords());
            all.add(query.startPosition() - 1);
        }
        List<String> identifiers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, all);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    identifiers.add(rs.getString(1));
                }
            }
        }
        if (byIdentifier.isPresent() && !identifiers.isEmpty()) {
            paging.pageEnded(key, query.startPosition() + identifiers.size(), identifiers.get(identifiers.size() - 1));
        }
        return identifiers;
    }

    /**
     * Whether walking the identifier index and checking each record reads fewer records than the matches:
     * about {@code rows * size / matched} records are walked to find the rows up to the end of the page, when
     * matches are spread evenly over the identifiers (generated UUIDs are).
     */
    private boolean walkingIsCheaper(Connection c, long generation, RecordQuery query, long matched)
            throws SQLException {
        if (identifierOrder(query.sortBy()).isEmpty()) {
            return false;
        }
        long rows = query.startPosition() - 1 + query.maxRecords();
        long size = matched(c, new PagingCache.Key(generation, SqlFilterEncoder.TRUE, List.of()), SqlFilterEncoder.TRUE,
                List.of());
        return (double) rows * size < (double) matched * matched;
    }

    /** The number of records the query matches, counted once per state of the store. */
    private long matched(Connection c, PagingCache.Key key, String where, List<Object> parameters)
            throws SQLException {
        OptionalLong known = paging.matched(key);
        if (known.isPresent()) {
            return known.getAsLong();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM record r WHERE " + where)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long matched = rs.getLong(1);
                paging.matched(key, matched);
                return matched;
            }
        }
    }

    /** The generation of the data the connection reads: what {@link PagingCache} keys its entries by. */
    private static long generation(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT generation FROM record_state");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("The record store has no generation row in record_state");
            }
            return rs.getLong(1);
        }
    }

    /**
     * Whether the records are ordered by identifier alone (the default order and that of data.gouv.fr's
     * harvester), ascending or not: then a page can continue after the last identifier of the previous one.
     */
    private static Optional<Boolean> identifierOrder(List<RecordSort> sortBy) {
        if (sortBy.isEmpty()) {
            return Optional.of(true);
        }
        return sortBy.get(0).queryable() == Queryable.IDENTIFIER ? Optional.of(sortBy.get(0).ascending())
                : Optional.empty();
    }

    /** The requested keys, then the identifier: unique, so the order is total and paging exact. */
    private String orderBy(List<RecordSort> sortBy) {
        List<String> keys = new ArrayList<>();
        for (RecordSort sort : sortBy) {
            if (!sort.queryable().sortable()) {
                throw new InvalidQueryException("Records cannot be sorted by " + sort.queryable().apisoName(),
                        "SortBy");
            }
            keys.add(orderKey(sort));
        }
        if (sortBy.stream().noneMatch(s -> s.queryable() == Queryable.IDENTIFIER)) {
            keys.add("r.identifier ASC");
        }
        return String.join(", ", keys);
    }

    @Override
    public List<DomainValue> domain(Queryable queryable) {
        if (queryable.kind() == Queryable.Kind.FULL_TEXT || queryable.kind() == Queryable.Kind.ENVELOPE) {
            throw new InvalidQueryException(queryable.apisoName() + " has no list of values", "PropertyName");
        }
        List<DomainValue> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT value, count(DISTINCT rid) FROM record_value WHERE queryable = ? GROUP BY value "
                        + "ORDER BY value")) {
            s.setString(1, queryable.apisoName());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(new DomainValue(rs.getString(1), rs.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw failure("read a domain", e);
        }
        return values;
    }

    @Override
    public TransactionSummary apply(List<RecordChange> changes) {
        List<IndexedChange> indexed = changes.stream().map(this::index).toList();
        try {
            return write(indexed);
        } catch (SQLException e) {
            throw writeFailure(changes, e);
        }
    }

    /** Runs the indexed changes in one database transaction, rolled back on any failure. */
    protected TransactionSummary write(List<IndexedChange> changes) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                TransactionSummary summary = write(c, changes);
                c.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private TransactionSummary write(Connection c, List<IndexedChange> changes) throws SQLException {
        // a new generation: what readers remembered of the previous state (PagingCache) no longer applies
        try (PreparedStatement s = c.prepareStatement("UPDATE record_state SET generation = generation + 1")) {
            s.executeUpdate();
        }
        int inserted = 0;
        int updated = 0;
        int deleted = 0;
        List<String> insertedIds = new ArrayList<>();
        for (IndexedChange p : changes) {
            if (p.change() instanceof RecordChange.Insert) {
                if (rid(c, p.record().identifier()).isPresent()) {
                    throw new RecordConflictException(p.record().identifier());
                }
                writeValues(c, insertRecord(c, p), p.values());
                inserted++;
                insertedIds.add(p.record().identifier());
            } else if (p.change() instanceof RecordChange.Update) {
                Optional<Long> rid = rid(c, p.record().identifier());
                if (rid.isPresent()) {
                    deleteValues(c, rid.get());
                    updateRecord(c, rid.get(), p);
                    writeValues(c, rid.get(), p.values());
                    updated++;
                }
            } else if (p.change() instanceof RecordChange.Delete d) {
                deleted += deleteRecords(c, d.filter());
            }
        }
        return new TransactionSummary(inserted, updated, deleted, insertedIds);
    }

    private IndexedChange index(RecordChange change) {
        MetadataRecord record = null;
        if (change instanceof RecordChange.Insert i) {
            record = i.record();
        } else if (change instanceof RecordChange.Update u) {
            record = u.record();
        }
        if (record == null) {
            return new IndexedChange(change, null, null, null);
        }
        QueryableValues values = extractor.extract(record.xml());
        String identifier = values.first(Queryable.IDENTIFIER).orElseThrow();
        if (!identifier.equals(record.identifier())) {
            throw new InvalidRecordException("The record is filed as " + record.identifier()
                    + " but its fileIdentifier is " + identifier);
        }
        return new IndexedChange(change, record, values, analyzer.terms(values.anyText()));
    }

    private Optional<Long> rid(Connection c, String identifier) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT rid FROM record WHERE identifier = ?" + rowLock())) {
            s.setString(1, identifier);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void writeValues(Connection c, long rid, QueryableValues values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO record_value (rid, queryable, value, folded, number) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<Queryable, List<String>> e : values.all().entrySet()) {
                for (String value : e.getValue()) {
                    s.setLong(1, rid);
                    s.setString(2, e.getKey().apisoName());
                    s.setString(3, value);
                    s.setString(4, TextFolding.fold(value));
                    s.setObject(5, number(value));
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** Deletes the queryable values of a record. */
    protected static void deleteValues(Connection c, long rid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM record_value WHERE rid = ?")) {
            s.setLong(1, rid);
            s.executeUpdate();
        }
    }

    @Override
    public long size() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM record"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count records", e);
        }
    }

    /** The value of a record's sort-key column: its first value of the queryable, as a number or folded. */
    protected static Object sortKey(Queryable queryable, QueryableValues values) {
        Optional<String> first = values.first(queryable);
        if (queryable.kind() == Queryable.Kind.NUMBER) {
            return first.map(SqlRecordStore::number).orElse(null);
        }
        return first.map(TextFolding::fold).orElse(null);
    }

    private static Double number(String value) {
        try {
            double d = Double.parseDouble(value.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Binds the values to the placeholders of the statement, in order. */
    protected static void bind(PreparedStatement s, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                s.setNull(i + 1, Types.NULL);
            } else {
                s.setObject(i + 1, v);
            }
        }
    }

    /** The exception reporting that an action on the database failed. */
    protected static StoreException failure(String action, SQLException e) {
        return new StoreException("The record store could not " + action + ": " + e.getMessage(), e);
    }
}
