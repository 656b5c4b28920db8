package fr.crige.quality.input;

import fr.crige.quality.model.TableRule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV table (Table Schema / schema.data.gouv.fr conventions): the first line holds the column names, data
 * rows are numbered from 1 without it. The encoding is the one the caller declares, else the one the
 * standard expects; a file that does not decode with it stops with FILE_ENCODING_INVALID (naming the
 * encoding it looks like), and a declared encoding other than the expected one is reported but read. The
 * delimiter is the declared one, else detected on the header line. Parsing is Apache Commons CSV.
 */
public final class CsvSource implements TableSource {

    private static final char[] CANDIDATE_DELIMITERS = {',', ';', '\t', '|'};

    private final Path file;
    private final String name;
    private final TableRule.CsvDialect dialect;
    private final Charset expected;
    private final Charset declared;
    private final Character declaredDelimiter;
    private Charset charset;
    private char delimiter;

    /**
     * @param expected          encoding the standard requires
     * @param declared          encoding the caller declares, or null
     * @param declaredDelimiter delimiter the caller declares, or null (then the standard's, else detected)
     */
    public CsvSource(Path file, String name, TableRule.CsvDialect dialect, Charset expected, Charset declared,
            Character declaredDelimiter) {
        this.file = file;
        this.name = name;
        this.dialect = dialect;
        this.expected = expected;
        this.declared = declared;
        this.declaredDelimiter = declaredDelimiter;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TableHeader header() throws InputProblem {
        try {
            charset = declared != null ? declared : expected;
            String error = TextEncoding.firstError(file, charset);
            if (error != null) {
                Charset looksLike = TextEncoding.detect(file);
                throw InputProblem.encoding(error + (looksLike.equals(charset) ? "" : "; the file looks like "
                        + looksLike.name()));
            }
            String headerLine;
            try (BufferedReader r = Files.newBufferedReader(file, charset)) {
                headerLine = r.readLine();
            }
            if (headerLine == null) {
                return new TableHeader(List.of(), null, null, false, 0, null);
            }
            delimiter = declaredDelimiter != null ? declaredDelimiter
                    : dialect.delimiter() != null ? dialect.delimiter() : detectDelimiter(headerLine);
            List<String> columns;
            long rows = 0;
            try (CSVParser parser = parser()) {
                Iterator<CSVRecord> it = parser.iterator();
                columns = it.hasNext() ? strip(it.next().toList()) : List.of();
                while (it.hasNext()) {
                    it.next();
                    rows++;
                }
            }
            String note = declared != null && !declared.equals(expected)
                    ? "declared " + declared.name() + ", the standard requires " + expected.name() : null;
            return new TableHeader(columns, null, null, false, rows, note);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw InputProblem.notOpened("not readable as CSV: " + e.getMessage(), e);
        }
    }

    @Override
    public RowCursor rows() throws InputProblem {
        try {
            CSVParser parser = parser();
            Iterator<CSVRecord> it = parser.iterator();
            List<String> columns = it.hasNext() ? strip(it.next().toList()) : List.of();
            return new RowCursor() {
                private long number;

                @Override
                public boolean hasNext() throws InputProblem {
                    try {
                        return it.hasNext();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        throw InputProblem.notOpened("CSV syntax error after row " + number + ": " + e.getMessage(), e);
                    }
                }

                @Override
                public Row next() throws InputProblem {
                    CSVRecord record;
                    try {
                        record = it.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        throw InputProblem.notOpened("CSV syntax error after row " + number + ": " + e.getMessage(), e);
                    }
                    number++;
                    Map<String, Object> values = new HashMap<>();
                    for (int i = 0; i < columns.size() && i < record.size(); i++) {
                        String cell = record.get(i);
                        values.put(columns.get(i), dialect.missingValues().contains(cell) ? null : cell);
                    }
                    return new Row(number, null, values, null, null);
                }

                @Override
                public void close() {
                    try {
                        parser.close();
                    } catch (IOException e) {
                        // nothing left to release
                    }
                }
            };
        } catch (IOException e) {
            throw InputProblem.notOpened("not readable as CSV: " + e.getMessage(), e);
        }
    }

    private CSVParser parser() throws IOException {
        Reader reader = Files.newBufferedReader(file, charset);
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote(dialect.quoteChar())
                .setIgnoreEmptyLines(true).build().parse(reader);
    }

    /** Drops a UTF-8 byte order mark left on the first column name. */
    private static List<String> strip(List<String> header) {
        List<String> names = new ArrayList<>(header);
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        return names;
    }

    /**
     * The candidate delimiter occurring most often outside quotes on the header line (Commons CSV does not
     * detect dialects; a header line of column names is enough to tell ',' ';' tab and '|' apart).
     */
    static char detectDelimiter(String headerLine) {
        Map<Character, Integer> counts = new HashMap<>();
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (char d : CANDIDATE_DELIMITERS) {
                    if (c == d) {
                        counts.merge(d, 1, Integer::sum);
                    }
                }
            }
        }
        char best = ',';
        int max = 0;
        for (char d : CANDIDATE_DELIMITERS) {
            int n = counts.getOrDefault(d, 0);
            if (n > max) {
                best = d;
                max = n;
            }
        }
        return best;
    }
}
