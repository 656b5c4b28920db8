package fr.crige.store.postgis;

import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.LookAheadFeatureReader;
import fr.crige.core.store.QueryTimeoutException;
import fr.crige.core.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Streams the rows of a select through a server-side cursor: the PostgreSQL driver fetches
 * {@link #FETCH_SIZE} rows at a time only inside a transaction, so the reader owns a connection with
 * autocommit off until it is closed (or exhausted), and memory stays flat whatever the number of rows.
 */
final class PostgisFeatureReader extends LookAheadFeatureReader {
    static final int FETCH_SIZE = 1000;

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final FeatureSchema schema;
    private final FeatureRowMapper mapper;
    private final String source;

    private PostgisFeatureReader(Connection connection, PreparedStatement statement, ResultSet rows,
            FeatureSchema schema, FeatureRowMapper mapper, String source) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.schema = schema;
        this.mapper = mapper;
        this.source = source;
    }

    /**
     * Runs {@code select} on {@code connection}, which the reader then owns (and closes, also when this
     * method fails). {@code timeoutSeconds} (0 for none) bounds each round trip of the cursor: the opening
     * and every fetch of the next rows.
     */
    static PostgisFeatureReader open(Connection connection, SqlFragment select, FeatureSchema schema,
            FeatureRowMapper mapper, String source, int timeoutSeconds) throws SQLException {
        PreparedStatement statement = null;
        try {
            connection.setAutoCommit(false);
            statement = connection.prepareStatement(select.text(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            statement.setQueryTimeout(timeoutSeconds);
            select.bind(statement);
            return new PostgisFeatureReader(connection, statement, statement.executeQuery(), schema, mapper, source);
        } catch (SQLException | RuntimeException e) {
            if (statement != null) {
                statement.close();
            }
            connection.rollback();
            connection.close();
            throw e;
        }
    }

    @Override
    public FeatureSchema schema() {
        return schema;
    }

    @Override
    protected Feature readNext() {
        try {
            return rows.next() ? mapper.map(rows) : null;
        } catch (SQLException e) {
            if (StatementTimeout.isCancellation(e)) {
                throw new QueryTimeoutException("Reading features from " + source + " ran past the deadline", e);
            }
            throw new StoreException("Reading features from " + source + " failed: " + e.getMessage(), e);
        }
    }

    /** Closes the cursor and gives the connection back to the pool; the read-only transaction is ended. */
    @Override
    protected void release() {
        try (connection) {
            rows.close();
            statement.close();
            connection.rollback();
        } catch (SQLException e) {
            throw new StoreException("Closing a feature cursor on " + source + " failed: " + e.getMessage(), e);
        }
    }
}
