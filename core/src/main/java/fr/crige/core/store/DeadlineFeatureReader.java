package fr.crige.core.store;

import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.query.QueryHints;
import java.time.Instant;

/**
 * Stops a feature stream at the deadline of its query: every read checks the clock and, once the deadline
 * has passed, closes the underlying reader (giving its cursor and connection back) and throws
 * {@link QueryTimeoutException}. Stores wrap their readers with {@link #guard} so that a slow client or a
 * huge result cannot hold a connection beyond the time a service allows a request.
 */
public final class DeadlineFeatureReader implements FeatureReader {
    private final FeatureReader delegate;
    private final Instant deadline;

    private DeadlineFeatureReader(FeatureReader delegate, Instant deadline) {
        this.delegate = delegate;
        this.deadline = deadline;
    }

    /** {@code reader} itself when the hints have no deadline, else a reader that enforces it. */
    public static FeatureReader guard(FeatureReader reader, QueryHints hints) {
        return hints.hasDeadline() ? new DeadlineFeatureReader(reader, hints.deadline()) : reader;
    }

    /** Throws {@link QueryTimeoutException} when {@code hints} carry a deadline that has passed. */
    public static void check(QueryHints hints) {
        if (hints.hasDeadline() && Instant.now().isAfter(hints.deadline())) {
            throw new QueryTimeoutException("The query ran past its deadline of " + hints.deadline());
        }
    }

    @Override
    public FeatureSchema schema() {
        return delegate.schema();
    }

    @Override
    public boolean hasNext() {
        if (Instant.now().isAfter(deadline)) {
            delegate.close();
            throw new QueryTimeoutException("Reading features ran past the deadline of " + deadline);
        }
        return delegate.hasNext();
    }

    @Override
    public Feature next() {
        hasNext();
        return delegate.next();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
