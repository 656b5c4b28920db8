package fr.crige.quality.engine;

import fr.crige.quality.model.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the rows of each value of a unique field (or key tuple) to report one ATTRIBUTE_NOT_UNIQUE per
 * duplicated value with all its rows. A value seen once costs one map entry and one boxed row number.
 */
final class UniqueIndex {

    private final String ruleId;
    private final String attribute;
    private final Level level;
    private final Map<String, Object> rowsByValue = new HashMap<>();

    UniqueIndex(String ruleId, String attribute, Level level) {
        this.ruleId = ruleId;
        this.attribute = attribute;
        this.level = level;
    }

    @SuppressWarnings("unchecked")
    void add(String value, long row) {
        rowsByValue.merge(value, row, (old, added) -> {
            List<Long> rows = old instanceof List<?> l ? (List<Long>) l : new ArrayList<>(List.of((Long) old));
            rows.add((Long) added);
            return rows;
        });
    }

    void report(FindingSink sink) {
        rowsByValue.entrySet().stream().filter(e -> e.getValue() instanceof List<?>)
                .sorted((a, b) -> Long.compare(first(a.getValue()), first(b.getValue())))
                .forEach(e -> {
                    @SuppressWarnings("unchecked")
                    List<Long> rows = (List<Long>) e.getValue();
                    sink.add(sink.create("ATTRIBUTE_NOT_UNIQUE", level, ruleId)
                            .rows(rows).attribute(attribute).value(e.getKey()));
                });
    }

    private static long first(Object rows) {
        return ((List<?>) rows).isEmpty() ? 0 : (Long) ((List<?>) rows).get(0);
    }
}
