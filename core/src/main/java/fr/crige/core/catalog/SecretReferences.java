package fr.crige.core.catalog;

import fr.crige.core.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of the catalog. A connection parameter whose key contains "passwd", "password",
 * "secret" or "token" (any case) must hold a reference, never the value:
 * <ul>
 * <li>{@code ${env:NAME}}: an environment variable of the server process (containers, systemd);</li>
 * <li>{@code ${file:/run/secrets/db}}: the content of a file, trailing line breaks removed (Docker and
 * Kubernetes secrets);</li>
 * <li>{@code ${secret:key}}: an entry of the data directory's {@link SecretStore}, where clear-text values
 * given through the REST API are moved by {@link #protect}.</li>
 * </ul>
 * So the catalog files and REST answers can be shared, versioned or logged without leaking credentials.
 */
public final class SecretReferences {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file|secret):([^}]+)}");
    private static final List<String> SECRET_MARKERS = List.of("passwd", "password", "secret", "token");

    private final SecretStore store;
    private final UnaryOperator<String> environment;

    /** References resolved against the process environment and the given secret store. */
    public SecretReferences(SecretStore store) {
        this(store, System::getenv);
    }

    /** @param environment looks up environment variables (replaceable in tests); returns null when unset */
    public SecretReferences(SecretStore store, UnaryOperator<String> environment) {
        this.store = Objects.requireNonNull(store);
        this.environment = Objects.requireNonNull(environment);
    }

    /** Whether a connection parameter key names a secret. */
    public static boolean isSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return SECRET_MARKERS.stream().anyMatch(k::contains);
    }

    /** Whether a value is exactly one reference. */
    public static boolean isReference(String value) {
        return value != null && REFERENCE.matcher(value).matches();
    }

    /**
     * Checks that every secret parameter is a reference (or empty).
     *
     * @param owner names the store in the error
     * @throws CatalogException INVALID naming the first clear-text secret key
     */
    public static void requireReferences(String owner, Map<String, String> parameters) {
        parameters.forEach((key, value) -> {
            if (isSecretKey(key) && value != null && !value.isEmpty() && !isReference(value)) {
                throw new CatalogException(CatalogException.Kind.INVALID, "Parameter '" + key + "' of store "
                        + owner + " is a secret and must be a reference such as ${env:NAME}, ${file:/path} or"
                        + " ${secret:key}, not clear text");
            }
        });
    }

    /**
     * Moves clear-text secrets into the secret store under {@code <workspace>.<store>.<key>.<nonce>} and returns
     * the parameters with references in their place. Other parameters are returned unchanged.
     *
     * <p>Each call stores under new keys (the random nonce), so a secret that a store still references is
     * never overwritten: when the change that carries the new references fails, the caller forgets the new
     * keys and the previous ones stay valid; when it succeeds, the caller forgets the previous ones. This
     * also keeps two stores whose dotted names concatenate alike apart.
     */
    public Map<String, String> protect(String workspace, String storeName, Map<String, String> parameters) {
        Map<String, String> result = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            if (isSecretKey(key) && value != null && !value.isEmpty() && !isReference(value)) {
                String secretKey = workspace + "." + storeName + "." + key + "." + nonce();
                store.put(secretKey, value);
                result.put(key, "${secret:" + secretKey + "}");
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    private static String nonce() {
        return Long.toHexString(RANDOM.nextLong() & 0xffffffffL);
    }

    /** Removes from the secret store the entries that these parameters reference. */
    public void forget(Map<String, String> parameters) {
        parameters.values().forEach(value -> {
            Matcher m = value == null ? null : REFERENCE.matcher(value);
            if (m != null && m.matches() && m.group(1).equals("secret")) {
                store.remove(m.group(2));
            }
        });
    }

    /**
     * The parameters with every reference replaced by its value, for a store factory.
     *
     * @throws StoreException naming the reference that cannot be resolved
     */
    public Map<String, String> resolve(Map<String, String> parameters) {
        Map<String, String> result = new LinkedHashMap<>();
        parameters.forEach((key, value) -> result.put(key, resolveValue(key, value)));
        return result;
    }

    private String resolveValue(String key, String value) {
        Matcher m = value == null ? null : REFERENCE.matcher(value);
        if (m == null || !m.matches()) {
            return value;
        }
        String name = m.group(2);
        return switch (m.group(1)) {
            case "env" -> {
                String v = environment.apply(name);
                if (v == null) {
                    throw unresolved(key, value, "environment variable " + name + " is not set");
                }
                yield v;
            }
            case "file" -> readFile(key, value, name);
            default -> store.get(name).orElseThrow(
                    () -> unresolved(key, value, "no entry '" + name + "' in the secret store"));
        };
    }

    private static String readFile(String key, String reference, String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8).replaceAll("[\\r\\n]+$", "");
        } catch (IOException | RuntimeException e) {
            throw unresolved(key, reference, "cannot read file " + path + " (" + e.getMessage() + ")");
        }
    }

    private static StoreException unresolved(String key, String reference, String reason) {
        return new StoreException("Cannot resolve " + reference + " of parameter '" + key + "': " + reason);
    }
}
