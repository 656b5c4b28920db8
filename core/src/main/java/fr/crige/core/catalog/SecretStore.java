package fr.crige.core.catalog;

import java.util.Optional;

/**
 * Where clear-text secrets given through the API are kept, out of the catalog files, under keys that
 * {@code ${secret:key}} references name. The data directory implements it with a file readable by the
 * server's user only.
 */
public interface SecretStore {

    Optional<String> get(String key);

    /** Stores or replaces a secret; durable when the call returns. */
    void put(String key, String value);

    /** Forgets a secret; unknown keys are ignored. */
    void remove(String key);
}
