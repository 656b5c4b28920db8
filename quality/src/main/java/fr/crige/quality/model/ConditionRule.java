package fr.crige.quality.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cross-field or context rule of a table (rule-model.md §4). It is evaluated for a row only when every
 * field it reads is non-null and clean in that row and every context value it reads was supplied (the gating
 * rule, which avoids reporting one fault twice).
 *
 * @param id          rule id, used in the finding's ruleId
 * @param description what the rule requires, shown in reports
 * @param code        finding code (default DATABASE_CONSTRAINT_MISMATCH)
 * @param severity    finding level
 * @param when        guard: the assertion is checked only for rows where it holds; null for every row
 * @param assertion   what must hold
 */
public record ConditionRule(String id, String description, String code, Level severity, Condition when,
        Condition assertion) {

    /** The fields the gating rule applies to (read by the guard or the assertion, outside null tests). */
    public Set<String> gatedFields() {
        Set<String> fields = new LinkedHashSet<>();
        Condition.fieldsOf(operands(), fields);
        return fields;
    }

    /** The context parameters that must be supplied for the rule to run. */
    public Set<String> contextNames() {
        Set<String> names = new LinkedHashSet<>();
        operands().forEach(o -> o.collectContext(names));
        return names;
    }

    private List<Operand> operands() {
        List<Operand> operands = new ArrayList<>();
        if (when != null) {
            when.collectOperands(operands);
        }
        assertion.collectOperands(operands);
        return operands;
    }
}
