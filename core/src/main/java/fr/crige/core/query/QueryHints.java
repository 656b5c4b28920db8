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
 * @param looseBbox      whether a store may answer a BBOX filter (outside any NOT) by comparing envelopes only,
 *                       returning also features whose envelope meets the box but whose geometry does not: a
 *                       map renderer draws nothing of those, and the exact test costs the database a
 *                       geometry deserialisation per row (GeoServer's "loose bbox"). Stores that cannot
 *                       skip the exact test make it anyway.
 * @param anyOrder       whether, without sort keys and offset, the features may come in whatever order is the
 *                       cheapest instead of the id order: a map is drawn in the order features arrive, and
 *                       sorting half a million rows by id costs the database more than reading them
 */
public record QueryHints(double simplification, Instant deadline, boolean looseBbox, boolean anyOrder) {

    /** Exact geometries, no deadline, exact BBOX tests, id order. */
    public static final QueryHints NONE = new QueryHints(0, null, false, false);

    public QueryHints {
        if (!(simplification >= 0) || Double.isInfinite(simplification)) {
            throw new IllegalArgumentException("simplification must be a finite distance >= 0");
        }
    }

    /** These hints with geometries simplified by up to {@code distance} native CRS units. */
    public QueryHints withSimplification(double distance) {
        return new QueryHints(distance, deadline, looseBbox, anyOrder);
    }

    /** These hints with a deadline {@code timeout} from now. */
    public QueryHints withTimeout(Duration timeout) {
        return new QueryHints(simplification, Instant.now().plus(timeout), looseBbox, anyOrder);
    }

    /** These hints with BBOX filters that may be answered by envelopes only. */
    public QueryHints withLooseBbox() {
        return new QueryHints(simplification, deadline, true, anyOrder);
    }

    /** These hints with features in any order when the query has no sort keys and no offset. */
    public QueryHints withAnyOrder() {
        return new QueryHints(simplification, deadline, looseBbox, true);
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
