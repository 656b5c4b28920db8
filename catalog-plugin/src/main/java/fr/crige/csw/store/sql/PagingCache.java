package fr.crige.csw.store.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the SQL record stores remember between the pages of one query, so that walking a large result page
 * after page, as harvesting partners do, costs every page about the same instead of a time growing with its
 * position: the number of records the query matched, and for the positions where recent pages ended, the
 * identifier of the last record returned. A request for such a position continues after that identifier
 * (keyset paging, on the identifier index) instead of skipping the previous records with OFFSET, which
 * evaluates the filter again on every one of them: quadratic over a whole harvest.
 *
 * <p>Entries are keyed by the store's generation, a counter that every committed write transaction
 * increments, read in the same snapshot as the query. An entry is therefore only ever used on exactly the
 * data it was computed from: the cache never changes a result, CSW's startPosition keeps its meaning, and a
 * write simply makes the next page start afresh (with OFFSET, then keyset again). Bounded, least recently used
 * first out; thread-safe.
 */
final class PagingCache {

    /** Queries remembered: a few harvests and searches at once. */
    private static final int QUERIES = 64;
    /** Page ends remembered per query: a harvester asks for the next page, rarely one further back. */
    private static final int POSITIONS = 8;

    /**
     * One query on one state of the store.
     *
     * @param statement  the condition and order of the query, with placeholders
     * @param parameters the values bound to the placeholders
     */
    record Key(long generation, String statement, List<Object> parameters) {
    }

    private static final class Entry {
        long matched = -1;
        final Map<Long, String> lastBefore = new LinkedHashMap<>(POSITIONS * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                return size() > POSITIONS;
            }
        };
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(QUERIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > QUERIES;
        }
    };

    /** The number of records the query matched, when known. */
    synchronized OptionalLong matched(Key key) {
        Entry e = entries.get(key);
        return e == null || e.matched < 0 ? OptionalLong.empty() : OptionalLong.of(e.matched);
    }

    synchronized void matched(Key key, long matched) {
        entries.computeIfAbsent(key, k -> new Entry()).matched = matched;
    }

    /** The identifier of the record just before the 1-based position, when a page ended there. */
    synchronized Optional<String> identifierBefore(Key key, long position) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.ofNullable(e.lastBefore.get(position));
    }

    /** Remembers that the record before the 1-based position has this identifier. */
    synchronized void pageEnded(Key key, long nextPosition, String lastIdentifier) {
        entries.computeIfAbsent(key, k -> new Entry()).lastBefore.put(nextPosition, lastIdentifier);
    }
}
