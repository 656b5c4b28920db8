package fr.crige.quality.report;

import fr.crige.quality.engine.Finding;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The texts of reports in the reader's language: French by default (the producers who read them are French
 * local authorities), English on request. A finding's message and the advice on what to do are templates
 * per finding code with named placeholders; a code without a text (a custom code of a standard) is shown by
 * its detail or the rule's description.
 */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in the language of the tag ("fr", "en"); French for anything else. */
    public static Messages forLanguage(String tag) {
        Locale locale = tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : FRENCH;
        return new Messages(ResourceBundle.getBundle("fr.crige.quality.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language tag of these messages. */
    public String language() {
        return bundle.getLocale().getLanguage().isEmpty() ? "fr" : bundle.getLocale().getLanguage();
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The text of a key for one kind of table ({@code summary.rows.MD_Metadata}: "records" rather than
     * "features"), else the general one.
     */
    public String text(String key, String table) {
        return table != null && bundle.containsKey(key + "." + table) ? bundle.getString(key + "." + table) : text(key);
    }

    public String message(Finding f) {
        return fill(template(f, "message"), f);
    }

    public String advice(Finding f) {
        return fill(template(f, "advice"), f);
    }

    /**
     * The message of a finding is written per code; the advice per rule when the rule has one (the metadata
     * rules, whose several codes share what to do), else per code.
     */
    /**
     * A heading for all the findings of one rule: the {@code title} text of the code or rule when there is
     * one, else the message without the parts that differ from one finding to the next (the faulty value, the
     * expected value and technical details in parentheses).
     */
    public String heading(Finding f) {
        for (String key : List.of(f.code() + ".title", f.ruleId() + ".title")) {
            if (bundle.containsKey(key)) {
                return fill(bundle.getString(key), f);
            }
        }
        String general = template(f, "message")
                .replaceAll("\\s*\\([^()]*\\{(value|expected|detail|rows)\\}[^()]*\\)", "")
                .replaceAll("\\{(value|expected|detail|rows)\\}", "");
        return fill(general, f).replaceAll("\\s+([.,])", "$1").replaceAll("\\s{2,}", " ");
    }

    /** "1 anomalie", "3 anomalies": the number of findings of a rule. */
    public String count(int n) {
        return text(n == 1 ? "findings.count.one" : "findings.count.many").replace("{count}", String.valueOf(n));
    }

    private String template(Finding f, String kind) {
        List<String> keys = "advice".equals(kind) ? List.of(f.ruleId() + ".advice", f.code() + ".advice")
                : List.of(f.code() + ".message", f.ruleId() + ".message");
        for (String key : keys) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return f.ruleId() != null && f.ruleId().startsWith("MD-") ? text("METADATA." + kind)
                : "message".equals(kind) ? "{code} {detail}{expected}" : text("DATABASE_CONSTRAINT_MISMATCH.advice");
    }

    private static String fill(String template, Finding f) {
        String detail = f.detail() != null ? f.detail()
                : f.intersectionArea() != null ? String.format(Locale.ROOT, "%.2f m²", f.intersectionArea()) : "";
        List<Long> rows = f.rows() != null ? f.rows() : f.row() != null ? List.of(f.row()) : List.of();
        return template.replace("{attribute}", nz(f.attribute())).replace("{value}", nz(f.value()))
                .replace("{expected}", nz(f.expected())).replace("{detail}", detail).replace("{code}", f.code())
                .replace("{rows}", rows.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
