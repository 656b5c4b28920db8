package fr.crige.wfs;

import fr.crige.core.crs.UnsupportedCrsException;
import fr.crige.core.store.InvalidQueryException;
import fr.crige.core.store.QueryTimeoutException;
import fr.crige.core.store.StoreException;
import fr.crige.core.store.UnknownTypeException;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import java.util.function.Supplier;

/**
 * Translates the failures of stores and of the CRS service into WFS exception reports: an invalid query
 * (unknown property, unconvertible literal) is the client's InvalidParameterValue with the store's locator,
 * an unknown type names {@code typeNames}, an unsupported CRS names {@code srsName}, and a backend failure is
 * OperationProcessingFailed without the backend's message, which may hold SQL or paths. A query stopped at
 * the request's deadline is OperationProcessingFailed too, with that code's status (403: the same request will
 * fail again; a narrower one may not).
 *
 * <p>Failures met once the response is streaming cannot become a report any more: the dispatcher then leaves
 * the document as far as it got, and the XML and JSON writers never close what they opened, so a client sees
 * a document that is not well-formed rather than a valid-looking shorter one. CSV has no closing syntax: a cut
 * CSV response is only told by the connection (see the WFS README).
 */
public final class StoreErrors {

    private StoreErrors() {
    }

    /** Runs a store call, translating its failures. */
    public static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** The exception report for a failure; OwsExceptions and unexpected exceptions are returned as they are. */
    public static RuntimeException translate(RuntimeException e) {
        if (e instanceof InvalidQueryException q) {
            return OwsException.invalidParameter(q.locator(), q.getMessage());
        }
        if (e instanceof UnknownTypeException u) {
            return OwsException.invalidParameter(FeatureTypeResolver.TYPE_NAMES, "Unknown feature type "
                    + u.typeName());
        }
        if (e instanceof UnsupportedCrsException c) {
            return OwsException.invalidParameter("srsName", c.getMessage());
        }
        if (e instanceof QueryTimeoutException t) {
            return new OwsException(OwsExceptionCode.OPERATION_PROCESSING_FAILED, null,
                    "The request ran past the service's time limit; ask for fewer features (count, bbox, filter)", t);
        }
        if (e instanceof StoreException s) {
            return new OwsException(OwsExceptionCode.OPERATION_PROCESSING_FAILED, null,
                    "The data store failed to answer the query", 500, s);
        }
        return e;
    }
}
