package fr.crige.server;

import fr.crige.core.security.AdminCredentials;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the REST configuration API with HTTP Basic authentication of the administrator
 * ({@code crige.admin.user} / {@code crige.admin.password}). The configuration API can read connection
 * parameters and change what is published, so it is never open: when no password is configured the server
 * generates one at start and logs it.
 */
class AdminAuthenticationFilter extends OncePerRequestFilter {

    private final AdminCredentials credentials;

    AdminAuthenticationFilter(AdminCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (credentials.accepts(request.getHeader("Authorization"))) {
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
}
