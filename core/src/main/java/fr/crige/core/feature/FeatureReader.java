package fr.crige.core.feature;

import java.util.NoSuchElementException;

/**
 * A forward-only stream of features from a store. It holds resources (a cursor, a connection): always
 * close it, typically with try-with-resources. Implementations fetch lazily so that memory does not grow
 * with the number of features.
 */
public interface FeatureReader extends AutoCloseable {

    /** The schema of the features returned (after property selection). */
    FeatureSchema schema();

    boolean hasNext();

    /** @throws NoSuchElementException when exhausted */
    Feature next();

    @Override
    void close();
}
