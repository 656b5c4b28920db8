package fr.crige.quality.model;

/**
 * A rule between the features of one table (rule-model.md §5). Only {@code noOverlap} exists: gaps need an
 * external reference layer (the commune boundary) that a standard file cannot provide.
 *
 * @param id            rule id, used in the finding's ruleId
 * @param description   what the rule requires, shown in reports
 * @param code          finding code
 * @param severity      finding level
 * @param areaTolerance two features overlap when the area of their intersection exceeds it (CRS units²)
 */
public record TopologyRule(String id, String description, String code, Level severity, double areaTolerance) {
}
