package fr.crige.csw.store.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.crige.core.filter.Filter;
import fr.crige.core.store.StoreException;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.record.QueryableValues;
import fr.crige.csw.store.RecordSort;
import fr.crige.csw.store.TransactionSummary;
import fr.crige.csw.store.sql.SortColumns;
import fr.crige.csw.store.sql.SqlFilterEncoder;
import fr.crige.csw.store.sql.SqlRecordStore;
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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded record store: one SQLite file (in {@code <data-dir>/csw/}) with FTS5 for AnyText and an
 * R*Tree for extents, see {@link SqliteSchema}. The default for the data directory, needing no server.
 *
 * <p>Connections come from a small HikariCP pool. Opening a SQLite connection is not free (the file is
 * opened, the schema read, the pragmas set), and the catalogue reads records one call at a time: with a
 * connection per call, reconciling 10,000 generated records spent most of its time opening connections. The
 * file is in WAL mode, which lets any number of readers run while one transaction writes; SQLite allows only
 * one writer at a time, so writes are serialised in this class, where concurrent transactions queue, instead
 * of being left to SQLite's busy handler, where they would fail after its timeout. The pool therefore holds
 * a few connections ({@value #POOL_SIZE}): enough for concurrent readers next to the single writer, not more
 * than a file on a 2-4 core server can serve.
 *
 * <p>The count and the page of a query are read in one read transaction, hence from one snapshot, even while
 * another connection commits. Records are indexed before the write transaction starts: a record that cannot
 * be read never leaves a half-written state, and a failure inside the transaction rolls everything back, so
 * the previous version of each record stays as it was.
 */
public final class SqliteRecordStore extends SqlRecordStore {

    /** Connections of the pool: readers in parallel next to the one writer. */
    static final int POOL_SIZE = 4;

    /**
     * Page cache per connection, in KiB: the record table, the R*Tree and the full-text index of 100,000
     * records (about 80 MB) stay in memory across the pool.
     */
    static final int CACHE_KIB = 32 * 1024;

    private final Object writeLock = new Object();
    private final HikariDataSource pool;

    private SqliteRecordStore(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
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
        // SQLite's default page cache is 2 MB per connection: a broad search then reads most pages of the record
        // table and of the full-text index from the file system on every query
        config.setCacheSize(-CACHE_KIB);
        // LIKE with matchCase="true" must be case-sensitive; case-insensitive LIKE runs on folded values
        config.enableCaseSensitiveLike(true);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        // the schema is created before the pool opens, so that every pooled connection sees the tables
        try (Connection c = sqlite.getConnection()) {
            SqliteSchema.open(c);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the record store " + file + ": " + e.getMessage(), e);
        }
        HikariConfig pool = new HikariConfig();
        // each physical connection is opened by the SQLite data source, with the pragmas above
        pool.setDataSource(sqlite);
        pool.setPoolName("crige-csw-sqlite");
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        try {
            return new SqliteRecordStore(new HikariDataSource(pool));
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open the record store " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected PreparedStatement selectByIdentifiers(Connection c, Collection<String> identifiers)
            throws SQLException {
        String sql = identifiers.stream().map(i -> "?").collect(Collectors.joining(", ",
                "SELECT r.identifier, x.xml FROM record r JOIN record_xml x ON x.rid = r.rid WHERE r.identifier IN (",
                ")"));
        PreparedStatement s = c.prepareStatement(sql);
        bind(s, new ArrayList<>(identifiers));
        return s;
    }

    /**
     * A deferred transaction: SQLite takes the read snapshot at the first SELECT and keeps it until the
     * rollback, so the count and the page agree even when a write commits between them.
     */
    @Override
    protected void beginRead(Connection c) throws SQLException {
        c.setAutoCommit(false);
    }

    @Override
    protected void endRead(Connection c) throws SQLException {
        c.rollback();
        c.setAutoCommit(true);
    }

    @Override
    protected SqlFilterEncoder filterEncoder() {
        return new SqliteFilterEncoder(analyzer, false);
    }

    @Override
    protected Optional<SqlFilterEncoder> orderedScanEncoder() {
        return Optional.of(new SqliteFilterEncoder(analyzer, true));
    }

    @Override
    protected String orderKey(RecordSort sort) {
        return SortColumns.qualified(sort.queryable()) + (sort.ascending() ? " ASC" : " DESC");
    }

    @Override
    protected TransactionSummary write(List<IndexedChange> changes) throws SQLException {
        synchronized (writeLock) {
            return super.write(changes);
        }
    }

    @Override
    protected long insertRecord(Connection c, IndexedChange p) throws SQLException {
        return writeRecord(c, p, null);
    }

    @Override
    protected void updateRecord(Connection c, long rid, IndexedChange p) throws SQLException {
        removeRecord(c, rid);
        writeRecord(c, p, rid);
    }

    @Override
    protected int deleteRecords(Connection c, Filter filter) throws SQLException {
        SqlFilterEncoder encoder = filterEncoder();
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
        for (long rid : rids) {
            deleteValues(c, rid);
            removeRecord(c, rid);
        }
        return rids.size();
    }

    /** Deletes the record row with its document and its full-text and extent entries. */
    private static void removeRecord(Connection c, long rid) throws SQLException {
        for (String sql : List.of("DELETE FROM record_text WHERE rowid = ?", "DELETE FROM record_extent WHERE rid = ?",
                "DELETE FROM record_xml WHERE rid = ?", "DELETE FROM record WHERE rid = ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, rid);
                s.executeUpdate();
            }
        }
    }

    /** Writes the record row under the given row id, or a new one when null, with document, text and extent. */
    private static long writeRecord(Connection c, IndexedChange p, Long rid) throws SQLException {
        QueryableValues values = p.values();
        String columns = SortColumns.QUERYABLES.stream().map(SortColumns::name).collect(Collectors.joining(", "));
        String placeholders = SortColumns.QUERYABLES.stream().map(q -> "?").collect(Collectors.joining(", "));
        long id;
        Optional<Envelope> extent = values.unionExtent();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO record (rid, identifier, " + columns
                + ", minx, maxx, miny, maxy) VALUES (?, ?, " + placeholders + ", ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            if (rid == null) {
                s.setNull(1, Types.INTEGER);
            } else {
                s.setLong(1, rid);
            }
            s.setString(2, p.record().identifier());
            int i = 3;
            for (Queryable q : SortColumns.QUERYABLES) {
                s.setObject(i++, sortKey(q, values));
            }
            for (Double bound : extent.map(e -> List.of(e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()))
                    .orElse(Collections.nCopies(4, null))) {
                s.setObject(i++, bound);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO record_xml (rid, xml) VALUES (?, ?)")) {
            s.setLong(1, id);
            s.setBytes(2, p.record().xml());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO record_text (rowid, terms) VALUES (?, ?)")) {
            s.setLong(1, id);
            s.setString(2, String.join(" ", p.terms()));
            s.executeUpdate();
        }
        if (extent.isPresent()) {
            Envelope e = extent.get();
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO record_extent (rid, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)")) {
                bind(s, List.of(id, e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()));
                s.executeUpdate();
            }
        }
        return id;
    }

    @Override
    public void close() {
        pool.close();
    }
}
