package fr.crige.quality.web;

import fr.crige.quality.report.ValidationReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest reports, by id, for GET /rest/quality/reports/{id}. Bounded (oldest dropped first) because
 * reports of large deliveries are large; a report is evidence for a producer, the catalogue record keeps
 * the lasting conformity statement.
 */
public final class ReportStore {

    private final Map<String, ValidationReport> reports;

    public ReportStore(int capacity) {
        this.reports = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ValidationReport> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void put(ValidationReport report) {
        reports.put(report.id(), report);
    }

    public synchronized Optional<ValidationReport> get(String id) {
        return Optional.ofNullable(reports.get(id));
    }
}
