package fr.crige.quality.report;

import fr.crige.quality.engine.Finding;
import fr.crige.quality.model.Level;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one check: what was checked against which standard, the findings, and the summary of
 * rule-model.md §9 ({@code valid} = no FATAL and no ERROR, counts per level and per code).
 *
 * @param id              report identifier (for GET /rest/quality/reports/{id})
 * @param standardId      the standard's id
 * @param standardTitle   the standard's title
 * @param standardVersion the standard's version
 * @param table           the table of the standard checked
 * @param file            the file or layer checked
 * @param checkedAt       when the check ended
 * @param rows            number of rows/features read
 * @param findings        the findings
 */
public record ValidationReport(String id, String standardId, String standardTitle, String standardVersion,
        String table, String file, Instant checkedAt, long rows, List<Finding> findings) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public boolean valid() {
        return findings.stream().noneMatch(f -> f.level().blocking());
    }

    /** Number of findings per level, every level present (0 when none). */
    public Map<Level, Long> countsByLevel() {
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            if (l != Level.IGNORE) {
                counts.put(l, 0L);
            }
        }
        findings.forEach(f -> counts.merge(f.level(), 1L, Long::sum));
        return counts;
    }

    public Map<String, Long> countsByCode() {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.code(), 1L, Long::sum));
        return counts;
    }
}
