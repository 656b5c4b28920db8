package fr.crige.ows.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.ows.OwsException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyReaderTest {

    private final BoundedBodyReader reader = new BoundedBodyReader(10);

    @Test
    void readsABodyUpToTheLimit() {
        assertThat(reader.read(new ByteArrayInputStream(new byte[10]), -1)).hasSize(10);
    }

    @Test
    void refusesADeclaredLengthAboveTheLimitWithoutReading() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
        assertThatThrownBy(() -> reader.read(untouchable, 11))
                .isInstanceOfSatisfying(OwsException.class, e -> assertThat(e.httpStatus()).isEqualTo(413));
    }

    @Test
    void stopsReadingAnUndeclaredBodyJustPastTheLimit() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> reader.read(endless, -1))
                .isInstanceOfSatisfying(OwsException.class, e -> assertThat(e.httpStatus()).isEqualTo(413));
        assertThat(endless.served).isEqualTo(11);
    }

    /** An endless body counting the bytes handed out. */
    private static final class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = Math.min(len, 3);
            served += n;
            return n;
        }
    }
}
