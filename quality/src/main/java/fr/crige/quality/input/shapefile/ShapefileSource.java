package fr.crige.quality.input.shapefile;

import fr.crige.quality.input.InputProblem;
import fr.crige.quality.input.Row;
import fr.crige.quality.input.RowCursor;
import fr.crige.quality.input.TableHeader;
import fr.crige.quality.input.TableSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Shapefile (the .shp and its .dbf, .prj and .cpg siblings) as a table to check. The code page of the DBF
 * text is the declared one (.cpg, else the language driver id), else the one the standard expects. The first
 * pass decodes every text cell strictly: text that is not valid in that code page, or UTF-8 text declared as
 * a single-byte code page (which would decode into "Ã©" instead of "é"), stops the file with
 * FILE_ENCODING_INVALID; a declared code page other than the expected one is reported and read.
 */
public final class ShapefileSource implements TableSource {

    private final Path shp;
    private final String name;
    private final Charset expected;
    private final List<String> allowedCrs;
    private Charset charset;

    /**
     * @param expected   the code page the standard requires
     * @param allowedCrs the CRSs the standard allows ({@code EPSG:<code>}), tried first to identify the .prj
     */
    public ShapefileSource(Path shp, String name, Charset expected, List<String> allowedCrs) {
        this.shp = shp;
        this.name = name;
        this.expected = expected;
        this.allowedCrs = List.copyOf(allowedCrs);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TableHeader header() throws InputProblem {
        Path dbf = sibling("dbf").orElseThrow(() -> InputProblem.notOpened("the Shapefile has no .dbf file", null));
        try (DbfReader reader = new DbfReader(dbf)) {
            Optional<String> cpg = sibling("cpg").map(ShapefileSource::readSmall);
            Optional<Charset> declared = cpg.flatMap(CodePages::fromCpg)
                    .or(() -> CodePages.fromLanguageDriver(reader.languageDriver()));
            charset = declared.orElse(expected);
            long rows = checkText(reader);
            String crs = sibling("prj").map(ShapefileSource::readSmall).map(wkt -> PrjReader.crs(wkt, allowedCrs)).orElse(null);
            String note = declared.filter(c -> !c.equals(expected)).map(c -> "declared " + c.name()
                    + (cpg.isPresent() ? " (.cpg)" : " (DBF language driver)") + ", the standard requires "
                    + expected.name()).orElse(null);
            return new TableHeader(reader.fields().stream().map(DbfField::name).toList(), crs, null, true, rows,
                    note);
        } catch (IOException | UncheckedIOException e) {
            throw InputProblem.notOpened("not readable as a Shapefile: " + e.getMessage(), e);
        }
    }

    /** Decodes every text cell strictly; returns the number of records that are not deleted. */
    private long checkText(DbfReader reader) throws IOException, InputProblem {
        List<DbfField> fields = reader.fields();
        boolean singleByte = charset.newEncoder().maxBytesPerChar() == 1.0f;
        boolean sawMultiByte = false;
        boolean allUtf8 = true;
        long rows = 0;
        DbfReader.DbfRecord record;
        while ((record = reader.next()) != null) {
            if (record.deleted()) {
                continue;
            }
            rows++;
            for (int i = 0; i < fields.size(); i++) {
                if (!fields.get(i).isText()) {
                    continue;
                }
                byte[] cell = record.cells()[i];
                if (!decodes(cell, charset)) {
                    throw InputProblem.encoding("record " + rows + ", field " + fields.get(i).name() + " is not valid "
                            + charset.name() + (decodes(cell, StandardCharsets.UTF_8) ? "; the text looks like UTF-8"
                                    : "; the text looks like windows-1252"));
                }
                if (singleByte && !isAscii(cell)) {
                    sawMultiByte = true;
                    allUtf8 &= decodes(cell, StandardCharsets.UTF_8);
                }
            }
        }
        if (singleByte && sawMultiByte && allUtf8) {
            throw InputProblem.encoding("the text is UTF-8 but the file declares " + charset.name()
                    + ": accents would read as \"Ã©\"");
        }
        return rows;
    }

    @Override
    public RowCursor rows() throws InputProblem {
        Path dbf = sibling("dbf").orElseThrow(() -> InputProblem.notOpened("the Shapefile has no .dbf file", null));
        try {
            return new Cursor(new ShpReader(shp), new DbfReader(dbf));
        } catch (IOException e) {
            throw InputProblem.notOpened("not readable as a Shapefile: " + e.getMessage(), e);
        }
    }

    /** Pairs the .shp and .dbf records, which are in the same order. */
    private final class Cursor implements RowCursor {
        private final ShpReader shapes;
        private final DbfReader table;
        private final List<DbfField> fields;
        private Row next;
        private long number;

        Cursor(ShpReader shapes, DbfReader table) {
            this.shapes = shapes;
            this.table = table;
            this.fields = table.fields();
        }

        @Override
        public boolean hasNext() throws InputProblem {
            try {
                while (next == null) {
                    DbfReader.DbfRecord record = table.next();
                    ShpReader.ShpRecord shape = shapes.next();
                    if (record == null) {
                        return false;
                    }
                    if (shape == null) {
                        throw InputProblem.notOpened("the .shp file has fewer records than the .dbf file", null);
                    }
                    if (!record.deleted()) {
                        next = row(++number, record.cells(), shape);
                    }
                }
                return true;
            } catch (IOException e) {
                throw InputProblem.notOpened("not readable as a Shapefile: " + e.getMessage(), e);
            }
        }

        @Override
        public Row next() throws InputProblem {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }

        private Row row(long n, byte[][] cells, ShpReader.ShpRecord shape) {
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                Object value = value(fields.get(i), cells[i]);
                if (value != null) {
                    values.put(fields.get(i).name(), value);
                }
            }
            return new Row(n, null, values, shape.geometry(), shape.error());
        }

        @Override
        public void close() {
            try {
                table.close();
                shapes.close();
            } catch (IOException e) {
                // read-only files: nothing is lost
            }
        }
    }

    /**
     * A cell as the checks expect it: text right-trimmed (DBF pads with spaces), numbers as BigInteger or
     * BigDecimal when they parse (else the raw text, which the type check reports), logicals as Boolean,
     * dates as their yyyyMMdd text; blank cells are null.
     */
    private Object value(DbfField field, byte[] cell) {
        String text = (field.isText() ? new String(cell, charset) : new String(cell, StandardCharsets.ISO_8859_1))
                .replaceFirst("[\\s\\x00]+$", "");
        if (!field.isText()) {
            text = text.strip();
        }
        if (text.isBlank() || text.chars().allMatch(c -> c == '*')) {
            return null;
        }
        return switch (field.type()) {
            case 'N', 'F' -> number(text, field.type() == 'N' && field.decimals() == 0);
            case 'L' -> switch (Character.toUpperCase(text.charAt(0))) {
                case 'T', 'Y' -> Boolean.TRUE;
                case 'F', 'N' -> Boolean.FALSE;
                default -> null;
            };
            default -> text;
        };
    }

    private static Object number(String text, boolean integer) {
        try {
            return integer ? new BigInteger(text) : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** The file next to the .shp with the same base name and this extension, in any letter case. */
    private Optional<Path> sibling(String extension) {
        String base = shp.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try (Stream<Path> files = Files.list(shp.getParent())) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                    .equals((base + "." + extension).toLowerCase(Locale.ROOT))).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readSmall(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
