package fr.crige.store.postgis;

import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.store.InvalidQueryException;
import java.util.Map;
import java.util.Optional;

/**
 * A table or view offered as a feature type, with what SQL generation needs beyond the public schema: the
 * native columns and the primary key.
 *
 * @param schemaName the database schema
 * @param tableName  the relation name, also the feature type name
 * @param schema     the feature schema (the primary key column is its id column, not an attribute)
 * @param idColumn   the single-column primary key, or null when the relation has none
 * @param columns    the attribute columns by name
 */
record PostgisTable(String schemaName, String tableName, FeatureSchema schema, PostgisColumn idColumn,
        Map<String, PostgisColumn> columns) {

    PostgisTable {
        columns = Map.copyOf(columns);
    }

    /** {@code "schema"."table"}. */
    String qualifiedName() {
        return SqlIdentifier.qualified(schemaName, tableName);
    }

    Optional<PostgisColumn> id() {
        return Optional.ofNullable(idColumn);
    }

    /**
     * The column of an attribute named in a request.
     *
     * @throws InvalidQueryException when the type has no such attribute
     */
    PostgisColumn column(String name) {
        PostgisColumn c = columns.get(name);
        if (c == null) {
            throw new InvalidQueryException("Unknown property '" + name + "' in type " + tableName, name);
        }
        return c;
    }
}
