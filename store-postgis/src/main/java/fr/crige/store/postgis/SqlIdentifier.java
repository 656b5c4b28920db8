package fr.crige.store.postgis;

/**
 * Quotes SQL identifiers. Identifiers in crige's SQL come from the database catalog (table and column names
 * read from {@code pg_catalog}), never from request strings; quoting keeps names with upper case, spaces or
 * quotes working and makes the generated SQL independent of reserved words.
 */
final class SqlIdentifier {
    private SqlIdentifier() {
    }

    /** The identifier as a PostgreSQL delimited identifier: {@code my"table} gives {@code "my""table"}. */
    static String quote(String identifier) {
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("invalid SQL identifier");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code "schema"."name"}. */
    static String qualified(String schema, String name) {
        return quote(schema) + '.' + quote(name);
    }
}
