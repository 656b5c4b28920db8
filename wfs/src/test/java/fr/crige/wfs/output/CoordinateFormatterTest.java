package fr.crige.wfs.output;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.wfs.CoordinatePrecision;
import org.junit.jupiter.api.Test;

class CoordinateFormatterTest {

    private static String format(int decimals, double value) {
        StringBuilder out = new StringBuilder();
        CoordinateFormatter.of(decimals).append(out, value);
        return out.toString();
    }

    @Test
    void roundsToTheDecimalsAndDropsTrailingZeros() {
        assertThat(format(3, 652345.123456)).isEqualTo("652345.123");
        assertThat(format(3, 6852345.1)).isEqualTo("6852345.1");
        assertThat(format(3, 1.05)).isEqualTo("1.05");
        assertThat(format(3, 1.005)).isEqualTo("1.005");
        assertThat(format(3, 2.0)).isEqualTo("2");
        assertThat(format(3, 0.0004)).isEqualTo("0");
        assertThat(format(8, 47.123456789)).isEqualTo("47.12345679");
        assertThat(format(8, 0.00000001)).isEqualTo("0.00000001");
        assertThat(format(0, 2.5)).isEqualTo("3");
    }

    @Test
    void negativeValuesKeepTheirSignButNoNegativeZero() {
        assertThat(format(3, -0.5)).isEqualTo("-0.5");
        assertThat(format(8, -1.23456789)).isEqualTo("-1.23456789");
        assertThat(format(3, -0.0001)).isEqualTo("0");
    }

    @Test
    void fullPrecisionAndHugeValuesWriteEveryDigitWithoutExponent() {
        assertThat(format(CoordinatePrecision.FULL, 652345.123456789)).isEqualTo("652345.123456789");
        assertThat(format(CoordinatePrecision.FULL, 6852345.5)).isEqualTo("6852345.5");
        assertThat(format(3, 1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void readsBackWithinHalfAUnitOfTheLastDecimal() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            double value = (random.nextDouble() - 0.5) * 2e7;
            assertThat(Double.parseDouble(format(3, value))).isCloseTo(value,
                    org.assertj.core.data.Offset.offset(5.0001e-4));
        }
    }
}
