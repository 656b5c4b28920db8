package fr.crige.wfs.output.shapefile;

import fr.crige.core.feature.Feature;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a dBASE III table (.dbf), the attribute part of a shapefile, one record at a time. Text is UTF-8, which
 * the .cpg file beside it declares. The header holds the record count, so it is written again on close.
 */
final class DbfWriter implements Closeable {

    private static final int FIELD_DESCRIPTOR_BYTES = 32;

    private final FileChannel dbf;
    private final List<DbfField> fields;
    private final ByteBuffer record;
    private int records;

    DbfWriter(Path file, List<DbfField> fields) throws IOException {
        this.fields = List.copyOf(fields);
        int recordBytes = 1 + fields.stream().mapToInt(DbfField::width).sum();
        if (recordBytes > 0xFFFF) {
            throw new IllegalArgumentException("A dBASE record is at most 65535 bytes");
        }
        this.record = ByteBuffer.allocate(recordBytes);
        this.dbf = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        dbf.write(header());
    }

    /** Appends the record of a feature. */
    void write(Feature feature) throws IOException {
        record.clear();
        record.put((byte) ' '); // not deleted
        for (DbfField field : fields) {
            record.put(field.encode(feature.get(field.attribute().name())));
        }
        record.flip();
        while (record.hasRemaining()) {
            dbf.write(record);
        }
        records++;
    }

    @Override
    public void close() throws IOException {
        try (dbf) {
            dbf.write(ByteBuffer.wrap(new byte[] {0x1A})); // end of file
            dbf.write(header(), 0);
        }
    }

    private ByteBuffer header() {
        int headerBytes = 32 + FIELD_DESCRIPTOR_BYTES * fields.size() + 1;
        ByteBuffer h = ByteBuffer.allocate(headerBytes).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        h.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth());
        h.putInt(records).putShort((short) headerBytes).putShort((short) record.capacity());
        h.position(32);
        for (DbfField field : fields) {
            byte[] name = field.name().getBytes(StandardCharsets.US_ASCII);
            int start = h.position();
            h.put(name, 0, Math.min(name.length, 10));
            h.position(start + 11);
            h.put((byte) field.type());
            h.position(start + 16);
            h.put((byte) field.width()).put((byte) field.decimals());
            h.position(start + FIELD_DESCRIPTOR_BYTES);
        }
        h.put((byte) 0x0D);
        return h.flip();
    }
}
