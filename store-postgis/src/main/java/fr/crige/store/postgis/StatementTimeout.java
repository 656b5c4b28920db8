package fr.crige.store.postgis;

import fr.crige.core.query.QueryHints;
import java.sql.SQLException;

/**
 * The JDBC statement timeout matching a query's deadline. The PostgreSQL driver cancels a statement that
 * runs longer than its timeout (server-side, with a cancel request), so a deadline also stops a count or a
 * sort that is still working in the database, not only the reading of rows in Java.
 */
final class StatementTimeout {
    /** SQLSTATE of a statement cancelled on request, which is how the driver ends a timed-out statement. */
    private static final String QUERY_CANCELED = "57014";

    private StatementTimeout() {
    }

    /** Whole seconds left before the hints' deadline, at least 1; 0 (no timeout) without a deadline. */
    static int seconds(QueryHints hints) {
        if (!hints.hasDeadline()) {
            return 0;
        }
        long millis = hints.remaining().toMillis();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (millis + 999) / 1000));
    }

    static boolean isCancellation(SQLException e) {
        return QUERY_CANCELED.equals(e.getSQLState());
    }
}
