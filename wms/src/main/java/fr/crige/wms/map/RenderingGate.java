package fr.crige.wms.map;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a bounded number of maps render at once, the others waiting in arrival order. Rendering is CPU-bound:
 * eight requests drawn at once on two cores all finish late (and each holds its image and its database
 * cursor meanwhile), where two at a time finish the first ones early and the last ones no later. A request
 * that waits longer than the queue timeout is answered with a service exception (HTTP 503), so that an
 * overloaded server says so instead of piling up work.
 *
 * <p>A semaphore rather than an executor: the request thread renders itself, with no hand-off, and the
 * servlet container keeps owning the threads.
 */
public final class RenderingGate {

    /** WMS defines no code for an overloaded server: NoApplicableCode, with the HTTP status that means it. */
    static final OwsExceptionCode SERVER_BUSY = new OwsExceptionCode("NoApplicableCode", 503);

    private final Semaphore permits;
    private final Duration queueTimeout;

    /**
     * @param concurrency  how many maps render at once, usually the number of cores
     * @param queueTimeout how long a request waits for its turn
     */
    public RenderingGate(int concurrency, Duration queueTimeout) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("At least one map must be able to render");
        }
        this.permits = new Semaphore(concurrency, true);
        this.queueTimeout = queueTimeout;
    }

    /** A turn to render, to be closed when the map is drawn. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for a turn.
     *
     * @throws OwsException NoApplicableCode (503) when no turn came within the queue timeout, or when the
     *                      thread was interrupted while waiting
     */
    public Turn enter() {
        try {
            if (!permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OwsException(SERVER_BUSY, null, "The server is busy drawing other maps and could not "
                        + "start this one within " + queueTimeout.toSeconds() + " s; try again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OwsException(SERVER_BUSY, null, "Interrupted while waiting to draw the map", e);
        }
        return permits::release;
    }
}
