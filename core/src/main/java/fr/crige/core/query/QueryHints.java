package fr.crige.core.query;

import java.time.Duration;
import java.time.Instant;

/**
 * What a caller allows a store to do beyond the exact answer of a {@link Query}: hints never change which
 * features match, only how much work a store may spend and how precisely geometries come back.
 *
 * @param simplification the distance, in units of the type's <em>native</em> CRS, by which a store may
 *                       move vertices of line and polygon geometries to send fewer of them (a renderer passes
 *                       about half its pixel size); 0 asks for exact geometries. Stores that cannot simplify
 *                       return exact geometries, so callers must not rely on it for correctness.
 * @param deadline       the instant after which the store stops working on the query with
 *                       {@link fr.crige.core.store.QueryTimeoutException}, both in the backend (statement
 *                       timeout) and while features are read; null for no deadline
 */
public record QueryHints(double simplification, Instant deadline) {

    /** Exact geometries, no deadline. */
    public static final QueryHints NONE = new QueryHints(0, null);

    public QueryHints {
        if (!(simplification >= 0) || Double.isInfinite(simplification)) {
            throw new IllegalArgumentException("simplification must be a finite distance >= 0");
        }
    }

    /** These hints with geometries simplified by up to {@code distance} native CRS units. */
    public QueryHints withSimplification(double distance) {
        return new QueryHints(distance, deadline);
    }

    /** These hints with a deadline {@code timeout} from now. */
    public QueryHints withTimeout(Duration timeout) {
        return new QueryHints(simplification, Instant.now().plus(timeout));
    }

    public boolean simplifies() {
        return simplification > 0;
    }

    public boolean hasDeadline() {
        return deadline != null;
    }

    /** The time left before the deadline (zero or negative once passed); meaningless without a deadline. */
    public Duration remaining() {
        return Duration.between(Instant.now(), deadline);
    }
}
