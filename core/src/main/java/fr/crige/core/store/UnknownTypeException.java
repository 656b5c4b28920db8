package fr.crige.core.store;

/** The store has no feature type of that name. */
public class UnknownTypeException extends StoreException {
    private final String typeName;

    public UnknownTypeException(String typeName) {
        super("Unknown feature type: " + typeName);
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }
}
