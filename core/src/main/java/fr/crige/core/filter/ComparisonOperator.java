package fr.crige.core.filter;

/** FES 2.0 binary comparison operators. */
public enum ComparisonOperator {
    EQUAL_TO("="), NOT_EQUAL_TO("<>"), LESS_THAN("<"), GREATER_THAN(">"), LESS_THAN_OR_EQUAL_TO("<="),
    GREATER_THAN_OR_EQUAL_TO(">=");

    private final String sql;

    ComparisonOperator(String sql) {
        this.sql = sql;
    }

    /** The SQL operator token. */
    public String sql() {
        return sql;
    }

    /** Whether {@code cmp} (a compareTo result) satisfies this operator. */
    public boolean test(int cmp) {
        return switch (this) {
            case EQUAL_TO -> cmp == 0;
            case NOT_EQUAL_TO -> cmp != 0;
            case LESS_THAN -> cmp < 0;
            case GREATER_THAN -> cmp > 0;
            case LESS_THAN_OR_EQUAL_TO -> cmp <= 0;
            case GREATER_THAN_OR_EQUAL_TO -> cmp >= 0;
        };
    }
}
