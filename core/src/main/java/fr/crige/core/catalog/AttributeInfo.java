package fr.crige.core.catalog;

/**
 * An attribute of a published feature type, as recorded in the catalog (from the store schema).
 *
 * @param name     attribute name
 * @param type     {@link fr.crige.core.feature.AttributeType} name, e.g. "STRING"
 * @param nullable whether nulls may occur
 * @param length   maximum length for strings, or null
 * @param geometry geometry kind for geometry attributes ("MultiPolygon"), else null
 */
public record AttributeInfo(String name, String type, boolean nullable, Integer length, String geometry) {
}
