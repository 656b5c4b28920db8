package fr.crige.csw.store.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * The production record store: PostgreSQL with full-text search in French (the terms of
 * {@link FrenchTextAnalyzer}: stemming and accent folding, see {@link PostgresSchema}) and PostGIS for extents, through a connection pool. Several crige instances may
 * share it.
 *
 * <p>Records are indexed before the transaction starts, and each {@link #apply} runs in one database
 * transaction: a record that cannot be read, a duplicate identifier or a database failure leaves every
 * stored record as it was. Concurrent inserts of one identifier are settled by the unique constraint, reported
 * as a {@link RecordConflictException}.
 */
public final class PostgresRecordStore implements RecordStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final HikariDataSource dataSource;
    private final String schema;
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();
    private final FrenchTextAnalyzer analyzer = new FrenchTextAnalyzer();

    private PostgresRecordStore(HikariDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    /** Connects and creates the schema, its tables and the text search configuration when absent. */
    public static PostgresRecordStore open(PostgresConnection connection) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(connection.jdbcUrl());
        config.setUsername(connection.user());
        config.setPassword(connection.password());
        config.setMaximumPoolSize(connection.maxConnections());
        config.setPoolName("crige-csw");
        // PostGIS and unaccent usually live in public; the catalogue's tables in their own schema
        config.addDataSourceProperty("currentSchema", connection.schema() + ",public");
        config.addDataSourceProperty("ApplicationName", "crige CSW");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot connect to the record store " + connection + ": " + e.getMessage(), e);
        }
        try (Connection c = dataSource.getConnection()) {
            PostgresSchema.create(c, connection.schema());
        } catch (SQLException e) {
            dataSource.close();
            throw new StoreException("Cannot create the record store in " + connection + ": " + e.getMessage(), e);
        }
        return new PostgresRecordStore(dataSource, connection.schema());
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
        Map<String, MetadataRecord> byId = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT identifier, xml FROM record WHERE identifier = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", identifiers.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getString(1), new MetadataRecord(rs.getString(1), rs.getBytes(2)));
                }
            }
        } catch (SQLException e) {
            throw failure("read records", e);
        }
        return identifiers.stream().distinct().map(byId::get).filter(r -> r != null).toList();
    }

    @Override
    public RecordPage query(RecordQuery query) {
        PostgresFilterEncoder encoder = new PostgresFilterEncoder(analyzer, schema);
        String where = query.filter().accept(encoder);
        List<Object> parameters = encoder.parameters();
        String orderBy = orderBy(query.sortBy());
        try (Connection c = dataSource.getConnection()) {
            // one snapshot for the count and the page, so that both describe the same state
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                long matched;
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM record r WHERE " + where)) {
                    bind(s, parameters);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        matched = rs.getLong(1);
                    }
                }
                List<MetadataRecord> records = new ArrayList<>();
                if (query.maxRecords() > 0 && query.startPosition() <= matched) {
                    try (PreparedStatement s = c.prepareStatement("SELECT r.identifier, r.xml FROM record r WHERE "
                            + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?")) {
                        List<Object> all = new ArrayList<>(parameters);
                        all.add(query.maxRecords());
                        all.add(query.startPosition() - 1);
                        bind(s, all);
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                records.add(new MetadataRecord(rs.getString(1), rs.getBytes(2)));
                            }
                        }
                    }
                }
                return new RecordPage(matched, records);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw failure("query records", e);
        }
    }

    /** The requested keys, then the identifier: unique, so the order is total and paging exact. */
    private static String orderBy(List<RecordSort> sortBy) {
        List<String> keys = new ArrayList<>();
        for (RecordSort sort : sortBy) {
            if (!sort.queryable().sortable()) {
                throw new InvalidQueryException("Records cannot be sorted by " + sort.queryable().apisoName(),
                        "SortBy");
            }
            // NULLS FIRST in ascending order, as SQLite does, so that both stores page identically
            keys.add(PostgresSchema.sortColumn(sort.queryable())
                    + (sort.ascending() ? " ASC NULLS FIRST" : " DESC NULLS LAST"));
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
        List<Indexed> prepared = changes.stream().map(this::index).toList();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                TransactionSummary summary = new Writer(c).apply(prepared);
                c.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new RecordConflictException(insertedIdentifier(changes));
            }
            throw failure("write records", e);
        }
    }

    private static String insertedIdentifier(List<RecordChange> changes) {
        return changes.stream().filter(RecordChange.Insert.class::isInstance)
                .map(i -> ((RecordChange.Insert) i).record().identifier()).collect(Collectors.joining(", "));
    }

    /** A change with its record's queryables already extracted, so that nothing fails for its sake later. */
    private record Indexed(RecordChange change, MetadataRecord record, QueryableValues values, Object[] terms) {
    }

    private Indexed index(RecordChange change) {
        MetadataRecord record = null;
        if (change instanceof RecordChange.Insert i) {
            record = i.record();
        } else if (change instanceof RecordChange.Update u) {
            record = u.record();
        }
        if (record == null) {
            return new Indexed(change, null, null, null);
        }
        QueryableValues values = extractor.extract(record.xml());
        String identifier = values.first(Queryable.IDENTIFIER).orElseThrow();
        if (!identifier.equals(record.identifier())) {
            throw new InvalidRecordException("The record is filed as " + record.identifier()
                    + " but its fileIdentifier is " + identifier);
        }
        return new Indexed(change, record, values, analyzer.terms(values.anyText()).stream().distinct().toArray());
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

    @Override
    public void close() {
        dataSource.close();
    }

    /** The statements of one transaction on one connection. */
    private final class Writer {
        private final Connection c;

        Writer(Connection c) {
            this.c = c;
        }

        TransactionSummary apply(List<Indexed> changes) throws SQLException {
            int inserted = 0;
            int updated = 0;
            int deleted = 0;
            List<String> insertedIds = new ArrayList<>();
            for (Indexed p : changes) {
                if (p.change() instanceof RecordChange.Insert) {
                    if (rid(p.record().identifier()).isPresent()) {
                        throw new RecordConflictException(p.record().identifier());
                    }
                    writeValues(insert(p), p.values());
                    inserted++;
                    insertedIds.add(p.record().identifier());
                } else if (p.change() instanceof RecordChange.Update) {
                    Optional<Long> rid = rid(p.record().identifier());
                    if (rid.isPresent()) {
                        update(rid.get(), p);
                        updated++;
                    }
                } else if (p.change() instanceof RecordChange.Delete d) {
                    deleted += delete(d.filter());
                }
            }
            return new TransactionSummary(inserted, updated, deleted, insertedIds);
        }

        private Optional<Long> rid(String identifier) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT rid FROM record WHERE identifier = ? FOR UPDATE")) {
                s.setString(1, identifier);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        }

        private int delete(Filter filter) throws SQLException {
            PostgresFilterEncoder encoder = new PostgresFilterEncoder(analyzer, schema);
            String where = filter.accept(encoder);
            // record_value rows go with their record (ON DELETE CASCADE)
            try (PreparedStatement s = c.prepareStatement("DELETE FROM record r WHERE " + where)) {
                bind(s, encoder.parameters());
                return s.executeUpdate();
            }
        }

        private long insert(Indexed p) throws SQLException {
            String columns = PostgresSchema.SORT_COLUMNS.stream().map(q -> PostgresSchema.sortColumn(q).substring(2))
                    .collect(Collectors.joining(", "));
            String placeholders = PostgresSchema.SORT_COLUMNS.stream().map(q -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement s = c.prepareStatement("INSERT INTO record (identifier, xml, terms, extent, "
                    + columns + ") VALUES (?, ?, array_to_tsvector(?), " + extentSql(p.values())
                    + ", " + placeholders + ") RETURNING rid")) {
                bind(s, recordParameters(p, c));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        private void update(long rid, Indexed p) throws SQLException {
            String assignments = PostgresSchema.SORT_COLUMNS.stream()
                    .map(q -> PostgresSchema.sortColumn(q).substring(2) + " = ?").collect(Collectors.joining(", "));
            try (PreparedStatement s = c.prepareStatement("UPDATE record SET identifier = ?, xml = ?, terms = "
                    + "array_to_tsvector(?), extent = " + extentSql(p.values()) + ", "
                    + assignments + " WHERE rid = ?")) {
                List<Object> parameters = recordParameters(p, c);
                parameters.add(rid);
                bind(s, parameters);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM record_value WHERE rid = ?")) {
                s.setLong(1, rid);
                s.executeUpdate();
            }
            writeValues(rid, p.values());
        }

        private void writeValues(long rid, QueryableValues values) throws SQLException {
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
    }

    /** The envelope expression of the record's extent, its four coordinates bound after the text. */
    private static String extentSql(QueryableValues values) {
        return values.unionExtent().isPresent() ? "ST_MakeEnvelope(?, ?, ?, ?, 4326)" : "NULL";
    }

    /** Identifier, document, text, extent and sort keys, in the order of the statements' placeholders. */
    private static List<Object> recordParameters(Indexed p, Connection c) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(p.record().identifier());
        parameters.add(p.record().xml());
        parameters.add(c.createArrayOf("text", p.terms()));
        Optional<Envelope> extent = p.values().unionExtent();
        if (extent.isPresent()) {
            Envelope e = extent.get();
            parameters.addAll(List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
        }
        for (Queryable q : PostgresSchema.SORT_COLUMNS) {
            Optional<String> first = p.values().first(q);
            parameters.add(q.kind() == Queryable.Kind.NUMBER ? first.map(PostgresRecordStore::number).orElse(null)
                    : first.map(TextFolding::fold).orElse(null));
        }
        return parameters;
    }

    private static Double number(String value) {
        try {
            double d = Double.parseDouble(value.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void bind(PreparedStatement s, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                s.setNull(i + 1, Types.NULL);
            } else {
                s.setObject(i + 1, v);
            }
        }
    }

    private static StoreException failure(String action, SQLException e) {
        return new StoreException("The record store could not " + action + ": " + e.getMessage(), e);
    }
}
