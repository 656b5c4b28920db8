package fr.crige.quality.metadata;

import fr.crige.quality.engine.FindingSink;
import fr.crige.quality.model.Level;

/**
 * Where the MD-* rules report: findings in the format of the data checks, the element concerned given as
 * its path from {@code gmd:MD_Metadata} in the {@code attribute} member (the "column" of a record).
 */
public final class MetadataFindings {

    private final FindingSink sink;

    MetadataFindings(FindingSink sink) {
        this.sink = sink;
    }

    /**
     * @param value    the faulty value as written in the record, or null
     * @param expected what the rule expects, or null
     */
    void add(String ruleId, String code, Level level, String path, String value, String expected) {
        sink.add(sink.create(code, level, ruleId).attribute(path).value(value == null || value.isEmpty() ? null
                : value).expected(expected));
    }

    /** A finding on an element that is missing or empty. */
    void missing(String ruleId, String code, Level level, String path) {
        add(ruleId, code, level, path, null, null);
    }
}
