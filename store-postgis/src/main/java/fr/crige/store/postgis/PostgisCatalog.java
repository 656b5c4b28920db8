package fr.crige.store.postgis;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads feature types from the PostgreSQL catalog: the tables, views and foreign tables of one schema that
 * the connected role may read, their columns from {@code pg_attribute}, geometry types and SRIDs from
 * PostGIS's {@code geometry_columns}, and primary keys from {@code pg_index}. Relations that belong to an
 * extension (PostGIS's {@code spatial_ref_sys}, ...) are not feature types.
 */
final class PostgisCatalog {
    private static final String RELATIONS = """
            SELECT c.oid, c.relname
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = ?
               AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
               AND has_table_privilege(c.oid, 'SELECT')
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                WHERE d.classid = 'pg_catalog.pg_class'::regclass
                                  AND d.objid = c.oid AND d.deptype = 'e')
            """;

    private static final String COLUMNS = """
            SELECT a.attname,
                   COALESCE(bt.typname, t.typname) AS typname,
                   a.attnotnull OR t.typnotnull AS notnull,
                   CASE WHEN COALESCE(bt.typname, t.typname) IN ('varchar', 'bpchar')
                             AND COALESCE(NULLIF(t.typtypmod, -1), a.atttypmod) > 4
                        THEN COALESCE(NULLIF(t.typtypmod, -1), a.atttypmod) - 4 END AS length,
                   gc.type AS geometry_type,
                   gc.srid,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                            WHERE i.indrelid = a.attrelid AND i.indisprimary
                              AND i.indnatts = 1 AND i.indkey[0] = a.attnum) AS primary_key
              FROM pg_catalog.pg_attribute a
              JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
              LEFT JOIN pg_catalog.pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
              LEFT JOIN geometry_columns gc
                     ON gc.f_table_schema = ? AND gc.f_table_name = ? AND gc.f_geometry_column = a.attname
             WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum
            """;

    private final String schemaName;

    PostgisCatalog(String schemaName) {
        this.schemaName = schemaName;
    }

    /** Names of the readable relations of the schema, sorted. */
    List<String> typeNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(RELATIONS + " ORDER BY c.relname")) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString("relname"));
                }
            }
        }
        return names;
    }

    /** The relation named {@code typeName} in the schema, or empty when there is none. */
    Optional<PostgisTable> table(Connection connection, String typeName) throws SQLException {
        long oid;
        try (PreparedStatement ps = connection.prepareStatement(RELATIONS + " AND c.relname = ?")) {
            ps.setString(1, schemaName);
            ps.setString(2, typeName);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                oid = rs.getLong("oid");
                typeName = rs.getString("relname");
            }
        }
        return Optional.of(readColumns(connection, oid, typeName));
    }

    private PostgisTable readColumns(Connection connection, long oid, String tableName) throws SQLException {
        PostgisColumn id = null;
        Map<String, PostgisColumn> columns = new LinkedHashMap<>();
        List<AttributeDescriptor> attributes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
            ps.setString(1, schemaName);
            ps.setString(2, tableName);
            ps.setLong(3, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("attname");
                    String typname = rs.getString("typname");
                    AttributeType type = PostgisTypes.attributeType(typname);
                    int srid = rs.getInt("srid");
                    PostgisColumn column = new PostgisColumn(name, typname, type,
                            type == AttributeType.GEOMETRY ? srid : 0);
                    if (rs.getBoolean("primary_key") && id == null) {
                        id = column;
                        continue;
                    }
                    columns.put(name, column);
                    boolean nullable = !rs.getBoolean("notnull");
                    attributes.add(type == AttributeType.GEOMETRY
                            ? AttributeDescriptor.geometry(name, GeometryKind.fromName(rs.getString("geometry_type")),
                                    srid, nullable)
                            : new AttributeDescriptor(name, type, nullable, (Integer) rs.getObject("length"), null, 0));
                }
            }
        }
        FeatureSchema schema = new FeatureSchema(tableName, id == null ? null : id.name(), attributes);
        return new PostgisTable(schemaName, tableName, schema, id, columns);
    }
}
