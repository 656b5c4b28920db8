package fr.crige.store.postgis;

import com.zaxxer.hikari.HikariDataSource;
import fr.crige.core.crs.CrsService;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.FilterReprojector;
import fr.crige.core.query.Query;
import fr.crige.core.query.QueryHints;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.DeadlineFeatureReader;
import fr.crige.core.store.QueryTimeoutException;
import fr.crige.core.store.StoreException;
import fr.crige.core.store.UnknownTypeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A {@link DataStore} over the tables and views of one PostgreSQL schema with PostGIS.
 *
 * <p>Filters, sorting, paging, counts and extents run in the database with bound parameters
 * ({@link PostgisQuery}); feature readers stream through a cursor on their own connection. Reprojection of
 * results and of filter geometries uses the server's {@link CrsService}, as every crige store does, so that
 * coordinates are the same whatever the backend. Table descriptions are read from the catalog once per
 * type and kept for the life of the store.
 */
public final class PostgisStore implements DataStore {
    private final HikariDataSource pool;
    private final String source;
    private final PostgisCatalog catalog;
    private final CrsService crs;
    private final FilterReprojector reprojector;
    private final Map<String, PostgisTable> tables = new ConcurrentHashMap<>();

    /**
     * @param pool   the connection pool, closed with the store
     * @param schema the database schema whose relations are the feature types
     * @param source {@code host:port/database}, for messages
     * @param crs    reprojection of filters and results
     */
    PostgisStore(HikariDataSource pool, String schema, String source, CrsService crs) {
        this.pool = pool;
        this.source = source;
        this.catalog = new PostgisCatalog(schema);
        this.crs = crs;
        this.reprojector = new FilterReprojector(crs);
    }

    @Override
    public List<String> typeNames() {
        return withConnection(catalog::typeNames);
    }

    @Override
    public FeatureSchema schema(String typeName) {
        return table(typeName).schema();
    }

    @Override
    public long count(Query query) {
        DeadlineFeatureReader.check(query.hints());
        PostgisQuery q = PostgisQuery.of(table(query.typeName()), query, reprojector);
        if (query.hasLimit()) {
            return countOf(q.countPage(), query.hints());
        }
        return q.afterOffset(countOf(q.countAll(), query.hints()));
    }

    @Override
    public Optional<Envelope> bounds(Query query) {
        DeadlineFeatureReader.check(query.hints());
        PostgisTable table = table(query.typeName());
        Optional<AttributeDescriptor> geometry = table.schema().defaultGeometry();
        if (geometry.isEmpty()) {
            return Optional.empty();
        }
        PostgisQuery q = PostgisQuery.of(table, query, reprojector);
        Envelope nativeBounds = withConnection(c -> {
            try (ResultSet rs = execute(c, q.extent(table.column(geometry.get().name())), query.hints())) {
                rs.next();
                double minX = rs.getDouble(1);
                return rs.wasNull() ? null : new Envelope(minX, rs.getDouble(3), rs.getDouble(2), rs.getDouble(4));
            }
        });
        if (nativeBounds == null) {
            return Optional.empty();
        }
        int nativeSrid = geometry.get().srid();
        return Optional.of(reprojects(query, nativeSrid)
                ? crs.transform(nativeBounds, nativeSrid, query.targetSrid()) : nativeBounds);
    }

    @Override
    public FeatureReader features(Query query) {
        DeadlineFeatureReader.check(query.hints());
        PostgisTable table = table(query.typeName());
        PostgisQuery q = PostgisQuery.of(table, query, reprojector);
        int nativeSrid = table.schema().srid();
        boolean reproject = reprojects(query, nativeSrid);
        UnaryOperator<Geometry> reprojection = reproject
                ? g -> crs.transform(g, nativeSrid, query.targetSrid()) : UnaryOperator.identity();
        FeatureRowMapper mapper = new FeatureRowMapper(q.resultSchema(), table.id().isPresent(), reprojection,
                reproject ? query.targetSrid() : nativeSrid);
        Connection connection = connect();
        try {
            return DeadlineFeatureReader.guard(PostgisFeatureReader.open(connection, q.select(), q.resultSchema(),
                    mapper, source, StatementTimeout.seconds(query.hints())), query.hints());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void ping() {
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1"); ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public void close() {
        pool.close();
    }

    private static boolean reprojects(Query query, int nativeSrid) {
        return query.targetSrid() != 0 && query.targetSrid() != nativeSrid;
    }

    /** The table of a type name from a request: found in the catalog by a bound name, or unknown. */
    private PostgisTable table(String typeName) {
        PostgisTable table = tables.get(typeName);
        if (table == null) {
            table = withConnection(c -> catalog.table(c, typeName))
                    .orElseThrow(() -> new UnknownTypeException(typeName));
            tables.putIfAbsent(typeName, table);
        }
        return table;
    }

    /** The number a {@code SELECT count(*)} statement answers. */
    private long countOf(SqlFragment sql, QueryHints hints) {
        return withConnection(c -> {
            try (ResultSet rs = execute(c, sql, hints)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static ResultSet execute(Connection c, SqlFragment sql, QueryHints hints) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.text());
        ps.closeOnCompletion();
        ps.setQueryTimeout(StatementTimeout.seconds(hints));
        sql.bind(ps);
        return ps.executeQuery();
    }

    /** SQL work on a pooled connection. */
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(SqlWork<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Connection connect() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * A StoreException naming the server; for connection failures the driver's reason (refused, auth...); a
     * statement cancelled by its timeout is a {@link QueryTimeoutException}.
     */
    private StoreException failure(SQLException e) {
        if (StatementTimeout.isCancellation(e)) {
            return new QueryTimeoutException("PostGIS " + source + ": the query ran past its deadline", e);
        }
        if (e instanceof SQLTransientConnectionException || "08".equals(sqlStateClass(e))) {
            Throwable reason = e.getCause() != null ? e.getCause() : e;
            return new StoreException("Cannot connect to PostGIS at " + source + ": " + reason.getMessage(), e);
        }
        return new StoreException("PostGIS " + source + ": " + e.getMessage(), e);
    }

    private static String sqlStateClass(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.length() < 2 ? "" : state.substring(0, 2);
    }
}
