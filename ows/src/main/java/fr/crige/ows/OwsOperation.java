package fr.crige.ows;

/**
 * One operation of a service (GetCapabilities, GetMap, GetFeature...). It receives a request whose service,
 * version and operation are already resolved, and returns a response whose body is written afterwards, so
 * large results are streamed rather than built in memory.
 */
@FunctionalInterface
public interface OwsOperation {

    /**
     * @throws OwsException for any failure to report to the client with a specific exception code; any
     *                      other exception is reported as NoApplicableCode with a generic message
     */
    OwsResponse execute(OwsRequest request);
}
