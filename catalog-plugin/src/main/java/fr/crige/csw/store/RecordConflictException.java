package fr.crige.csw.store;

import fr.crige.core.store.StoreException;

/** An insert whose identifier is already in the store; the whole transaction was rolled back. */
public class RecordConflictException extends StoreException {

    private final String identifier;

    public RecordConflictException(String identifier) {
        super("A record with identifier " + identifier + " already exists");
        this.identifier = identifier;
    }

    public String identifier() {
        return identifier;
    }
}
