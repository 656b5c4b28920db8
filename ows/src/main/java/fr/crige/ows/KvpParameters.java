package fr.crige.ows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Key-value-pair request parameters. OGC KVP encoding makes parameter <em>names</em> case-insensitive
 * ({@code request}, {@code REQUEST} and {@code Request} are one parameter), while values are kept exactly as
 * sent, after one URL-decoding pass.
 *
 * <p>A name may be repeated. Repeats carrying the same value are harmless and collapse; repeats carrying
 * different values are ambiguous for a single-valued parameter, so {@link #get} refuses them with
 * InvalidParameterValue. Services reading a legitimately multi-valued parameter use {@link #getAll}.
 * Instances are immutable.
 */
public final class KvpParameters {

    private static final KvpParameters EMPTY = new KvpParameters(Map.of());

    /** Values by upper-cased name, in order of first appearance. */
    private final Map<String, List<String>> values;

    private KvpParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    public static KvpParameters empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The value of a single-valued parameter.
     *
     * @throws OwsException InvalidParameterValue when the name was given several times with different values
     */
    public Optional<String> get(String name) {
        List<String> all = values.get(normalize(name));
        if (all == null) {
            return Optional.empty();
        }
        String first = all.get(0);
        if (all.stream().anyMatch(v -> !v.equals(first))) {
            throw OwsException.invalidParameter(name,
                    "Parameter " + name + " is given " + all.size() + " times with different values");
        }
        return Optional.of(first);
    }

    /**
     * The value of a mandatory parameter.
     *
     * @throws OwsException MissingParameterValue when absent or blank
     */
    public String require(String name) {
        return get(name).filter(v -> !v.isBlank()).orElseThrow(() -> OwsException.missingParameter(name));
    }

    /** Every value given for the name, in request order; empty when absent. */
    public List<String> getAll(String name) {
        return values.getOrDefault(normalize(name), List.of());
    }

    public boolean contains(String name) {
        return values.containsKey(normalize(name));
    }

    /** The parameter names, upper-cased. */
    public Set<String> names() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private static String normalize(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** Collects parameters in request order. */
    public static final class Builder {
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder add(String name, String value) {
            values.computeIfAbsent(normalize(name), n -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder addAll(KvpParameters other) {
            other.values.forEach((name, list) -> list.forEach(v -> add(name, v)));
            return this;
        }

        public KvpParameters build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
            return new KvpParameters(Collections.unmodifiableMap(copy));
        }
    }
}
