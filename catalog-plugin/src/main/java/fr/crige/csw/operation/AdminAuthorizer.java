package fr.crige.csw.operation;

import fr.crige.core.security.AdminCredentials;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The guard of Transaction until crige has users and roles: a request must carry the administrator's
 * credentials ({@link AdminCredentials}, the same as the REST API) as HTTP Basic. The header comes from a
 * supplier because OWS requests carry no headers; in the server it reads the current servlet request.
 */
public final class AdminAuthorizer {

    private final AdminCredentials credentials;
    private final Supplier<Optional<String>> authorizationHeader;

    public AdminAuthorizer(AdminCredentials credentials, Supplier<Optional<String>> authorizationHeader) {
        this.credentials = credentials;
        this.authorizationHeader = authorizationHeader;
    }

    /** @throws OwsException NoApplicableCode with HTTP 401 when the credentials are missing or wrong */
    public void authorize(OwsRequest request) {
        if (!credentials.accepts(authorizationHeader.get().orElse(null))) {
            throw new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, "request",
                    "Transaction requires the administrator's credentials (HTTP Basic)", 401, null);
        }
    }
}
