package fr.crige.server;

import fr.crige.core.security.AdminCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Who may use what: the OWS endpoints are public (their write operations, such as CSW Transaction, check the
 * same {@link AdminCredentials}), the REST configuration API is for the administrator.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    AdminCredentials adminCredentials(CrigeProperties properties) {
        AdminCredentials credentials = AdminCredentials.of(properties.admin().user(), properties.admin().password());
        if (credentials.generated()) {
            LOG.warn("No administrator password configured (crige.admin.password or CRIGE_ADMIN_PASSWORD):"
                    + " the REST API accepts user '{}' with the generated password {} until the next start",
                    credentials.user(), credentials.password());
        }
        return credentials;
    }

    @Bean
    FilterRegistrationBean<AdminAuthenticationFilter> restAuthentication(AdminCredentials credentials) {
        FilterRegistrationBean<AdminAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new AdminAuthenticationFilter(credentials));
        registration.addUrlPatterns("/rest/*", GeoServerRestAlias.PREFIX + "/rest/*");
        registration.setName("restAuthentication");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** {@code /geoserver/rest/...} as an alias of {@code /rest/...}, checked by the filter above first. */
    @Bean
    FilterRegistrationBean<GeoServerRestAlias> geoServerRestAlias() {
        FilterRegistrationBean<GeoServerRestAlias> registration = new FilterRegistrationBean<>(new GeoServerRestAlias());
        registration.addUrlPatterns(GeoServerRestAlias.PREFIX + "/rest/*");
        registration.setName("geoServerRestAlias");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
