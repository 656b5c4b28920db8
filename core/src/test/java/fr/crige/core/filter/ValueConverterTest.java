package fr.crige.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.feature.AttributeType;
import fr.crige.core.store.InvalidQueryException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

    @Test
    void convertsNumbers() {
        assertThat(ValueConverter.convert(" 42 ", AttributeType.INTEGER, "n")).isEqualTo(42);
        assertThat(ValueConverter.convert("9000000000", AttributeType.LONG, "n")).isEqualTo(9_000_000_000L);
        assertThat(ValueConverter.convert("1.5e2", AttributeType.DOUBLE, "n")).isEqualTo(150.0);
        assertThat(ValueConverter.convert("12.30", AttributeType.DECIMAL, "n")).isEqualTo(new BigDecimal("12.30"));
        assertThat(ValueConverter.convert(7L, AttributeType.INTEGER, "n")).isEqualTo(7);
        assertThat(ValueConverter.toNumber(2.5, "n")).isEqualByComparingTo("2.5");
    }

    @Test
    void rejectsValuesThatDoNotFitAndNamesTheAttribute() {
        assertThatThrownBy(() -> ValueConverter.convert("12.5", AttributeType.INTEGER, "population"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("population")
                .extracting(e -> ((InvalidQueryException) e).locator()).isEqualTo("population");
        assertThatThrownBy(() -> ValueConverter.convert("' OR 1=1 --", AttributeType.LONG, "n"))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> ValueConverter.convert("3000000000", AttributeType.INTEGER, "n"))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> ValueConverter.convert("yes", AttributeType.BOOLEAN, "b"))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> ValueConverter.convert("2024-13-01", AttributeType.DATE, "d"))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> ValueConverter.toNumber(Double.NaN, "d")).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> ValueConverter.convert("POINT(1 2)", AttributeType.GEOMETRY, "g"))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void convertsBooleans() {
        assertThat(ValueConverter.convert("TRUE", AttributeType.BOOLEAN, "b")).isEqualTo(true);
        assertThat(ValueConverter.convert("0", AttributeType.BOOLEAN, "b")).isEqualTo(false);
        assertThat(ValueConverter.convert(1, AttributeType.BOOLEAN, "b")).isEqualTo(true);
    }

    @Test
    void convertsIsoDates() {
        assertThat(ValueConverter.convert("2024-05-01", AttributeType.DATE, "d")).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(ValueConverter.convert("2024-05-01T23:30:00-02:00", AttributeType.DATE, "d"))
                .isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(ValueConverter.convert("2024-05-01T10:00:00Z", AttributeType.DATETIME, "d"))
                .isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 0));
        assertThat(ValueConverter.convert("2024-05-01 10:00:00.250", AttributeType.DATETIME, "d"))
                .isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 0, 0, 250_000_000));
        assertThat(ValueConverter.convert("2024-05-01", AttributeType.DATETIME, "d"))
                .isEqualTo(LocalDateTime.of(2024, 5, 1, 0, 0));
        assertThat(ValueConverter.convert("2024-05-01T10:00:00+02:00", AttributeType.DATETIME_TZ, "d"))
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(ValueConverter.convert("2024-05-01T10:00:00", AttributeType.DATETIME_TZ, "d"))
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(ValueConverter.convert("10:15", AttributeType.TIME, "t")).isEqualTo(LocalTime.of(10, 15));
    }

    @Test
    void keepsNullsAndValuesAlreadyOfTheType() {
        assertThat(ValueConverter.convert(null, AttributeType.DATE, "d")).isNull();
        assertThat(ValueConverter.convert(12, AttributeType.STRING, "s")).isEqualTo("12");
        LocalDate d = LocalDate.of(2020, 1, 1);
        assertThat(ValueConverter.convert(d, AttributeType.DATE, "d")).isSameAs(d);
    }
}
