package fr.crige.wfs.getfeature;

import fr.crige.core.feature.Feature;
import fr.crige.core.feature.FeatureReader;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.wfs.StoreErrors;
import java.util.NoSuchElementException;

/**
 * The features of one query's share of a page, read from the store: at most {@code pageLimit} of them. When
 * the store query asks for one feature more than the page, that extra feature is not returned but tells, after
 * the page, whether the result set goes on ({@link #hasMore}), which spares a count. Store failures met while
 * reading (a backend error, the request's deadline) become exception reports, as they do before the first
 * feature.
 */
public final class PageReader implements FeatureReader {

    private final FeatureReader delegate;
    private final long pageLimit;
    private long read;
    private boolean more;

    PageReader(FeatureReader delegate, long pageLimit) {
        this.delegate = delegate;
        this.pageLimit = pageLimit;
    }

    @Override
    public FeatureSchema schema() {
        return delegate.schema();
    }

    @Override
    public boolean hasNext() {
        if (read < pageLimit) {
            return StoreErrors.call(delegate::hasNext);
        }
        if (read == pageLimit) {
            more = StoreErrors.call(delegate::hasNext);
            read++; // asked once only
        }
        return false;
    }

    @Override
    public Feature next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        read++;
        return StoreErrors.call(delegate::next);
    }

    /** The features returned so far. */
    public long returned() {
        return Math.min(read, pageLimit);
    }

    /** Whether the store had a feature beyond the page; meaningful once {@link #hasNext} returned false. */
    public boolean hasMore() {
        return more;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
