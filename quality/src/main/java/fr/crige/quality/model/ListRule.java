package fr.crige.quality.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A field whose value is a delimited list, each item checked separately (e.g. CNIG DESTOUI "20-21-31").
 * The list syntax is the regex {@code ^item(sep item)*$} built from the item pattern (rule-model.md §7).
 *
 * @param separator   the literal separator between items
 * @param itemPattern regex of one item, anchors optional
 * @param itemEnum    allowed items, empty when any item matching the pattern is allowed
 */
public record ListRule(String separator, String itemPattern, List<String> itemEnum) {

    public ListRule {
        itemEnum = itemEnum == null ? List.of() : List.copyOf(itemEnum);
    }

    /** The compiled syntax of the whole list. */
    public Pattern syntax() {
        String item = "(?:" + stripAnchors(itemPattern == null ? ".*?" : itemPattern) + ")";
        return Pattern.compile(item + "(?:" + Pattern.quote(separator) + item + ")*");
    }

    /**
     * The shape of a valid list for a reader, e.g. {@code [0-9]{2}-[0-9]{2}-…}: the item pattern twice with
     * the separator, rather than the quoted regex of {@link #syntax()}.
     */
    public String shape() {
        String item = itemPattern == null ? "…" : stripAnchors(itemPattern);
        return item + separator + item + separator + "…";
    }

    private static String stripAnchors(String regex) {
        String r = regex.startsWith("^") ? regex.substring(1) : regex;
        return r.endsWith("$") && !r.endsWith("\\$") ? r.substring(0, r.length() - 1) : r;
    }
}
