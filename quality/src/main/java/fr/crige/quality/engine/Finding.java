package fr.crige.quality.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.crige.quality.model.Level;
import java.util.List;

/**
 * One fault found in a delivery, in the findings format of rule-model.md §9 (the message is produced in the
 * reader's language when the report is written, from the code and the other members).
 *
 * @param code             finding code (ATTRIBUTE_UNEXPECTED_VALUE...), shared with IGNF/validator
 * @param level            severity
 * @param ruleId           the rule that produced it: {@code <table>.<field>.<constraint>}, {@code MD-ID-4}...
 * @param standard         id of the standard checked against
 * @param table            table name in the standard
 * @param file             the checked file or layer
 * @param row              1-based row, for single-row findings
 * @param rows             rows involved, for multi-row findings (duplicates, overlaps)
 * @param featureId        identifier of the feature when known
 * @param attribute        column (or "geometry") concerned
 * @param value            the faulty value as delivered
 * @param expected         what was expected (allowed values, pattern, bounds...)
 * @param detail           technical detail (JTS validity reason, parser message...)
 * @param intersectionArea area of an overlap, in CRS units²
 * @param errorGeometry    WKT locating the fault
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String code, Level level, String ruleId, String standard, String table, String file,
        Long row, List<Long> rows, String featureId, String attribute, String value, String expected,
        String detail, Double intersectionArea, String errorGeometry) {

    public Finding {
        rows = rows == null ? null : List.copyOf(rows);
    }

    /** Starts a finding of a table. */
    public static Builder of(String code, Level level, String ruleId) {
        return new Builder(code, level, ruleId);
    }

    /** Collects the optional members of a finding. */
    public static final class Builder {
        private final String code;
        private final Level level;
        private final String ruleId;
        private String standard;
        private String table;
        private String file;
        private Long row;
        private List<Long> rows;
        private String featureId;
        private String attribute;
        private String value;
        private String expected;
        private String detail;
        private Double intersectionArea;
        private String errorGeometry;

        private Builder(String code, Level level, String ruleId) {
            this.code = code;
            this.level = level;
            this.ruleId = ruleId;
        }

        public Builder where(String standardId, String tableName, String fileName) {
            this.standard = standardId;
            this.table = tableName;
            this.file = fileName;
            return this;
        }

        public Builder row(long number, String id) {
            this.row = number;
            this.featureId = id;
            return this;
        }

        public Builder rows(List<Long> numbers) {
            this.rows = numbers;
            return this;
        }

        public Builder attribute(String name) {
            this.attribute = name;
            return this;
        }

        public Builder value(String text) {
            this.value = text;
            return this;
        }

        public Builder expected(String text) {
            this.expected = text;
            return this;
        }

        public Builder detail(String text) {
            this.detail = text;
            return this;
        }

        public Builder intersectionArea(double area) {
            this.intersectionArea = area;
            return this;
        }

        public Builder errorGeometry(String wkt) {
            this.errorGeometry = wkt;
            return this;
        }

        public Finding build() {
            return new Finding(code, level, ruleId, standard, table, file, row, rows, featureId, attribute, value,
                    expected, detail, intersectionArea, errorGeometry);
        }
    }
}
