package fr.crige.core.ext;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An extension point: contributions of one kind registered under a case-insensitive key (a store type, an
 * OWS service name, an output format...). Plugins add to it at start-up; the core looks up by key. This is
 * the only extension mechanism: no XML bean files.
 */
public class TypedRegistry<T> {
    private final String kind;
    private final Map<String, T> entries = new ConcurrentHashMap<>();

    protected TypedRegistry(String kind) {
        this.kind = kind;
    }

    public static <T> TypedRegistry<T> of(String kind) {
        return new TypedRegistry<>(kind);
    }

    /** @throws IllegalStateException when the key is already taken */
    public void register(String key, T contribution) {
        T previous = entries.putIfAbsent(normalize(key), contribution);
        if (previous != null && previous != contribution) {
            throw new IllegalStateException(kind + " '" + key + "' is already registered by " + previous);
        }
    }

    public Optional<T> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(entries.get(normalize(key)));
    }

    /** @throws IllegalArgumentException naming the unknown key and the known ones */
    public T get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException(
                "Unknown " + kind + " '" + key + "'; known: " + keys()));
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    public Collection<T> all() {
        return Collections.unmodifiableCollection(entries.values());
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
