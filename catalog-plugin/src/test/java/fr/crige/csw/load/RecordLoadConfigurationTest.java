package fr.crige.csw.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RecordLoadConfigurationTest {

    @Test
    void limitsDefaultToTenThousandEntriesTwentyMegabytesPerRecordAndFiveHundredPerArchive() {
        assertThat(RecordLoadConfiguration.limits(new MockEnvironment()))
                .isEqualTo(new RecordLoadLimits(10_000, 20L << 20, 500L << 20));
    }

    @Test
    void limitsAreReadFromPropertiesWithSizeUnits() {
        MockEnvironment env = new MockEnvironment().withProperty("crige.csw.load.max-entries", "50")
                .withProperty("crige.csw.load.max-record-size", "512KB")
                .withProperty("crige.csw.load.max-archive-size", "2GB");

        assertThat(RecordLoadConfiguration.limits(env)).isEqualTo(new RecordLoadLimits(50, 512L << 10, 2L << 30));
    }

    @Test
    void inconsistentLimitsFailAtStartWithTheValues() {
        MockEnvironment env = new MockEnvironment().withProperty("crige.csw.load.max-record-size", "1GB")
                .withProperty("crige.csw.load.max-archive-size", "10MB");

        assertThatThrownBy(() -> RecordLoadConfiguration.limits(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10485760 bytes per archive");
    }
}
