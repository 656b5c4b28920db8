package fr.crige.wms.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.ows.OwsException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RenderingGateTest {

    @Test
    void aRequestWaitingLongerThanTheQueueTimeoutIsRefusedAsBusy() {
        RenderingGate gate = new RenderingGate(1, Duration.ofMillis(50));
        try (RenderingGate.Turn first = gate.enter()) {
            long start = System.nanoTime();
            assertThatThrownBy(gate::enter).isInstanceOfSatisfying(OwsException.class, e -> {
                assertThat(e.code().name()).isEqualTo("NoApplicableCode");
                assertThat(e.code().httpStatus()).isEqualTo(503);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(45));
        }
        try (RenderingGate.Turn again = gate.enter()) {
            assertThat(again).as("the turn is given back when the first map is drawn").isNotNull();
        }
    }

    @Test
    void asManyMapsAsAllowedRenderAtOnce() throws Exception {
        RenderingGate gate = new RenderingGate(2, Duration.ofMillis(50));
        try (RenderingGate.Turn a = gate.enter(); RenderingGate.Turn b = gate.enter()) {
            assertThatThrownBy(gate::enter).isInstanceOf(OwsException.class);
        }
    }
}
