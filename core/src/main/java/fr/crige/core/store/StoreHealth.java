package fr.crige.core.store;

/**
 * Whether an enabled store answered a ping.
 *
 * @param workspace workspace of the store
 * @param store     store name
 * @param type      store type
 * @param reachable true when the store could be opened and answered
 * @param message   the error when not reachable, else null
 */
public record StoreHealth(String workspace, String store, String type, boolean reachable, String message) {
}
