package fr.crige.quality.report;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import fr.crige.quality.engine.Finding;
import fr.crige.quality.model.Level;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A self-contained HTML page for the producer who must fix the delivery, not for a GIS specialist: a
 * verdict in one sentence, counts by severity, then one section per rule and finding code (most severe
 * first) saying what is wrong, listing the faulty rows and values, and what to do.
 */
public final class HtmlReportWriter {

    /** Rows listed per rule; the CSV export has all of them. */
    private static final int MAX_ROWS_PER_RULE = 200;

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;"
            + "color:#222}h1{font-size:1.6em}.verdict{padding:.8em 1em;border-radius:.4em;font-weight:bold}"
            + ".ok{background:#e3f4e1;color:#1e5e1a}.ko{background:#fde4e1;color:#8a1c12}"
            + "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:.3em .5em;"
            + "text-align:left;vertical-align:top}th{background:#f3f3f3}.ERROR,.FATAL{color:#8a1c12}"
            + ".WARNING{color:#8a5a00}.todo{background:#f4f7fb;border-left:4px solid #3a6ea5;padding:.5em 1em}"
            + "code{background:#f3f3f3;padding:0 .2em}td{overflow-wrap:break-word}"
            + ".count{font-size:.7em;font-weight:normal;color:#555;margin-left:.6em;white-space:nowrap}";

    public String write(ValidationReport report, Messages m) {
        Locale locale = "en".equals(m.language()) ? Locale.ENGLISH : Locale.FRENCH;
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"").append(m.language()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(m.text("summary.title"))).append(" – ").append(esc(report.file()))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
        h.append("<h1>").append(esc(m.text("summary.title"))).append("</h1>");
        h.append("<p class=\"verdict ").append(report.valid() ? "ok" : "ko").append("\">")
                .append(esc(m.text(report.valid() ? "summary.valid" : "summary.invalid", report.table())))
                .append("</p>");
        h.append("<table>");
        row(h, m.text("summary.standard"), report.standardTitle() + (report.standardVersion() == null ? ""
                : " (" + report.standardVersion() + ")"));
        row(h, m.text("summary.file"), report.file() + (report.table() == null ? "" : " → " + report.table()));
        row(h, m.text("summary.rows", report.table()), String.valueOf(report.rows()));
        row(h, m.text("summary.date"), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(report.checkedAt()));
        h.append("</table><h2>").append(esc(m.text("summary.counts"))).append("</h2><table><tr>");
        Map<Level, Long> counts = report.countsByLevel();
        for (Level l : List.of(Level.ERROR, Level.WARNING, Level.INFO)) {
            h.append("<th class=\"").append(l).append("\">").append(esc(m.text("level." + l))).append("</th>");
        }
        h.append("</tr><tr>");
        for (Level l : List.of(Level.ERROR, Level.WARNING, Level.INFO)) {
            h.append("<td>").append(counts.get(l)).append("</td>");
        }
        h.append("</tr></table>");
        if (report.findings().isEmpty()) {
            h.append("<p>").append(esc(m.text("findings.none"))).append("</p>");
        }
        Map<String, List<Finding>> byRule = report.findings().stream()
                .sorted((a, b) -> Integer.compare(a.level().ordinal(), b.level().ordinal()))
                .collect(Collectors.groupingBy(f -> f.ruleId() + " " + f.code(), LinkedHashMap::new,
                        Collectors.toList()));
        byRule.values().forEach(findings -> section(h, findings, m, report.table()));
        return h.append("</body></html>").toString();
    }

    private static void section(StringBuilder h, List<Finding> findings, Messages m, String table) {
        Finding first = findings.get(0);
        boolean rows = findings.stream().anyMatch(f -> f.row() != null || f.rows() != null);
        h.append("<h2 class=\"").append(first.level()).append("\">").append(esc(m.text("level." + first.level())))
                .append(" – ").append(esc(m.heading(first))).append("<span class=\"count\">")
                .append(esc(m.count(findings.size()))).append("</span></h2><p><code>").append(esc(first.ruleId()))
                .append("</code> · <code>").append(esc(first.code())).append("</code></p>");
        h.append("<table><tr>");
        if (rows) {
            h.append("<th>").append(esc(m.text("table.row"))).append("</th>");
        }
        h.append("<th>").append(esc(m.text("table.attribute", table))).append("</th><th>")
                .append(esc(m.text("table.value"))).append("</th><th>").append(esc(m.text("table.message")))
                .append("</th></tr>");
        for (Finding f : findings.subList(0, Math.min(findings.size(), MAX_ROWS_PER_RULE))) {
            String rowNumbers = f.rows() != null ? f.rows().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) : f.row() == null ? "" : f.row().toString();
            h.append("<tr>");
            if (rows) {
                h.append("<td>").append(esc(rowNumbers)).append("</td>");
            }
            // element paths of metadata findings may break after each step
            h.append("<td>").append(esc(f.attribute()).replace("/", "/<wbr>"))
                    .append("</td><td>").append(esc(f.value())).append("</td><td>").append(esc(m.message(f)))
                    .append("</td></tr>");
        }
        h.append("</table>");
        if (findings.size() > MAX_ROWS_PER_RULE) {
            h.append("<p>").append(esc(m.text("findings.more")
                    .replace("{count}", String.valueOf(findings.size() - MAX_ROWS_PER_RULE)))).append("</p>");
        }
        h.append("<div class=\"todo\"><strong>").append(esc(m.text("findings.todo"))).append("</strong> ")
                .append(esc(m.advice(first))).append("</div>");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String esc(String s) {
        return s == null ? "" : htmlEscape(s, "UTF-8");
    }
}
