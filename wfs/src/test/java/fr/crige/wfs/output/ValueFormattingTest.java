package fr.crige.wfs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ValueFormattingTest {

    @Test
    void coordinatesHaveNoExponent() {
        StringBuilder out = new StringBuilder();
        Numbers.append(out, 20037508.342789244);
        out.append(' ');
        Numbers.append(out, 6700000.0);
        out.append(' ');
        Numbers.append(out, 0.00001);
        assertThat(out.toString()).isEqualTo("20037508.342789244 6700000 0.00001");
    }

    @Test
    void xmlSchemaLexicalForms() {
        assertThat(XmlValues.format(LocalDateTime.of(2024, 5, 1, 10, 0))).isEqualTo("2024-05-01T10:00:00");
        assertThat(XmlValues.format(LocalTime.of(8, 30))).isEqualTo("08:30:00");
        // a response's timeStamp on a whole minute (the OGC suite caught "2026-11-23T00:16Z")
        assertThat(XmlValues.format(OffsetDateTime.of(2026, 11, 23, 0, 16, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2026-11-23T00:16:00Z");
        assertThat(XmlValues.format(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(XmlValues.format(Double.POSITIVE_INFINITY)).isEqualTo("INF");
        assertThat(XmlValues.format(new byte[] {1, 2})).isEqualTo("AQI=");
    }
}
