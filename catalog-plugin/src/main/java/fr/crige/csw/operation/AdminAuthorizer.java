package fr.crige.csw.operation;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.OwsRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The guard of Transaction until crige has users and roles: a request must carry the configured admin
 * token ({@code crige.csw.admin-token}) as {@code Authorization: Bearer <token>} or as the password of HTTP
 * Basic credentials for user {@code admin}. Without a configured token, Transaction is refused outright.
 * Comparisons run in constant time. The header comes from a supplier because OWS requests carry no headers;
 * in the server it reads the current servlet request.
 */
public final class AdminAuthorizer {

    private final Optional<String> token;
    private final Supplier<Optional<String>> authorizationHeader;

    public AdminAuthorizer(Optional<String> token, Supplier<Optional<String>> authorizationHeader) {
        this.token = token;
        this.authorizationHeader = authorizationHeader;
    }

    public boolean enabled() {
        return token.isPresent();
    }

    /** @throws OwsException NoApplicableCode with HTTP 403 (no token configured) or 401 (bad credentials) */
    public void authorize(OwsRequest request) {
        if (token.isEmpty()) {
            throw new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, "request",
                    "Transaction is disabled: no administrator token is configured", 403, null);
        }
        String header = authorizationHeader.get().orElse("");
        if (!matches(header)) {
            throw new OwsException(OwsExceptionCode.NO_APPLICABLE_CODE, "request",
                    "Transaction requires administrator credentials", 401, null);
        }
    }

    private boolean matches(String header) {
        String expected = token.orElseThrow();
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return same(header.substring(7).trim(), expected);
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                return same(decoded, "admin:" + expected);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
