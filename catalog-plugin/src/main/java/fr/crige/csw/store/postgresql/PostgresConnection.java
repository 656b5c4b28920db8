package fr.crige.csw.store.postgresql;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the PostgreSQL record store lives. The password is the resolved value, never written anywhere: the
 * configuration file holds a secret reference ({@code ${env:NAME}}, {@code ${file:/run/secrets/x}}).
 *
 * @param schema         the schema holding the catalogue's tables, created when absent
 * @param maxConnections the size of the connection pool
 */
public record PostgresConnection(String host, int port, String database, String schema, String user,
        String password, int maxConnections) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public PostgresConnection {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        if (schema == null || !IDENTIFIER.matcher(schema).matches()) {
            // the schema is written into SQL statements: only plain lower-case identifiers are accepted
            throw new IllegalArgumentException("The record store schema must match " + IDENTIFIER + ", got "
                    + schema);
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("Invalid port " + port);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database + " (schema " + schema + ")";
    }
}
