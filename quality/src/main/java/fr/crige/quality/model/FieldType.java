package fr.crige.quality.model;

import java.util.Locale;

/** The value types of a field descriptor (rule-model.md §2.3). */
public enum FieldType {
    STRING, INTEGER, NUMBER, BOOLEAN, DATE, DATETIME, URL, FILENAME;

    static FieldType parse(String text) {
        if (text == null) {
            return STRING;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StandardFormatException("unknown field type '" + text + "'");
        }
    }
}
