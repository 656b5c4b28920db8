package fr.crige.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the REST configuration API with HTTP Basic authentication of the administrator
 * ({@code crige.admin.user} / {@code crige.admin.password}). The configuration API can read connection
 * parameters and change what is published, so it is never open: when no password is configured the server
 * generates one at start and logs it (see {@link AdminCredentials}).
 */
class AdminAuthenticationFilter extends OncePerRequestFilter {

    private static final String BASIC = "Basic ";

    private final AdminCredentials credentials;

    AdminAuthenticationFilter(AdminCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (authenticated(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"crige\", charset=\"UTF-8\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"UNAUTHORIZED\",\"message\":\"The REST API needs the administrator's"
                + " credentials (HTTP Basic)\"}");
    }

    private boolean authenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        // constant-time comparisons: the answer time must not tell how much of a guess was right
        boolean user = MessageDigest.isEqual(bytes(decoded.substring(0, colon)), bytes(credentials.user()));
        boolean password = MessageDigest.isEqual(bytes(decoded.substring(colon + 1)), bytes(credentials.password()));
        return user & password;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
