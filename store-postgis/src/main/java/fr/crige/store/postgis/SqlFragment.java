package fr.crige.store.postgis;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL text with its bound parameters, built piece by piece. Values only ever enter the statement as
 * {@code ?} placeholders bound through JDBC, so no value from a request is part of the SQL text.
 */
final class SqlFragment {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** Appends SQL text built by crige (keywords, quoted identifiers, operators). */
    SqlFragment sql(String text) {
        sql.append(text);
        return this;
    }

    /** Appends a {@code ?} placeholder for the value. */
    SqlFragment parameter(Object value) {
        sql.append('?');
        parameters.add(value);
        return this;
    }

    /** Appends another fragment, text and parameters. */
    SqlFragment append(SqlFragment other) {
        sql.append(other.sql);
        parameters.addAll(other.parameters);
        return this;
    }

    String text() {
        return sql.toString();
    }

    List<Object> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /**
     * Binds the parameters to a statement prepared from {@link #text()}. The PostgreSQL driver maps the Java
     * types of converted values (String, Integer, Long, Double, BigDecimal, Boolean, byte[] and java.time
     * values) onto the matching SQL types.
     */
    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }
}
