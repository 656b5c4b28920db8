package fr.crige.core.store;

/** A store could not be opened or failed while answering (backend down, I/O error, bad parameters). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
