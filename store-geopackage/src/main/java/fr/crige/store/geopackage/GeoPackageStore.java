package fr.crige.store.geopackage;

import fr.crige.core.crs.CrsService;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.FilterEvaluator;
import fr.crige.core.filter.FilterReprojector;
import fr.crige.core.filter.FilterValidator;
import fr.crige.core.filter.SortBy;
import fr.crige.core.query.Query;
import fr.crige.core.query.QueryHints;
import fr.crige.core.store.DataStore;
import fr.crige.core.store.DeadlineFeatureReader;
import fr.crige.core.store.GeometrySimplification;
import fr.crige.core.store.StoreException;
import fr.crige.core.store.UnknownTypeException;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sqlite.SQLiteConfig;

/**
 * A GeoPackage file served read-only. The tables are described once, with NGA, when the store opens;
 * queries are plain SQL on SQLite with bound parameters ({@link SqliteFilterSplitter}), with the R-tree as
 * spatial index and {@link FilterEvaluator} for what SQL cannot decide.
 *
 * <p>Concurrency: every reader (and every count or bounds) opens its own read-only SQLite connection and
 * closes it with the reader. Opening a SQLite connection costs a file open and a schema read (well under a
 * millisecond on a hot file), far less than the features it serves, while sharing connections would need
 * a pool whose size caps concurrent readers and whose connections a slow client could hold. SQLite allows
 * any number of concurrent readers of one file, and a connection per reader keeps cursors independent.
 */
public final class GeoPackageStore implements DataStore {
    private final Path file;
    private final CrsService crs;
    private final FilterReprojector reprojector;
    private final Map<String, GeoPackageTable> tables;
    private final SQLiteConfig config;
    private volatile boolean closed;

    public GeoPackageStore(Path file, CrsService crs) {
        this.file = file;
        this.crs = crs;
        this.reprojector = new FilterReprojector(crs);
        File f = file.toFile();
        if (!f.isFile()) {
            throw new StoreException("GeoPackage not found: " + file);
        }
        this.tables = GeoPackageSchemaReader.read(f);
        this.config = new SQLiteConfig();
        config.setReadOnly(true);
    }

    @Override
    public List<String> typeNames() {
        return List.copyOf(tables.keySet());
    }

    @Override
    public FeatureSchema schema(String typeName) {
        return table(typeName).schema();
    }

    @Override
    public long count(Query query) {
        DeadlineFeatureReader.check(query.hints());
        Plan plan = plan(query);
        if (plan.split().hasResidual()) {
            long n = 0;
            try (FeatureReader r = DeadlineFeatureReader.guard(
                    read(plan, List.of(), query.offset(), query.limit(), List.of(), 0, QueryHints.NONE), query.hints())) {
                for (; r.hasNext(); r.next()) {
                    n++;
                }
            }
            return n;
        }
        if (query.hasLimit()) {
            return querySingle(SelectStatement.countPage(plan.table(), plan.split().where(), query.offset(),
                    query.limit()), rs -> rs.getLong(1));
        }
        SqlFragment sql = SelectStatement.count(plan.table(), plan.split().where());
        long total = querySingle(sql, rs -> rs.getLong(1));
        return Math.max(0, total - query.offset());
    }

    @Override
    public Optional<Envelope> bounds(Query query) {
        DeadlineFeatureReader.check(query.hints());
        Plan plan = plan(query);
        GeoPackageTable t = plan.table();
        Optional<AttributeDescriptor> geometry = t.schema().defaultGeometry();
        if (geometry.isEmpty()) {
            return Optional.empty();
        }
        Envelope bounds;
        if (query.filter() instanceof Filter.Include && t.rtree() != null) {
            bounds = querySingle(SelectStatement.rtreeExtent(t), rs -> rs.getObject(1) == null ? new Envelope()
                    : new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)));
        } else {
            bounds = new Envelope();
            try (FeatureReader r = DeadlineFeatureReader.guard(read(plan, List.of(), 0, Query.NO_LIMIT,
                    List.of(geometry.get().name()), 0, QueryHints.NONE), query.hints())) {
                while (r.hasNext()) {
                    Geometry g = r.next().geometry();
                    if (g != null) {
                        bounds.expandToInclude(g.getEnvelopeInternal());
                    }
                }
            }
        }
        if (bounds.isNull()) {
            return Optional.empty();
        }
        int target = query.targetSrid();
        return Optional.of(target == 0 || target == t.srid() ? bounds : crs.transform(bounds, t.srid(), target));
    }

    @Override
    public FeatureReader features(Query query) {
        DeadlineFeatureReader.check(query.hints());
        Plan plan = plan(query);
        return DeadlineFeatureReader.guard(read(plan, query.sortBy(), query.offset(), query.limit(),
                query.properties(), query.targetSrid(), query.hints()), query.hints());
    }

    @Override
    public void ping() {
        querySingle(SqlFragment.of("SELECT COUNT(*) FROM gpkg_contents"), rs -> rs.getLong(1));
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A validated query: its table and its filter split into SQL and residual. */
    private record Plan(GeoPackageTable table, SplitFilter split) {
    }

    private Plan plan(Query query) {
        GeoPackageTable t = table(query.typeName());
        FilterValidator.validate(t.schema(), query.filter(), query.sortBy(), query.properties());
        if (query.targetSrid() != 0) {
            crs.forSrid(query.targetSrid());
        }
        Filter nativeFilter = reprojector.reproject(query.filter(), t.srid());
        return new Plan(t, new SqliteFilterSplitter(t).split(nativeFilter));
    }

    private GeoPackageTable table(String typeName) {
        GeoPackageTable t = tables.get(typeName);
        if (t == null) {
            throw new UnknownTypeException(typeName);
        }
        return t;
    }

    private FeatureReader read(Plan plan, List<SortBy> sortBy, long offset, long limit,
            List<String> properties, int targetSrid, QueryHints hints) {
        GeoPackageTable t = plan.table();
        SplitFilter split = plan.split();
        FeatureSchema out = properties == null ? t.schema() : t.schema().retype(properties);
        boolean residual = split.hasResidual();
        // with a residual filter, rows need every attribute it may test, and paging happens after it
        FeatureSchema readSchema = residual ? t.schema() : out;
        SqlFragment sql = SelectStatement.features(t, readSchema.attributes(), split.where(), sortBy,
                residual ? 0 : offset, residual ? Query.NO_LIMIT : limit);
        FilterEvaluator evaluator = residual ? FilterEvaluator.compile(split.residual(), t.schema()) : null;
        UnaryOperator<Geometry> reprojection = targetSrid == 0 || targetSrid == t.srid() ? UnaryOperator.identity()
                : g -> crs.transform(g, t.srid(), targetSrid);
        UnaryOperator<Geometry> transform = hints.simplifies()
                ? g -> reprojection.apply(GeometrySimplification.simplify(g, hints.simplification()))
                : reprojection;
        Connection c = connect();
        try {
            PreparedStatement st = prepare(c, sql);
            ResultSet rs = st.executeQuery();
            return new GeoPackageFeatureReader(c, st, rs, new RowMapper(t.name(), readSchema), evaluator,
                    residual ? offset : 0, residual ? limit : Query.NO_LIMIT, out, transform);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c, e);
            throw e instanceof SQLException ? failure(e) : (RuntimeException) e;
        }
    }

    @FunctionalInterface
    private interface RowFunction<T> {
        T apply(ResultSet rs) throws SQLException;
    }

    private <T> T querySingle(SqlFragment sql, RowFunction<T> f) {
        try (Connection c = connect(); PreparedStatement st = prepare(c, sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return f.apply(rs);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Connection connect() {
        if (closed) {
            throw new StoreException("GeoPackage store " + file + " is closed");
        }
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static PreparedStatement prepare(Connection c, SqlFragment sql) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql.sql());
        try {
            for (int i = 0; i < sql.params().size(); i++) {
                st.setObject(i + 1, sql.params().get(i));
            }
            return st;
        } catch (SQLException e) {
            st.close();
            throw e;
        }
    }

    private StoreException failure(Exception e) {
        return new StoreException("GeoPackage " + file + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
