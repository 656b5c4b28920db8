package fr.crige.store.postgis;

import fr.crige.core.feature.AttributeType;
import java.util.Map;
import java.util.Set;

/** Maps PostgreSQL type names ({@code pg_type.typname}) onto crige's {@link AttributeType}s. */
final class PostgisTypes {
    private static final Set<String> TEXT = Set.of("text", "varchar", "bpchar", "name", "citext");
    private static final Map<String, AttributeType> TYPES = Map.ofEntries(
            Map.entry("int2", AttributeType.INTEGER),
            Map.entry("int4", AttributeType.INTEGER),
            Map.entry("int8", AttributeType.LONG),
            Map.entry("float4", AttributeType.DOUBLE),
            Map.entry("float8", AttributeType.DOUBLE),
            Map.entry("numeric", AttributeType.DECIMAL),
            Map.entry("bool", AttributeType.BOOLEAN),
            Map.entry("date", AttributeType.DATE),
            Map.entry("timestamp", AttributeType.DATETIME),
            Map.entry("timestamptz", AttributeType.DATETIME_TZ),
            Map.entry("time", AttributeType.TIME),
            Map.entry("bytea", AttributeType.BINARY),
            Map.entry("geometry", AttributeType.GEOMETRY));

    private PostgisTypes() {
    }

    /** The value kind of a native type; types without a better match (uuid, json, arrays...) are strings. */
    static AttributeType attributeType(String typname) {
        return TYPES.getOrDefault(typname, AttributeType.STRING);
    }

    /** Whether the native type is an SQL character type, usable as is where a string is expected. */
    static boolean isText(String typname) {
        return TEXT.contains(typname);
    }
}
