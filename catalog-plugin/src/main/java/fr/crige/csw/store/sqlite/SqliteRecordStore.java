package fr.crige.csw.store.sqlite;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded record store: one SQLite file (in {@code <data-dir>/csw/}) with FTS5 for AnyText and an
 * R*Tree for extents, see {@link SqliteSchema}. The default for the data directory, needing no server.
 *
 * <p>Each call opens its own connection (SQLite connections are cheap, and WAL mode lets readers run while
 * a transaction writes). Writes are serialised in this class rather than left to SQLite's busy handler, so
 * concurrent transactions queue instead of failing. Records are indexed before the transaction starts: a
 * record that cannot be read never leaves a half-written state, and a failure inside the transaction rolls
 * everything back, so the previous version of each record stays as it was.
 */
public final class SqliteRecordStore implements RecordStore {

    private final SQLiteDataSource dataSource;
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();
    private final FrenchTextAnalyzer analyzer = new FrenchTextAnalyzer();
    private final Object writeLock = new Object();

    private SqliteRecordStore(SQLiteDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the store in the file, creating the file and its tables when absent. */
    public static SqliteRecordStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the directory of the record store " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        // LIKE with matchCase="true" must be case-sensitive; case-insensitive LIKE runs on folded values
        config.enableCaseSensitiveLike(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        SqliteRecordStore store = new SqliteRecordStore(dataSource);
        try (Connection c = dataSource.getConnection()) {
            SqliteSchema.create(c);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the record store " + file, e);
        }
        return store;
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
        String sql = identifiers.stream().map(i -> "?")
                .collect(Collectors.joining(", ", "SELECT identifier, xml FROM record WHERE identifier IN (", ")"));
        Map<String, MetadataRecord> byId = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, new ArrayList<>(identifiers));
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
        SqliteFilterEncoder encoder = new SqliteFilterEncoder(analyzer);
        String where = query.filter().accept(encoder);
        List<Object> parameters = encoder.parameters();
        String orderBy = orderBy(query.sortBy());
        try (Connection c = dataSource.getConnection()) {
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
                String sql = "SELECT r.identifier, r.xml FROM record r WHERE " + where + " ORDER BY " + orderBy
                        + " LIMIT ? OFFSET ?";
                try (PreparedStatement s = c.prepareStatement(sql)) {
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
            keys.add(SqliteSchema.sortColumn(sort.queryable()) + (sort.ascending() ? " ASC" : " DESC"));
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
        String sql = "SELECT value, count(DISTINCT rid) FROM record_value WHERE queryable = ? GROUP BY value "
                + "ORDER BY value";
        List<DomainValue> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
        List<PreparedChange> prepared = changes.stream().map(this::prepare).toList();
        synchronized (writeLock) {
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
                throw failure("write records", e);
            }
        }
    }

    /** A change with its record already indexed, so that nothing can fail for the record's sake later. */
    private record PreparedChange(RecordChange change, QueryableValues values, String terms) {
    }

    private PreparedChange prepare(RecordChange change) {
        MetadataRecord record = null;
        if (change instanceof RecordChange.Insert i) {
            record = i.record();
        } else if (change instanceof RecordChange.Update u) {
            record = u.record();
        }
        if (record == null) {
            return new PreparedChange(change, null, null);
        }
        QueryableValues values = extractor.extract(record.xml());
        String identifier = values.first(Queryable.IDENTIFIER).orElseThrow();
        if (!identifier.equals(record.identifier())) {
            throw new InvalidRecordException("The record is filed as " + record.identifier()
                    + " but its fileIdentifier is " + identifier);
        }
        return new PreparedChange(change, values, analyzer.indexText(values.anyText()));
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
        // connections are opened per call: nothing stays open
    }

    /** The statements of one transaction on one connection. */
    private final class Writer {
        private final Connection c;

        Writer(Connection c) {
            this.c = c;
        }

        TransactionSummary apply(List<PreparedChange> changes) throws SQLException {
            int inserted = 0;
            int updated = 0;
            int deleted = 0;
            List<String> insertedIds = new ArrayList<>();
            for (PreparedChange p : changes) {
                if (p.change() instanceof RecordChange.Insert i) {
                    if (rid(i.record().identifier()).isPresent()) {
                        throw new RecordConflictException(i.record().identifier());
                    }
                    write(i.record(), p, null);
                    inserted++;
                    insertedIds.add(i.record().identifier());
                } else if (p.change() instanceof RecordChange.Update u) {
                    Optional<Long> rid = rid(u.record().identifier());
                    if (rid.isPresent()) {
                        remove(rid.get());
                        write(u.record(), p, rid.get());
                        updated++;
                    }
                } else if (p.change() instanceof RecordChange.Delete d) {
                    for (long rid : matching(d.filter())) {
                        remove(rid);
                        deleted++;
                    }
                }
            }
            return new TransactionSummary(inserted, updated, deleted, insertedIds);
        }

        private Optional<Long> rid(String identifier) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT rid FROM record WHERE identifier = ?")) {
                s.setString(1, identifier);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        }

        private List<Long> matching(Filter filter) throws SQLException {
            SqliteFilterEncoder encoder = new SqliteFilterEncoder(analyzer);
            String where = filter.accept(encoder);
            List<Long> rids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT r.rid FROM record r WHERE " + where)) {
                bind(s, encoder.parameters());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rids.add(rs.getLong(1));
                    }
                }
            }
            return rids;
        }

        private void remove(long rid) throws SQLException {
            for (String sql : List.of("DELETE FROM record_value WHERE rid = ?", "DELETE FROM record_text WHERE rowid = ?",
                    "DELETE FROM record_extent WHERE rid = ?", "DELETE FROM record WHERE rid = ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, rid);
                    s.executeUpdate();
                }
            }
        }

        /** Writes the record under the given row id, or a new one when null. */
        private void write(MetadataRecord record, PreparedChange p, Long rid) throws SQLException {
            QueryableValues values = p.values();
            List<Queryable> sortColumns = SqliteSchema.SORT_COLUMNS;
            String columns = sortColumns.stream().map(q -> SqliteSchema.sortColumn(q).substring(2))
                    .collect(Collectors.joining(", "));
            String placeholders = sortColumns.stream().map(q -> "?").collect(Collectors.joining(", "));
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO record (rid, identifier, xml, " + columns
                    + ") VALUES (?, ?, ?, " + placeholders + ")", PreparedStatement.RETURN_GENERATED_KEYS)) {
                if (rid == null) {
                    s.setNull(1, Types.INTEGER);
                } else {
                    s.setLong(1, rid);
                }
                s.setString(2, record.identifier());
                s.setBytes(3, record.xml());
                int i = 4;
                for (Queryable q : sortColumns) {
                    s.setObject(i++, sortKey(q, values).orElse(null));
                }
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO record_value (rid, queryable, value, folded, number) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<Queryable, List<String>> e : values.all().entrySet()) {
                    for (String value : e.getValue()) {
                        s.setLong(1, id);
                        s.setString(2, e.getKey().apisoName());
                        s.setString(3, value);
                        s.setString(4, TextFolding.fold(value));
                        s.setObject(5, number(value));
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO record_text (rowid, terms) VALUES (?, ?)")) {
                s.setLong(1, id);
                s.setString(2, p.terms());
                s.executeUpdate();
            }
            Optional<Envelope> extent = values.unionExtent();
            if (extent.isPresent()) {
                Envelope e = extent.get();
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO record_extent (rid, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)")) {
                    bind(s, List.of(id, e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()));
                    s.executeUpdate();
                }
            }
        }
    }

    private static Optional<Object> sortKey(Queryable queryable, QueryableValues values) {
        Optional<String> first = values.first(queryable);
        if (queryable.kind() == Queryable.Kind.NUMBER) {
            return first.<Object>map(SqliteRecordStore::number);
        }
        return first.<Object>map(TextFolding::fold);
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
            s.setObject(i + 1, values.get(i));
        }
    }

    private static StoreException failure(String action, SQLException e) {
        return new StoreException("The record store could not " + action + ": " + e.getMessage(), e);
    }
}
