package fr.crige.wfs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
        assertThat(XmlValues.format(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(XmlValues.format(Double.POSITIVE_INFINITY)).isEqualTo("INF");
        assertThat(XmlValues.format(new byte[] {1, 2})).isEqualTo("AQI=");
    }
}
