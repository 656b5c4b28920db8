package fr.crige.quality.engine;

import fr.crige.quality.model.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one table check, stamping each with the standard, table and file, and dropping
 * the ones whose configured level is {@link Level#IGNORE}.
 */
public final class FindingSink {
    private final String standard;
    private final String table;
    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    public FindingSink(String standard, String table, String file) {
        this.standard = standard;
        this.table = table;
        this.file = file;
    }

    /** Starts a finding; it is kept by {@link Finding.Builder#build()} passed to {@link #add}. */
    public Finding.Builder create(String code, Level level, String ruleId) {
        return Finding.of(code, level, ruleId).where(standard, table, file);
    }

    public void add(Finding.Builder finding) {
        Finding f = finding.build();
        if (f.level() != Level.IGNORE) {
            findings.add(f);
        }
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
