package fr.crige.core.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LookAheadFeatureReaderTest {

    private static final FeatureSchema SCHEMA = new FeatureSchema("t", "fid",
            List.of(AttributeDescriptor.of("n", AttributeType.INTEGER, true)));

    /** Reads from a list; a null element stands for a cursor failure. */
    private static final class ListReader extends LookAheadFeatureReader {
        private final Iterator<Integer> values;
        int reads;
        int releases;

        ListReader(Integer... values) {
            this.values = Arrays.asList(values).iterator();
        }

        @Override
        public FeatureSchema schema() {
            return SCHEMA;
        }

        @Override
        protected Feature readNext() {
            reads++;
            if (!values.hasNext()) {
                return null;
            }
            Integer v = values.next();
            if (v == null) {
                throw new IllegalStateException("cursor failed");
            }
            return new Feature(SCHEMA, "t." + v, new Object[] {v});
        }

        @Override
        protected void release() {
            releases++;
        }
    }

    @Test
    void readsOneAheadAndReleasesOnceWhenExhausted() {
        ListReader r = new ListReader(1, 2);
        assertThat(r.hasNext()).isTrue();
        assertThat(r.hasNext()).isTrue();
        assertThat(r.reads).isEqualTo(1);
        assertThat(r.next().id()).isEqualTo("t.1");
        assertThat(r.next().id()).isEqualTo("t.2");
        assertThat(r.releases).isZero();
        assertThat(r.hasNext()).isFalse();
        assertThat(r.releases).isEqualTo(1);
        assertThatThrownBy(r::next).isInstanceOf(NoSuchElementException.class);
        r.close();
        r.close();
        assertThat(r.releases).isEqualTo(1);
        assertThat(r.reads).isEqualTo(3);
    }

    @Test
    void releasesOnFailureAndStopsReadingAfterClose() {
        ListReader failing = new ListReader(1, null, 3);
        failing.next();
        assertThatThrownBy(failing::hasNext).hasMessage("cursor failed");
        assertThat(failing.releases).isEqualTo(1);
        assertThat(failing.hasNext()).isFalse();

        ListReader closed = new ListReader(1, 2);
        closed.hasNext();
        closed.close();
        assertThat(closed.hasNext()).isFalse();
        assertThat(closed.reads).isEqualTo(1);
        assertThat(closed.releases).isEqualTo(1);
    }
}
