package fr.crige.server;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The administrator's credentials for the REST API.
 *
 * @param user      {@code crige.admin.user}, default "admin"
 * @param password  {@code crige.admin.password} (env {@code CRIGE_ADMIN_PASSWORD}); when not set, a random
 *                  password generated at start
 * @param generated whether the password was generated (the server then logs it once)
 */
record AdminCredentials(String user, String password, boolean generated) {

    static AdminCredentials of(CrigeProperties.Admin admin) {
        if (admin.password() != null && !admin.password().isEmpty()) {
            return new AdminCredentials(admin.user(), admin.password(), false);
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return new AdminCredentials(admin.user(), HexFormat.of().formatHex(random), true);
    }

    @Override
    public String toString() {
        return "AdminCredentials[user=" + user + "]";
    }
}
