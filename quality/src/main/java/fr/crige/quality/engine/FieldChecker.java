package fr.crige.quality.engine;

import fr.crige.quality.input.Row;
import fr.crige.quality.model.FieldRule;
import fr.crige.quality.model.FieldType;
import fr.crige.quality.model.Level;
import fr.crige.quality.model.ListRule;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.regex.Pattern;

/**
 * Checks one cell against its field descriptor in the deterministic order of rule-model.md §7: null, then
 * type (each stops the cell), then the independent constraints maxLength, minLength, pattern, enum, range,
 * characters and list, each reported separately. In document mode, a {@code filename} value that passed all
 * of them must name a file of the delivered folder (ATTRIBUTE_FILE_NOT_FOUND, rule-model.md §2.3): it comes
 * last and only for an otherwise clean value, because a value already reported (a .docx where a PDF name is
 * expected) would only be reported twice.
 */
final class FieldChecker {

    /** The outcome of a cell: its typed value, and whether it produced a finding (which gates conditions). */
    record Cell(Object typed, boolean clean) {
        static final Cell NULL = new Cell(null, true);
    }

    private final String table;
    private final FieldRule field;
    private final Pattern listSyntax;
    private final Object minimum;
    private final Object maximum;
    private final DeliveredFolder folder;

    /**
     * @param folder the delivered folder in document mode, else null (no existence check)
     */
    FieldChecker(String table, FieldRule field, DeliveredFolder folder) {
        this.table = table;
        this.field = field;
        this.folder = field.type() == FieldType.FILENAME ? folder : null;
        this.listSyntax = field.list() == null ? null : field.list().syntax();
        this.minimum = bound(field.minimum());
        this.maximum = bound(field.maximum());
    }

    private Object bound(String text) {
        if (text == null) {
            return null;
        }
        Object b = field.type() == FieldType.DATE ? ValueParser.date(text, field.dateFormats()) : new BigDecimal(text);
        if (b == null) {
            throw new IllegalStateException("bound " + text + " of " + field.name() + " does not parse");
        }
        return b;
    }

    FieldRule field() {
        return field;
    }

    Cell check(Row row, Object raw, FindingSink sink) {
        if (Values.isNull(raw)) {
            if (field.required()) {
                sink.add(finding(sink, "ATTRIBUTE_UNEXPECTED_NULL", "required", Level.ERROR, row));
                return new Cell(null, false);
            }
            return Cell.NULL;
        }
        String text = Values.text(raw);
        Object typed = ValueParser.parse(raw, field.type(), field.dateFormats(), field.decimalChar(),
                field.trueValues(), field.falseValues());
        if (typed == null) {
            sink.add(finding(sink, "ATTRIBUTE_INVALID_FORMAT", "type", Level.ERROR, row).value(text)
                    .expected(expectedType()));
            return new Cell(null, false);
        }
        boolean clean = true;
        int length = text.codePointCount(0, text.length());
        if (field.maxLength() != null && length > field.maxLength()) {
            sink.add(finding(sink, "ATTRIBUTE_SIZE_EXCEEDED", "maxLength", Level.ERROR, row).value(text)
                    .expected(String.valueOf(field.maxLength())));
            clean = false;
        }
        if (field.minLength() != null && length < field.minLength()) {
            sink.add(finding(sink, "ATTRIBUTE_SIZE_TOO_SHORT", "minLength", Level.ERROR, row).value(text)
                    .expected(String.valueOf(field.minLength())));
            clean = false;
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
            sink.add(finding(sink, "ATTRIBUTE_INVALID_REGEXP", "pattern", Level.ERROR, row).value(text)
                    .expected(field.pattern().pattern()));
            clean = false;
        }
        if (!field.enumValues().isEmpty() && !field.enumValues().contains(text)) {
            sink.add(finding(sink, "ATTRIBUTE_UNEXPECTED_VALUE", "enum", Level.ERROR, row).value(text)
                    .expected(String.join(", ", field.enumValues())));
            clean = false;
        }
        if (outOfRange(typed)) {
            sink.add(finding(sink, "ATTRIBUTE_OUT_OF_RANGE", "range", Level.ERROR, row).value(text)
                    .expected(rangeText()));
            clean = false;
        }
        if (field.characters() != null && !field.characters().accepts(text)) {
            sink.add(finding(sink, "CNIG_CHARACTERS_NOT_ALLOWED", "characters", Level.WARNING, row).value(text)
                    .expected(field.characters().id()));
            clean = false;
        }
        if (listSyntax != null) {
            clean &= checkList(row, text, sink);
        }
        if (clean && folder != null && !folder.holds(text)) {
            sink.add(finding(sink, "ATTRIBUTE_FILE_NOT_FOUND", "file", Level.ERROR, row).value(text)
                    .expected(folder.name()));
            clean = false;
        }
        return new Cell(typed, clean);
    }

    private boolean checkList(Row row, String text, FindingSink sink) {
        ListRule list = field.list();
        if (!listSyntax.matcher(text).matches()) {
            sink.add(finding(sink, "ATTRIBUTE_INVALID_REGEXP", "list", Level.ERROR, row).value(text)
                    .expected(list.shape()));
            return false;
        }
        if (list.itemEnum().isEmpty()) {
            return true;
        }
        boolean clean = true;
        for (String item : text.split(Pattern.quote(list.separator()), -1)) {
            if (!list.itemEnum().contains(item)) {
                sink.add(finding(sink, "ATTRIBUTE_UNEXPECTED_VALUE", "list", Level.ERROR, row).value(item)
                        .expected(String.join(", ", list.itemEnum())));
                clean = false;
            }
        }
        return clean;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean outOfRange(Object typed) {
        if (minimum == null && maximum == null || !(typed instanceof BigDecimal || typed instanceof Temporal)) {
            return false;
        }
        try {
            Comparable value = (Comparable) typed;
            return minimum != null && value.compareTo(minimum) < 0 || maximum != null && value.compareTo(maximum) > 0;
        } catch (ClassCastException e) {
            return false; // a partial date (year only) against a full-date bound: not comparable, not checked
        }
    }

    private String rangeText() {
        return "[" + (field.minimum() == null ? "" : field.minimum()) + " ; "
                + (field.maximum() == null ? "" : field.maximum()) + "]";
    }

    private String expectedType() {
        return switch (field.type()) {
            case DATE -> String.join(" | ", field.dateFormats());
            case BOOLEAN -> String.join(", ", field.trueValues()) + " / " + String.join(", ", field.falseValues());
            default -> field.type().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private Finding.Builder finding(FindingSink sink, String code, String constraint, Level fallback, Row row) {
        return sink.create(code, field.severity(constraint, fallback), table + "." + field.name() + "." + constraint)
                .row(row.number(), row.featureId()).attribute(field.name());
    }
}
