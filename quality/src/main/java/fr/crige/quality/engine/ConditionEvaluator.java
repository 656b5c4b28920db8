package fr.crige.quality.engine;

import fr.crige.quality.model.Condition;
import fr.crige.quality.model.Operand;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Evaluates the conditions of rule-model.md §4 on one row. Comparisons are typed: two numbers compare as
 * numbers, two dates as dates; any other pair compares as texts. Gating (skipping rows whose operands are
 * null or faulty) is the caller's job.
 */
final class ConditionEvaluator {

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /**
     * @param fields  typed values of the row's fields (null cells absent or null)
     * @param context typed context values
     */
    boolean test(Condition condition, Map<String, Object> fields, Map<String, Object> context) {
        if (condition instanceof Condition.Compare c) {
            return compare(c, value(c.left(), fields, context), value(c.right(), fields, context));
        }
        if (condition instanceof Condition.In in) {
            Object v = value(in.operand(), fields, context);
            return in.candidates().stream().anyMatch(o -> order(v, value(o, fields, context)) == 0);
        }
        if (condition instanceof Condition.Nullity n) {
            return n.fields().stream().allMatch(f -> Values.isNull(fields.get(f)) == n.expectNull());
        }
        if (condition instanceof Condition.And and) {
            return and.parts().stream().allMatch(p -> test(p, fields, context));
        }
        if (condition instanceof Condition.Or or) {
            return or.parts().stream().anyMatch(p -> test(p, fields, context));
        }
        return !test(((Condition.Not) condition).inner(), fields, context);
    }

    private boolean compare(Condition.Compare c, Object left, Object right) {
        return switch (c.operator()) {
            case EQ -> order(left, right) == 0;
            case NE -> order(left, right) != 0;
            case LT -> order(left, right) < 0;
            case LTE -> order(left, right) <= 0;
            case GT -> order(left, right) > 0;
            case GTE -> order(left, right) >= 0;
            case EQUALS_IGNORE_CASE -> Values.text(left).equalsIgnoreCase(Values.text(right));
            case STARTS_WITH -> Values.text(left).startsWith(Values.text(right));
            case MATCHES -> patterns.computeIfAbsent(Values.text(right), Pattern::compile)
                    .matcher(Values.text(left)).matches();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int order(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a != null && b != null && a.getClass() == b.getClass() && a instanceof Comparable ca) {
            return ca.compareTo(b);
        }
        return Values.text(a).compareTo(Values.text(b));
    }

    private static Object value(Operand operand, Map<String, Object> fields, Map<String, Object> context) {
        if (operand instanceof Operand.Field f) {
            return fields.get(f.name());
        }
        if (operand instanceof Operand.Context c) {
            return context.get(c.name());
        }
        if (operand instanceof Operand.Literal l) {
            return l.value();
        }
        StringBuilder sb = new StringBuilder();
        ((Operand.Concat) operand).parts().forEach(p -> sb.append(Values.text(value(p, fields, context))));
        return sb.toString();
    }
}
