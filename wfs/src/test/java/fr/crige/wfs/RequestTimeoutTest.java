package fr.crige.wfs;

import static fr.crige.wfs.SampleWfs.kvp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The WFS request time limit: a request past it before anything is written is an OperationProcessingFailed
 * report; once streaming, the document is cut where it was, not closed, so it cannot pass for a complete one.
 */
class RequestTimeoutTest extends AbstractSampleWfsTest {

    @Test
    void aRequestPastItsDeadlineBeforeWritingIsAProcessingFailure() {
        WfsService wfs = sample.service(WfsSettings.defaults().withRequestTimeout(Duration.ofNanos(1)));
        OwsRequest request = kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "count", "10");
        assertThatThrownBy(() -> execute(wfs, request, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.OPERATION_PROCESSING_FAILED);
                    assertThat(e.getMessage()).contains("time limit");
                });
    }

    @Test
    void aStreamPastItsDeadlineIsCutAndStaysInvalid() throws Exception {
        WfsService wfs = sample.service(WfsSettings.defaults().withRequestTimeout(Duration.ofMillis(300)));
        for (String format : new String[] {"application/json", "application/gml+xml; version=3.2"}) {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            SlowClient client = new SlowClient(received);
            OwsRequest request = kvp("2.0.0", "GetFeature", "typeNames", "cvl:communes", "outputFormat", format);
            assertThatThrownBy(() -> execute(wfs, request, client)).isInstanceOfSatisfying(OwsException.class,
                    e -> assertThat(e.code()).isEqualTo(OwsExceptionCode.OPERATION_PROCESSING_FAILED));
            byte[] body = received.toByteArray();
            assertThat(body).as("part of the response was sent").isNotEmpty();
            if (format.equals("application/json")) {
                assertThatThrownBy(() -> new ObjectMapper().readTree(body)).as("cut JSON").isInstanceOf(
                        IOException.class);
            } else {
                assertThatThrownBy(() -> SampleWfs.xpath(body, "/")).as("cut XML").isInstanceOf(Exception.class);
            }
        }
    }

    private static void execute(WfsService wfs, OwsRequest request, OutputStream out) throws IOException {
        OwsResponse response = wfs.operations().get(request.request()).execute(request);
        response.body().writeTo(out);
    }

    /** A client reading slowly: every 8 KiB written takes 20 ms, so the communes take seconds to send. */
    private static final class SlowClient extends OutputStream {
        private final OutputStream received;
        private long sinceLastPause;

        SlowClient(OutputStream received) {
            this.received = received;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            received.write(b, off, len);
            sinceLastPause += len;
            if (sinceLastPause >= 8192) {
                sinceLastPause = 0;
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
    }
}
