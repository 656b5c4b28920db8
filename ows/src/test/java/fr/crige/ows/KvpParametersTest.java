package fr.crige.ows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KvpParametersTest {

    @Test
    void namesAreCaseInsensitiveAndValuesKeptAsGiven() {
        KvpParameters kvp = KvpParameters.builder().add("typeNames", "Topp:States").build();

        assertThat(kvp.get("TYPENAMES")).contains("Topp:States");
        assertThat(kvp.get("typenames")).contains("Topp:States");
        assertThat(kvp.contains("TypeNames")).isTrue();
        assertThat(kvp.names()).containsExactly("TYPENAMES");
    }

    @Test
    void repeatsWithTheSameValueCollapse() {
        KvpParameters kvp = KvpParameters.builder().add("SERVICE", "WMS").add("service", "WMS").build();

        assertThat(kvp.get("Service")).contains("WMS");
        assertThat(kvp.getAll("service")).containsExactly("WMS", "WMS");
    }

    @Test
    void conflictingRepeatsAreRefusedForASingleValue() {
        KvpParameters kvp = KvpParameters.builder().add("LAYERS", "a").add("layers", "b").build();

        assertThat(kvp.getAll("Layers")).containsExactly("a", "b");
        assertThatThrownBy(() -> kvp.get("layers"))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.INVALID_PARAMETER_VALUE);
                    assertThat(e.locator()).isEqualTo("layers");
                });
    }

    @Test
    void requireRefusesAbsentAndBlankValues() {
        KvpParameters kvp = KvpParameters.builder().add("VERSION", " ").build();

        assertThatThrownBy(() -> kvp.require("version"))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.MISSING_PARAMETER_VALUE);
                    assertThat(e.locator()).isEqualTo("version");
                });
        assertThatThrownBy(() -> kvp.require("request")).isInstanceOf(OwsException.class);
    }
}
