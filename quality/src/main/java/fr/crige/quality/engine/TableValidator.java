package fr.crige.quality.engine;

import fr.crige.quality.input.InputProblem;
import fr.crige.quality.input.Row;
import fr.crige.quality.input.RowCursor;
import fr.crige.quality.input.TableHeader;
import fr.crige.quality.input.TableSource;
import fr.crige.quality.model.ConditionRule;
import fr.crige.quality.model.CrsNames;
import fr.crige.quality.model.FieldRule;
import fr.crige.quality.model.Level;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.TableRule;
import fr.crige.quality.model.TopologyRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Checks one table of a delivery against one table of a standard, exactly as rule-model.md specifies:
 * readability and encoding (stop the file), empty table (only FILE_EMPTY), columns, CRS, then for each row
 * the cells in field order (§7), the conditions with their gating (§4) and the geometry (§3); after all
 * rows the unique values and keys, and the topology rules on the geometries without ERROR.
 */
public final class TableValidator {

    /** How often (in rows) progress is reported. */
    private static final int PROGRESS_STEP = 1000;

    private final ConditionEvaluator conditions = new ConditionEvaluator();

    /** The findings of a run, and how many rows were read. */
    public record Result(List<Finding> findings, long rows) {
    }

    /**
     * @throws IllegalArgumentException when a context parameter does not follow its declaration
     */
    public Result validate(Standard standard, TableRule table, TableSource source, ValidationContext context) {
        Map<String, Object> contextValues = ContextValues.resolve(standard, context.parameters(), context.folder());
        FindingSink sink = new FindingSink(standard.id(), table.name(), source.name());
        String t = table.name();
        long rows = 0;
        try {
            TableHeader header = source.header();
            if (header.encodingNote() != null) {
                sink.add(sink.create("FILE_ENCODING_INVALID", table.encodingLevel(), t + ".encoding")
                        .detail(header.encodingNote()).expected(table.encoding()));
            }
            try (RowCursor cursor = source.rows()) {
                if (header.rowCount() == 0 || !cursor.hasNext()) {
                    sink.add(sink.create("FILE_EMPTY", table.emptyLevel(), t + ".empty"));
                    return new Result(sink.findings(), 0);
                }
                Map<String, String> columns = checkColumns(table, header, sink);
                String crs = effectiveCrs(header, context);
                boolean crsAllowed = !table.spatial() || checkCrs(table, crs, sink);
                rows = checkRows(table, cursor, columns, crsAllowed && crs != null ? table.crsDomains().get(crs) : null,
                        crsAllowed, contextValues, context, sink);
            }
        } catch (InputProblem e) {
            sink.add(sink.create(e.code(), "FILE_ENCODING_INVALID".equals(e.code()) ? table.encodingLevel()
                    : Level.ERROR, t + ("FILE_ENCODING_INVALID".equals(e.code()) ? ".encoding" : ".file"))
                    .detail(e.getMessage()));
        }
        return new Result(sink.findings(), rows);
    }

    /** Compares the column set with the field descriptors; returns field name → column name in the file. */
    private static Map<String, String> checkColumns(TableRule table, TableHeader header, FindingSink sink) {
        boolean cs = table.columns().caseSensitive();
        Map<String, String> fileColumns = new LinkedHashMap<>();
        header.columns().forEach(c -> fileColumns.putIfAbsent(cs ? c : c.toLowerCase(Locale.ROOT), c));
        Map<String, String> present = new HashMap<>();
        for (FieldRule f : table.fields()) {
            String column = fileColumns.remove(cs ? f.name() : f.name().toLowerCase(Locale.ROOT));
            if (column != null) {
                present.put(f.name(), column);
            } else if (f.presenceRequired()) {
                sink.add(sink.create("TABLE_MISSING_ATTRIBUTE", table.columns().missing(),
                        table.name() + ".columns.missing").attribute(f.name()));
            } else {
                sink.add(sink.create("TABLE_MISSING_PRESENCE_OPTIONAL_ATTRIBUTE", table.columns().missingOptional(),
                        table.name() + ".columns.missing").attribute(f.name()));
            }
        }
        for (String extra : fileColumns.values()) {
            if (table.columns().allowPrefix().stream().noneMatch(extra::startsWith)) {
                sink.add(sink.create("TABLE_UNEXPECTED_ATTRIBUTE", table.columns().unexpected(),
                        table.name() + ".columns.unexpected").attribute(extra));
            }
        }
        return present;
    }

    private static String effectiveCrs(TableHeader header, ValidationContext context) {
        if (header.crs() != null) {
            return header.crs();
        }
        return context.declaredCrs() != null ? CrsNames.normalise(context.declaredCrs()) : header.defaultCrs();
    }

    private static boolean checkCrs(TableRule table, String crs, FindingSink sink) {
        if (crs != null && table.allowedCrs().contains(crs)) {
            return true;
        }
        sink.add(sink.create("CRS_UNEXPECTED", table.crsLevel(), table.name() + ".crs").value(crs)
                .expected(String.join(", ", table.allowedCrs())));
        return false;
    }

    private long checkRows(TableRule table, RowCursor cursor, Map<String, String> columns, double[] domain,
            boolean crsAllowed, Map<String, Object> contextValues, ValidationContext context, FindingSink sink)
            throws InputProblem {
        List<FieldChecker> checkers = table.fields().stream().filter(f -> columns.containsKey(f.name()))
                .map(f -> new FieldChecker(table.name(), f, context.folder())).toList();
        Map<String, UniqueIndex> unique = new LinkedHashMap<>();
        for (FieldChecker c : checkers) {
            if (c.field().unique()) {
                unique.put(c.field().name(), new UniqueIndex(table.name() + "." + c.field().name() + ".unique",
                        c.field().name(), c.field().severity("unique", Level.ERROR)));
            }
        }
        UniqueIndex primaryKey = primaryKeyIndex(table, columns);
        List<ConditionRule> runnable = table.conditions().stream()
                .filter(c -> contextValues.keySet().containsAll(c.contextNames())).toList();
        GeometryChecker geometry = table.spatial() ? new GeometryChecker(table.name(), table.geometry(), domain) : null;
        List<OverlapDetector> topology = new ArrayList<>();
        try {
            if (geometry != null && crsAllowed) {
                for (TopologyRule rule : table.topology()) {
                    topology.add(new OverlapDetector(table.name(), rule));
                }
            }
            return checkRows(table, cursor, columns, checkers, unique, primaryKey, runnable, geometry, topology,
                    contextValues, context, sink);
        } finally {
            topology.forEach(OverlapDetector::close);
        }
    }

    private long checkRows(TableRule table, RowCursor cursor, Map<String, String> columns,
            List<FieldChecker> checkers, Map<String, UniqueIndex> unique, UniqueIndex primaryKey,
            List<ConditionRule> runnable, GeometryChecker geometry, List<OverlapDetector> topology,
            Map<String, Object> contextValues, ValidationContext context, FindingSink sink) throws InputProblem {
        long count = 0;
        while (cursor.hasNext()) {
            Row row = cursor.next();
            count++;
            Map<String, Object> typed = new HashMap<>();
            Map<String, Boolean> clean = new HashMap<>();
            for (FieldChecker c : checkers) {
                String name = c.field().name();
                Object raw = row.values().get(columns.get(name));
                FieldChecker.Cell cell = c.check(row, raw, sink);
                typed.put(name, cell.typed());
                clean.put(name, cell.clean());
                if (cell.typed() != null && unique.containsKey(name)) {
                    unique.get(name).add(Values.text(raw), row.number());
                }
            }
            if (primaryKey != null) {
                addKey(table, columns, row, primaryKey);
            }
            for (ConditionRule rule : runnable) {
                checkCondition(table, rule, row, columns, typed, clean, contextValues, sink);
            }
            if (geometry != null) {
                Geometry usable = geometry.check(row, sink);
                if (usable != null) {
                    for (OverlapDetector d : topology) {
                        d.add(row.number(), usable);
                    }
                }
            }
            if (count % PROGRESS_STEP == 0) {
                context.progress().rowsChecked(count);
            }
        }
        unique.values().forEach(u -> u.report(sink));
        if (primaryKey != null) {
            primaryKey.report(sink);
        }
        topology.forEach(d -> d.report(sink));
        context.progress().rowsChecked(count);
        return count;
    }

    private void checkCondition(TableRule table, ConditionRule rule, Row row, Map<String, String> columns,
            Map<String, Object> typed,
            Map<String, Boolean> clean, Map<String, Object> contextValues, FindingSink sink) {
        Set<String> fields = rule.gatedFields();
        for (String f : fields) {
            if (typed.get(f) == null || !Boolean.TRUE.equals(clean.get(f))) {
                return; // gating: a null or faulty operand was already reported, or cannot be judged
            }
        }
        if (rule.when() != null && !conditions.test(rule.when(), typed, contextValues)) {
            return;
        }
        if (!conditions.test(rule.assertion(), typed, contextValues)) {
            String first = fields.isEmpty() ? null : fields.iterator().next();
            sink.add(sink.create(rule.code(), rule.severity(), table.name() + "." + rule.id())
                    .row(row.number(), row.featureId()).attribute(first)
                    .value(first == null ? null : Values.text(row.values().get(columns.get(first))))
                    .expected(rule.description()));
        }
    }

    private static UniqueIndex primaryKeyIndex(TableRule table, Map<String, String> columns) {
        if (table.primaryKey().isEmpty() || !columns.keySet().containsAll(table.primaryKey())) {
            return null;
        }
        if (table.primaryKey().size() == 1 && table.field(table.primaryKey().get(0)).map(FieldRule::unique).orElse(false)) {
            return null; // already checked as a unique field
        }
        String key = String.join("+", table.primaryKey());
        return new UniqueIndex(table.name() + "." + key + ".unique", key, Level.ERROR);
    }

    private static void addKey(TableRule table, Map<String, String> columns, Row row, UniqueIndex index) {
        List<String> parts = new ArrayList<>();
        for (String f : table.primaryKey()) {
            Object v = row.values().get(columns.get(f));
            if (Values.isNull(v)) {
                return;
            }
            parts.add(Values.text(v));
        }
        index.add(String.join(" | ", parts), row.number());
    }
}
