package fr.crige.csw.store.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.crige.core.filter.Filter;
import fr.crige.core.store.StoreException;
import fr.crige.csw.record.FrenchTextAnalyzer;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.record.QueryableValues;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordConflictException;
import fr.crige.csw.store.RecordSort;
import fr.crige.csw.store.sql.SortColumns;
import fr.crige.csw.store.sql.SqlFilterEncoder;
import fr.crige.csw.store.sql.SqlRecordStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * The production record store: PostgreSQL with full-text search in French (the terms of
 * {@link FrenchTextAnalyzer}: stemming and accent folding, see {@link PostgresSchema}) and PostGIS for extents,
 * through a connection pool. Several crige instances may share it.
 *
 * <p>Records are indexed before the transaction starts, and each {@link #apply} runs in one database
 * transaction: a record that cannot be read, a duplicate identifier or a database failure leaves every
 * stored record as it was. Concurrent inserts of one identifier are settled by the unique constraint, reported
 * as a {@link RecordConflictException}.
 */
public final class PostgresRecordStore extends SqlRecordStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final HikariDataSource dataSource;

    private PostgresRecordStore(HikariDataSource dataSource) {
        super(dataSource);
        this.dataSource = dataSource;
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
        return new PostgresRecordStore(dataSource);
    }

    @Override
    protected PreparedStatement selectByIdentifiers(Connection c, Collection<String> identifiers)
            throws SQLException {
        PreparedStatement s = c.prepareStatement("SELECT identifier, xml FROM record WHERE identifier = ANY (?)");
        s.setArray(1, c.createArrayOf("text", identifiers.toArray()));
        return s;
    }

    @Override
    protected SqlFilterEncoder filterEncoder() {
        return new PostgresFilterEncoder(analyzer);
    }

    /**
     * NULLS FIRST in ascending order, as SQLite does, so that both stores page identically; not for the
     * identifier, never null: its index only serves the plain order, and harvesters sort by it.
     */
    @Override
    protected String orderKey(RecordSort sort) {
        if (sort.queryable() == Queryable.IDENTIFIER) {
            return "r.identifier " + (sort.ascending() ? "ASC" : "DESC");
        }
        return SortColumns.qualified(sort.queryable()) + (sort.ascending() ? " ASC NULLS FIRST" : " DESC NULLS LAST");
    }

    /** One snapshot for the count and the page, so that both describe the same state. */
    @Override
    protected void beginRead(Connection c) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
    }

    @Override
    protected void endRead(Connection c) throws SQLException {
        c.rollback();
    }

    @Override
    protected String rowLock() {
        return " FOR UPDATE";
    }

    @Override
    protected RuntimeException writeFailure(List<RecordChange> changes, SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return new RecordConflictException(changes.stream().filter(RecordChange.Insert.class::isInstance)
                    .map(i -> ((RecordChange.Insert) i).record().identifier()).collect(Collectors.joining(", ")));
        }
        return super.writeFailure(changes, e);
    }

    @Override
    protected long insertRecord(Connection c, IndexedChange p) throws SQLException {
        String columns = SortColumns.QUERYABLES.stream().map(SortColumns::name).collect(Collectors.joining(", "));
        String placeholders = SortColumns.QUERYABLES.stream().map(q -> "?").collect(Collectors.joining(", "));
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

    @Override
    protected void updateRecord(Connection c, long rid, IndexedChange p) throws SQLException {
        String assignments = SortColumns.QUERYABLES.stream().map(q -> SortColumns.name(q) + " = ?")
                .collect(Collectors.joining(", "));
        try (PreparedStatement s = c.prepareStatement("UPDATE record SET identifier = ?, xml = ?, terms = "
                + "array_to_tsvector(?), extent = " + extentSql(p.values()) + ", "
                + assignments + " WHERE rid = ?")) {
            List<Object> parameters = recordParameters(p, c);
            parameters.add(rid);
            bind(s, parameters);
            s.executeUpdate();
        }
    }

    @Override
    protected int deleteRecords(Connection c, Filter filter) throws SQLException {
        SqlFilterEncoder encoder = filterEncoder();
        String where = filter.accept(encoder);
        // record_value rows go with their record (ON DELETE CASCADE)
        try (PreparedStatement s = c.prepareStatement("DELETE FROM record r WHERE " + where)) {
            bind(s, encoder.parameters());
            return s.executeUpdate();
        }
    }

    /** The envelope expression of the record's extent, its four coordinates bound after the text. */
    private static String extentSql(QueryableValues values) {
        return values.unionExtent().isPresent() ? "ST_MakeEnvelope(?, ?, ?, ?, 4326)" : "NULL";
    }

    /** Identifier, document, text, extent and sort keys, in the order of the statements' placeholders. */
    private static List<Object> recordParameters(IndexedChange p, Connection c) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(p.record().identifier());
        parameters.add(p.record().xml());
        parameters.add(c.createArrayOf("text", p.terms().stream().distinct().toArray()));
        Optional<Envelope> extent = p.values().unionExtent();
        if (extent.isPresent()) {
            Envelope e = extent.get();
            parameters.addAll(List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
        }
        for (Queryable q : SortColumns.QUERYABLES) {
            parameters.add(sortKey(q, p.values()));
        }
        return parameters;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
