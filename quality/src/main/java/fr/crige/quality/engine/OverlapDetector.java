package fr.crige.quality.engine;

import fr.crige.quality.model.TopologyRule;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.relateng.IntersectionMatrixPattern;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;

/**
 * Finds the pairs of features of a table whose intersection area exceeds the tolerance (rule-model.md §5,
 * noOverlap), with memory that does not depend on the size of the geometries or of the table's extent.
 *
 * <p>While rows stream, each usable geometry is appended as WKB to a temporary spill file; only two longs per
 * feature stay in memory (its position in the file, and a sort key made of its envelope's minimum x and its
 * index). {@link #report} sorts the keys and sweeps a vertical line from west to east: a feature enters the
 * active set when the line reaches its envelope and leaves it when the line has passed it, and each new
 * feature is compared with the active features whose envelopes intersect its own. Only the features crossing
 * the sweep line are in memory as geometries: for a partition of a territory (parcels, zoning) that is about
 * the square root of their number. Features sharing only an edge intersect with area 0 and do not overlap.
 *
 * <p>A plane sweep is used rather than an STR-tree over every geometry (the previous design kept all geometries
 * in memory: about 1 GB of heap for 500,000 parcels); JTS offers no out-of-core index, hence this class.
 */
final class OverlapDetector implements AutoCloseable {

    /** Bytes of a spilled record before the WKB: row, WKB length. */
    private static final int HEADER = Long.BYTES + Integer.BYTES;

    private final String table;
    private final TopologyRule rule;
    private final Path spill;
    private final DataOutputStream out;
    private final WKBWriter wkb = new WKBWriter(2);
    private long[] keys = new long[1024];
    private long[] offsets = new long[1024];
    private int size;
    private long written;

    /**
     * Creates the spill file in the default temporary folder; {@link #close()} deletes it.
     *
     * @throws UncheckedIOException when the spill file cannot be created
     */
    OverlapDetector(String table, TopologyRule rule) {
        this.table = table;
        this.rule = rule;
        try {
            this.spill = Files.createTempFile("crige-overlap-", ".wkb");
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the overlap spill file", e);
        }
    }

    void add(long row, Geometry geometry) {
        if (size == Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many features for the overlap check");
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size + (size >> 1));
            offsets = Arrays.copyOf(offsets, keys.length);
        }
        byte[] bytes = wkb.write(geometry);
        try {
            out.writeLong(row);
            out.writeInt(bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the overlap spill file " + spill, e);
        }
        keys[size] = ((long) sortableBits(floorFloat(geometry.getEnvelopeInternal().getMinX())) << 32) | size;
        offsets[size] = written;
        written += HEADER + bytes.length;
        size++;
    }

    void report(FindingSink sink) {
        List<Overlap> overlaps = new ArrayList<>();
        try {
            out.close();
            try (FileChannel channel = FileChannel.open(spill, StandardOpenOption.READ)) {
                sweep(channel, (a, b, intersection, area) -> {
                    long first = Math.min(a.row, b.row);
                    long second = Math.max(a.row, b.row);
                    overlaps.add(new Overlap(first, second, sink.create(rule.code(), rule.severity(),
                            table + "." + rule.id()).rows(List.of(first, second)).attribute("geometry")
                            .intersectionArea(area).errorGeometry(intersection.getInteriorPoint().toText())));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the overlap spill file " + spill, e);
        }
        // findings in row order (lower row first, then the other), whatever the sweep order
        overlaps.sort(Comparator.comparingLong(Overlap::first).thenComparingLong(Overlap::second));
        overlaps.forEach(o -> sink.add(o.finding()));
    }

    private void sweep(FileChannel channel, OverlapConsumer consumer) throws IOException {
        Arrays.sort(keys, 0, size);
        WKBReader reader = new WKBReader(new GeometryFactory());
        List<Active> active = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            // every feature still to come has minX >= this key: the active features ending before it are done
            float sweepX = fromSortableBits((int) (keys[k] >> 32));
            Active current = read(channel, offsets[(int) keys[k]], reader);
            Envelope envelope = current.envelope();
            RelateNG prepared = null;
            for (int i = 0; i < active.size(); i++) {
                Active other = active.get(i);
                if (other.envelope().getMaxX() < sweepX) {
                    Active last = active.remove(active.size() - 1);
                    if (i < active.size()) {
                        active.set(i, last);
                        i--;
                    }
                    continue;
                }
                if (!envelope.intersects(other.envelope())) {
                    continue;
                }
                if (prepared == null) {
                    prepared = RelateNG.prepare(current.geometry);
                }
                // neighbours of a partition touch along edges: only interiors that meet can have an area in common,
                // and testing that is much cheaper than computing every intersection
                // a RelateNG predicate accumulates the matrix of one evaluation: a new one for each pair
                if (!prepared.evaluate(other.geometry,
                        RelatePredicate.matches(IntersectionMatrixPattern.INTERIOR_INTERSECTS))) {
                    continue;
                }
                Geometry intersection = current.geometry.intersection(other.geometry);
                double area = intersection.getArea();
                if (area > rule.areaTolerance()) {
                    consumer.overlap(current, other, intersection, area);
                }
            }
            active.add(current);
        }
    }

    private static Active read(FileChannel channel, long offset, WKBReader reader) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        readFully(channel, header, offset);
        header.flip();
        long row = header.getLong();
        ByteBuffer body = ByteBuffer.allocate(header.getInt());
        readFully(channel, body, offset + HEADER);
        try {
            return new Active(row, reader.read(body.array()));
        } catch (ParseException e) {
            throw new IOException("corrupt overlap spill file at " + offset, e);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EOFException("overlap spill file truncated at " + at);
            }
            at += n;
        }
    }

    /** The largest float not greater than the value, so that sorting by it never puts a feature too late. */
    private static float floorFloat(double value) {
        float f = (float) value;
        return f > value ? Math.nextDown(f) : f;
    }

    /** Maps a float to an int whose signed order is the float's order. */
    private static int sortableBits(float f) {
        int bits = Float.floatToIntBits(f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    private static float fromSortableBits(int sortable) {
        return Float.intBitsToFloat(sortable ^ ((sortable >> 31) & 0x7fffffff));
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(spill);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the overlap spill file " + spill, e);
        }
    }

    /** A feature crossing the sweep line. */
    private record Active(long row, Geometry geometry) {
        /** Computed once by JTS and kept in the geometry. */
        Envelope envelope() {
            return geometry.getEnvelopeInternal();
        }
    }

    /** An overlap found by the sweep, with the rows in ascending order. */
    private record Overlap(long first, long second, Finding.Builder finding) {
    }

    @FunctionalInterface
    private interface OverlapConsumer {
        void overlap(Active a, Active b, Geometry intersection, double area);
    }
}
