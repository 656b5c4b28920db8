package fr.crige.quality.report;

import fr.crige.quality.engine.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One line per finding, for spreadsheets: ';' as delimiter and a UTF-8 byte order mark so that French
 * office software opens it with the right columns and accents.
 */
public final class CsvReportWriter {

    private static final String[] HEADER = {"level", "code", "ruleId", "table", "file", "row", "featureId",
        "attribute", "value", "expected", "message", "advice"};

    public String write(ValidationReport report, Messages messages) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(HEADER).build())) {
            for (Finding f : report.findings()) {
                String rows = f.rows() != null ? f.rows().stream().map(String::valueOf).collect(Collectors.joining(" "))
                        : f.row() == null ? "" : f.row().toString();
                printer.printRecord(f.level(), f.code(), f.ruleId(), f.table(), f.file(), rows, f.featureId(),
                        f.attribute(), f.value(), f.expected(), messages.message(f), messages.advice(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
