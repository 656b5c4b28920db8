package fr.crige.quality.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.crige.quality.engine.Finding;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON form of a report: a summary object and the findings in the format of rule-model.md §9, each
 * with its message in the requested language.
 */
public final class JsonReportWriter {

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode write(ValidationReport report, Messages messages) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", report.id());
        ObjectNode standard = root.putObject("standard");
        standard.put("id", report.standardId());
        standard.put("title", report.standardTitle());
        standard.put("version", report.standardVersion());
        root.put("table", report.table());
        root.put("file", report.file());
        root.put("checkedAt", report.checkedAt().toString());
        root.put("rows", report.rows());
        root.put("language", messages.language());
        ObjectNode summary = root.putObject("summary");
        summary.put("valid", report.valid());
        summary.put("total", report.findings().size());
        ObjectNode levels = summary.putObject("levels");
        report.countsByLevel().forEach((l, n) -> levels.put(l.name(), n));
        ObjectNode codes = summary.putObject("codes");
        report.countsByCode().forEach(codes::put);
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode node = mapper.valueToTree(f);
            node.put("message", messages.message(f));
            findings.add(node);
        }
        return root;
    }

    /** Writes the report as UTF-8 JSON to the stream, which is left open. */
    public void write(ValidationReport report, Messages messages, OutputStream out) throws IOException {
        mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, write(report, messages));
    }
}
