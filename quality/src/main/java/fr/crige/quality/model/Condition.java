package fr.crige.quality.model;

import java.util.List;
import java.util.Set;

/**
 * A boolean expression over the operands of one row (rule-model.md §4): comparisons, text tests and the
 * logical connectives.
 */
public sealed interface Condition {

    /** Adds the operands this condition reads, to compute its gating (fields and context it needs). */
    void collectOperands(List<Operand> into);

    /** The comparison operators; {@code lt..gte} compare typed values (dates as dates, numbers as numbers). */
    enum Operator {
        EQ, NE, EQUALS_IGNORE_CASE, LT, LTE, GT, GTE, STARTS_WITH, MATCHES
    }

    /** {@code op: [left, right]}. */
    record Compare(Operator operator, Operand left, Operand right) implements Condition {
        @Override
        public void collectOperands(List<Operand> into) {
            into.add(left);
            into.add(right);
        }
    }

    /** {@code in: [operand, [v1, v2...]]}. */
    record In(Operand operand, List<Operand> candidates) implements Condition {
        public In {
            candidates = List.copyOf(candidates);
        }

        @Override
        public void collectOperands(List<Operand> into) {
            into.add(operand);
            into.addAll(candidates);
        }
    }

    /** {@code notNull: [FIELD...]} or {@code isNull: [FIELD...]}. */
    record Nullity(boolean expectNull, List<String> fields) implements Condition {
        public Nullity {
            fields = List.copyOf(fields);
        }

        @Override
        public void collectOperands(List<Operand> into) {
            // null tests must see null fields: they take no part in gating
        }
    }

    record And(List<Condition> parts) implements Condition {
        public And {
            parts = List.copyOf(parts);
        }

        @Override
        public void collectOperands(List<Operand> into) {
            parts.forEach(p -> p.collectOperands(into));
        }
    }

    record Or(List<Condition> parts) implements Condition {
        public Or {
            parts = List.copyOf(parts);
        }

        @Override
        public void collectOperands(List<Operand> into) {
            parts.forEach(p -> p.collectOperands(into));
        }
    }

    record Not(Condition inner) implements Condition {
        @Override
        public void collectOperands(List<Operand> into) {
            inner.collectOperands(into);
        }
    }

    /** Field names an operand list reads. */
    static void fieldsOf(List<Operand> operands, Set<String> into) {
        operands.forEach(o -> o.collectFields(into));
    }
}
