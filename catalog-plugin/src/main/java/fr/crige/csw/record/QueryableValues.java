package fr.crige.csw.record;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The queryable values of one record, as {@link IsoQueryableExtractor} found them: values per queryable in
 * document order, the geographic extents (WGS 84, x = longitude) and the text of every element for
 * {@code AnyText}. Immutable.
 */
public final class QueryableValues {

    private final Map<Queryable, List<String>> values;
    private final List<Envelope> extents;
    private final String anyText;

    public QueryableValues(Map<Queryable, List<String>> values, List<Envelope> extents, String anyText) {
        EnumMap<Queryable, List<String>> copy = new EnumMap<>(Queryable.class);
        values.forEach((q, v) -> {
            if (!v.isEmpty()) {
                copy.put(q, List.copyOf(v));
            }
        });
        this.values = copy;
        this.extents = extents.stream().map(Envelope::new).toList();
        this.anyText = Objects.requireNonNull(anyText, "anyText");
    }

    /** Every value of the queryable, in document order; empty when the record has none. */
    public List<String> values(Queryable queryable) {
        return values.getOrDefault(queryable, List.of());
    }

    /** The first value of the queryable, the one sorting uses. */
    public Optional<String> first(Queryable queryable) {
        List<String> all = values(queryable);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The queryables having at least one value. */
    public Map<Queryable, List<String>> all() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** The geographic bounding boxes, in WGS 84 with x = longitude. */
    public List<Envelope> extents() {
        return extents.stream().map(Envelope::new).toList();
    }

    /** The union of the extents; empty when the record has none. */
    public Optional<Envelope> unionExtent() {
        if (extents.isEmpty()) {
            return Optional.empty();
        }
        Envelope union = new Envelope();
        extents.forEach(union::expandToInclude);
        return Optional.of(union);
    }

    /** The text content of every element, separated by spaces. */
    public String anyText() {
        return anyText;
    }
}
