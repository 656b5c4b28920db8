package fr.crige.wfs.output.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The shapefile and dBASE writers, byte by byte where the format is strict. */
class ShapefileWritersTest {

    @TempDir
    Path dir;

    @Test
    void polygonShellsAreClockwiseAndHolesCounterClockwise() throws Exception {
        // shell counter-clockwise and hole clockwise: both must be reversed on writing
        Geometry polygon = new WKTReader().read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))");
        try (ShpWriter shp = new ShpWriter(dir.resolve("a.shp"), dir.resolve("a.shx"), ShapeType.POLYGON)) {
            shp.write(polygon);
            shp.write(null);
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("a.shp")));
        assertThat(b.getInt(24) * 2).isEqualTo(b.capacity());
        b.order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(32)).isEqualTo(5);
        assertThat(b.getDouble(36)).isZero();
        assertThat(b.getDouble(52)).isEqualTo(10.0);
        int content = 108; // 100-byte header + 8-byte record header
        assertThat(b.getInt(content)).isEqualTo(5);
        assertThat(b.getInt(content + 36)).as("parts").isEqualTo(2);
        assertThat(b.getInt(content + 40)).as("points").isEqualTo(10);
        int points = content + 44 + 8;
        // clockwise shell from (0 0): next point is (0 10)
        assertThat(new double[] {b.getDouble(points + 16), b.getDouble(points + 24)}).containsExactly(0, 10);
        // counter-clockwise hole from (2 2): next point is (4 2)
        assertThat(new double[] {b.getDouble(points + 96), b.getDouble(points + 104)}).containsExactly(4, 2);
        ByteBuffer shx = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("a.shx")));
        assertThat(shx.capacity()).isEqualTo(116);
        assertThat(shx.getInt(100)).as("first offset in 16-bit words").isEqualTo(50);
        assertThat(shx.getInt(112)).as("null shape content length").isEqualTo(2);
    }

    @Test
    void aShapefileHoldsOneGeometryType() throws Exception {
        WKTReader wkt = new WKTReader();
        try (ShpWriter shp = new ShpWriter(dir.resolve("b.shp"), dir.resolve("b.shx"), null)) {
            shp.write(wkt.read("LINESTRING (0 0, 1 1)"));
            shp.write(wkt.read("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))"));
            assertThatThrownBy(() -> shp.write(wkt.read("POINT (1 1)")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one geometry type");
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("b.shp"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(32)).as("type taken from the first geometry").isEqualTo(3);
    }

    @Test
    void dbaseFieldsAndRecords() throws Exception {
        FeatureSchema schema = new FeatureSchema("t", "id", List.of(
                AttributeDescriptor.geometry("geom", GeometryKind.POINT, 2154, true),
                AttributeDescriptor.of("nom_de_la_commune", AttributeType.STRING, true),
                AttributeDescriptor.of("nom_de_la_commune_bis", AttributeType.STRING, true),
                AttributeDescriptor.of("surface", AttributeType.DOUBLE, true),
                AttributeDescriptor.of("ok", AttributeType.BOOLEAN, true),
                AttributeDescriptor.of("jour", AttributeType.DATE, true),
                AttributeDescriptor.of("photo", AttributeType.BINARY, true)));
        List<DbfField> fields = ShapefileOutputFormat.fields(schema);
        assertThat(fields).extracting(DbfField::name)
                .containsExactly("nom_de_la_", "nom_de_l_1", "surface", "ok", "jour");
        String accents = "é".repeat(200); // 400 bytes in UTF-8
        Feature feature = new Feature(schema, "t.1", new Object[] {null, accents, null, 1234.5, null,
                LocalDate.of(2024, 3, 9), new byte[] {1}});
        try (DbfWriter dbf = new DbfWriter(dir.resolve("t.dbf"), fields)) {
            dbf.write(feature);
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("t.dbf"));
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(4)).as("records").isEqualTo(1);
        int header = b.getShort(8);
        int recordLength = b.getShort(10);
        assertThat(header).isEqualTo(32 + 32 * 5 + 1);
        assertThat(recordLength).isEqualTo(1 + 254 + 254 + 24 + 1 + 8);
        assertThat(bytes).hasSize(header + recordLength + 1);
        String name = new String(bytes, header + 1, 254, StandardCharsets.UTF_8).trim();
        assertThat(name).isEqualTo("é".repeat(127)).as("cut between characters");
        String number = new String(bytes, header + 1 + 508, 24, StandardCharsets.US_ASCII);
        assertThat(number).isEqualTo("    1234.500000000000000");
        assertThat((char) bytes[header + 1 + 532]).as("unknown boolean").isEqualTo('?');
        assertThat(new String(bytes, header + 1 + 533, 8, StandardCharsets.US_ASCII)).isEqualTo("20240309");
    }

    @Test
    void numbersTooWideForTheFieldLoseDecimalsFirst() {
        DbfField field = DbfField.of("x", AttributeDescriptor.of("x", AttributeType.DECIMAL, true));
        String big = new String(field.encode(new BigDecimal("123456789012345678.25")), StandardCharsets.US_ASCII);
        assertThat(big).hasSize(24).isEqualTo("123456789012345678.25000");
        String huge = new String(field.encode(1.5e300), StandardCharsets.US_ASCII);
        assertThat(Double.parseDouble(huge.trim())).isEqualTo(1.5e300);
    }
}
