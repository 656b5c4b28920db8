package fr.crige.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The administrator's credentials, until crige has users and roles: they guard the REST configuration API
 * and write operations of the services (CSW Transaction), checked from an HTTP Basic {@code Authorization}
 * header.
 *
 * @param user      the administrator's user name
 * @param password  the password; {@link #of} generates one when none is configured
 * @param generated whether the password was generated (the server then logs it once)
 */
public record AdminCredentials(String user, String password, boolean generated) {

    private static final String BASIC = "Basic ";

    /** The configured credentials, or a random password for {@code user} when {@code password} is empty. */
    public static AdminCredentials of(String user, String password) {
        if (password != null && !password.isEmpty()) {
            return new AdminCredentials(user, password, false);
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return new AdminCredentials(user, HexFormat.of().formatHex(random), true);
    }

    /** Whether an HTTP {@code Authorization} header (null when absent) carries these credentials. */
    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        // constant-time comparisons: the answer time must not tell how much of a guess was right
        boolean userMatches = same(decoded.substring(0, colon), user);
        boolean passwordMatches = same(decoded.substring(colon + 1), password);
        return userMatches & passwordMatches;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AdminCredentials[user=" + user + "]";
    }
}
