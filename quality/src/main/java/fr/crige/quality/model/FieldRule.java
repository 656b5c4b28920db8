package fr.crige.quality.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The descriptor of one column of a table (rule-model.md §2). Constraints left out of the standard file are
 * null (or empty lists) and are not checked.
 *
 * @param name          column name as delivered (case-sensitive unless the table says otherwise)
 * @param title         short human title, may be null
 * @param description   what the column holds, shown in reports
 * @param presenceRequired whether the column itself must exist
 * @param type          how values are parsed
 * @param required      whether every row must have a non-null value
 * @param maxLength     maximum number of characters (Unicode code points)
 * @param minLength     minimum number of characters
 * @param pattern       full-match regex on the raw text
 * @param enumValues    allowed raw texts (case-sensitive), empty when unconstrained
 * @param minimum       inclusive lower bound for numbers, integers and dates (as written in the standard)
 * @param maximum       inclusive upper bound
 * @param unique        unique among the non-null values of the table
 * @param dateFormats   accepted {@link java.time.format.DateTimeFormatter} patterns for dates
 * @param trueValues    texts read as true for booleans
 * @param falseValues   texts read as false for booleans
 * @param decimalChar   decimal separator of numbers
 * @param list          list syntax, or null
 * @param characters    allowed character set, or null
 * @param severities    per-constraint level overrides, keyed by constraint name (enum, characters...)
 */
public record FieldRule(String name, String title, String description, boolean presenceRequired, FieldType type,
        boolean required, Integer maxLength, Integer minLength, Pattern pattern, List<String> enumValues,
        String minimum, String maximum, boolean unique, List<String> dateFormats, List<String> trueValues,
        List<String> falseValues, String decimalChar, ListRule list, CharacterSet characters,
        Map<String, Level> severities) {

    /** Table Schema's default boolean lexical forms. */
    public static final List<String> DEFAULT_TRUE = List.of("true", "True", "TRUE", "1");
    public static final List<String> DEFAULT_FALSE = List.of("false", "False", "FALSE", "0");

    public FieldRule {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
        dateFormats = dateFormats == null || dateFormats.isEmpty() ? List.of("yyyy-MM-dd") : List.copyOf(dateFormats);
        trueValues = trueValues == null || trueValues.isEmpty() ? DEFAULT_TRUE : List.copyOf(trueValues);
        falseValues = falseValues == null || falseValues.isEmpty() ? DEFAULT_FALSE : List.copyOf(falseValues);
        decimalChar = decimalChar == null ? "." : decimalChar;
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }

    /** The level of a constraint: the override of the standard, else the default of its finding code. */
    public Level severity(String constraint, Level fallback) {
        return severities.getOrDefault(constraint, fallback);
    }

    /** The bounds as decimal numbers (null when absent). */
    public BigDecimal minimumNumber() {
        return minimum == null ? null : new BigDecimal(minimum);
    }

    public BigDecimal maximumNumber() {
        return maximum == null ? null : new BigDecimal(maximum);
    }
}
