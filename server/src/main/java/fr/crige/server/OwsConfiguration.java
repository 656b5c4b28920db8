package fr.crige.server;

import fr.crige.core.catalog.Catalog;
import fr.crige.ows.OwsService;
import fr.crige.ows.OwsServiceRegistry;
import fr.crige.ows.servlet.OwsHttpHandler;
import fr.crige.ows.servlet.OwsSettings;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OWS side: every {@link OwsService} bean contributed by a service module (WMS, WFS...) is registered
 * in the {@link OwsServiceRegistry}; the handler dispatches requests to them.
 */
@Configuration(proxyBeanMethods = false)
public class OwsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(OwsConfiguration.class);

    @Bean
    OwsServiceRegistry owsServiceRegistry(List<OwsService> services) {
        OwsServiceRegistry registry = new OwsServiceRegistry();
        services.forEach(registry::register);
        LOG.info("OWS services: {}", registry.keys().isEmpty() ? "none" : registry.keys());
        return registry;
    }

    @Bean
    OwsHttpHandler owsHttpHandler(OwsServiceRegistry registry, Catalog catalog, CrigeProperties properties) {
        CrigeProperties.Ows ows = properties.ows();
        OwsSettings settings = new OwsSettings(Math.toIntExact(ows.maxPostBytes()), ows.proxyBaseUrl(),
                ows.forwardedHeaders());
        return new OwsHttpHandler(registry, name -> catalog.workspace(name).isPresent(), settings);
    }
}
