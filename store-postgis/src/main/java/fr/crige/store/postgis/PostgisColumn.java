package fr.crige.store.postgis;

import fr.crige.core.feature.AttributeType;

/**
 * A column of a PostGIS table as read from the catalog.
 *
 * @param name       column name, exactly as in the catalog
 * @param nativeType PostgreSQL type name ({@code pg_type.typname}, base type for domains)
 * @param type       the crige value kind it maps to
 * @param srid       for geometry columns their SRID (0 when unconstrained), otherwise 0
 */
record PostgisColumn(String name, String nativeType, AttributeType type, int srid) {

    /**
     * The SQL expression reading the column: the quoted name, cast to text for types crige exposes as
     * strings without being SQL strings (uuid, json, arrays...) so that comparisons with string parameters
     * and reading work the same for all of them.
     */
    String expression() {
        String quoted = SqlIdentifier.quote(name);
        return type == AttributeType.STRING && !PostgisTypes.isText(nativeType) ? quoted + "::text" : quoted;
    }
}
