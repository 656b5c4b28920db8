package fr.crige.ows.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.TestService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionNegotiatorTest {

    /** Declared out of order on purpose; 1.10.0 sorts after 1.3.0. */
    private final TestService wms = new TestService("WMS", List.of("1.3.0", "1.1.1", "1.10.0"), null);

    @ParameterizedTest(name = "VERSION={0} gives {1}")
    @CsvSource(nullValues = "-", value = {
            "1.1.1, 1.1.1",
            "1.3.0, 1.3.0",
            "1.2.0, 1.1.1",
            "1.9.9, 1.3.0",
            "0.9.0, 1.1.1",
            "2.0.0, 1.10.0",
            "-, 1.10.0",
            "not-a-version, 1.10.0"})
    void getCapabilitiesFollowsTheWmsRules(String requested, String expected) {
        assertThat(VersionNegotiator.forGetCapabilities(wms, List.of(), requested)).isEqualTo(expected);
    }

    @Test
    void acceptVersionsTakesTheFirstSupportedOneInClientOrder() {
        assertThat(VersionNegotiator.forGetCapabilities(wms, List.of("2.0.0", "1.1.1", "1.3.0"), "1.3.0"))
                .isEqualTo("1.1.1");
    }

    @Test
    void acceptVersionsWithoutASupportedOneFails() {
        assertThatThrownBy(() -> VersionNegotiator.forGetCapabilities(wms, List.of("2.0.0", "0.1"), null))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.VERSION_NEGOTIATION_FAILED);
                    assertThat(e.locator()).isNull();
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("1.3.0");
                });
    }

    @Test
    void otherOperationsNeedAnExactSupportedVersion() {
        assertThat(VersionNegotiator.forOperation(wms, " 1.3.0 ")).isEqualTo("1.3.0");
        assertThatThrownBy(() -> VersionNegotiator.forOperation(wms, "1.2.0"))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.INVALID_PARAMETER_VALUE);
                    assertThat(e.locator()).isEqualTo("version");
                });
    }

    @Test
    void otherOperationsWithoutVersionNeedADeclaredDefault() {
        assertThatThrownBy(() -> VersionNegotiator.forOperation(wms, null))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.MISSING_PARAMETER_VALUE);
                    assertThat(e.locator()).isEqualTo("version");
                });
        TestService lenient = new TestService("WMS", List.of("1.3.0"), "1.3.0");
        assertThat(VersionNegotiator.forOperation(lenient, "")).isEqualTo("1.3.0");
    }

    @Test
    void versionsCompareNumberByNumber() {
        OwsVersion v190 = OwsVersion.parse("1.9.0").orElseThrow();
        OwsVersion v1100 = OwsVersion.parse("1.10.0").orElseThrow();
        assertThat(v190).isLessThan(v1100);
        assertThat(OwsVersion.parse("2.0")).contains(OwsVersion.parse("2.0.0").orElseThrow());
        assertThat(OwsVersion.parse("2.x")).isEmpty();
    }
}
