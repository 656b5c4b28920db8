package fr.crige.core.feature;

import java.util.NoSuchElementException;

/**
 * The iteration protocol shared by cursor-backed readers: {@link #hasNext} reads one feature ahead with
 * {@link #readNext}, and the resources are released ({@link #release}) exactly once, as soon as the cursor is
 * exhausted, fails or is closed, whichever comes first. Releasing at exhaustion gives pooled connections back
 * without waiting for the caller's {@code close()}, which remains safe to call any number of times.
 */
public abstract class LookAheadFeatureReader implements FeatureReader {

    private Feature next;
    private boolean closed;

    /** The next feature of the cursor, or null when there is none. */
    protected abstract Feature readNext();

    /** Releases the cursor and its connection; called once. */
    protected abstract void release();

    @Override
    public final boolean hasNext() {
        if (next == null && !closed) {
            try {
                next = readNext();
            } catch (RuntimeException e) {
                closeAfter(e);
                throw e;
            }
            if (next == null) {
                close();
            }
        }
        return next != null;
    }

    @Override
    public final Feature next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Feature f = next;
        next = null;
        return f;
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        next = null;
        release();
    }

    private void closeAfter(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
