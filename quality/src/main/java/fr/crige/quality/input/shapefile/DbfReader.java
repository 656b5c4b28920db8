package fr.crige.quality.input.shapefile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a DBF (dBASE III+) table record by record, giving each cell as its raw bytes: decoding text is left
 * to the caller, which must tell a wrong code page from right data.
 */
final class DbfReader implements AutoCloseable {

    private static final int END_OF_FIELDS = 0x0D;
    private static final int END_OF_FILE = 0x1A;

    private final DataInputStream in;
    private final List<DbfField> fields;
    private final long recordCount;
    private final int recordLength;
    private final int languageDriver;
    private long read;

    DbfReader(Path file) throws IOException {
        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
        try {
            byte[] header = new byte[32];
            in.readFully(header);
            ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
            recordCount = Integer.toUnsignedLong(h.getInt(4));
            int headerLength = Short.toUnsignedInt(h.getShort(8));
            recordLength = Short.toUnsignedInt(h.getShort(10));
            languageDriver = Byte.toUnsignedInt(header[29]);
            fields = new ArrayList<>();
            int consumed = 32;
            int width = 1;
            while (consumed + 32 <= headerLength) {
                byte[] d = new byte[32];
                in.readFully(d, 0, 1);
                consumed++;
                if (Byte.toUnsignedInt(d[0]) == END_OF_FIELDS) {
                    break;
                }
                in.readFully(d, 1, 31);
                consumed += 31;
                int nameEnd = 0;
                while (nameEnd < 11 && d[nameEnd] != 0) {
                    nameEnd++;
                }
                DbfField field = new DbfField(new String(d, 0, nameEnd, StandardCharsets.ISO_8859_1).trim(),
                        (char) d[11], Byte.toUnsignedInt(d[16]), Byte.toUnsignedInt(d[17]));
                fields.add(field);
                width += field.length();
            }
            if (width > recordLength || consumed > headerLength) {
                throw new IOException("the .dbf header is inconsistent (fields of " + width + " bytes in records of "
                        + recordLength + ")");
            }
            in.skipNBytes(headerLength - consumed);
        } catch (EOFException e) {
            in.close();
            throw new IOException("the .dbf file ends inside its header");
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    List<DbfField> fields() {
        return List.copyOf(fields);
    }

    /** The language driver id (byte 29), the code page some writers declare instead of a .cpg file. */
    int languageDriver() {
        return languageDriver;
    }

    /** One record: its cells, and whether it is marked deleted (its geometry must be skipped too). */
    record DbfRecord(boolean deleted, byte[][] cells) {
    }

    /** The next record, or null at the end. */
    DbfRecord next() throws IOException {
        if (read >= recordCount) {
            return null;
        }
        int flag = in.read();
        if (flag < 0 || flag == END_OF_FILE) {
            throw new IOException("the .dbf file holds " + read + " records, its header announces " + recordCount);
        }
        byte[] record = new byte[recordLength - 1];
        in.readFully(record);
        read++;
        byte[][] cells = new byte[fields.size()][];
        int offset = 0;
        for (int i = 0; i < cells.length; i++) {
            int length = fields.get(i).length();
            cells[i] = Arrays.copyOfRange(record, offset, offset + length);
            offset += length;
        }
        return new DbfRecord(flag == '*', cells);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
