package fr.crige.csw;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.crs.CrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.security.AdminCredentials;
import fr.crige.csw.operation.AdminAuthorizer;
import fr.crige.csw.publish.Anchor;
import fr.crige.csw.publish.OwsEndpoints;
import fr.crige.csw.publish.PublicationDefaults;
import fr.crige.csw.publish.PublicationRecords;
import fr.crige.csw.publish.PublicationStatusController;
import fr.crige.csw.publish.PublishedService;
import fr.crige.csw.publish.RecordContact;
import fr.crige.csw.store.RecordStore;
import fr.crige.ows.OwsService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.Environment;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Creates the catalogue for the server: the record store chosen by {@code <data-dir>/csw/csw.json} (see
 * {@link RecordStoreSettings}; the embedded store in {@code <data-dir>/csw/records.sqlite} by default),
 * filled at start with the records of {@code <data-dir>/csw/records/}, the records of what crige publishes
 * ({@link PublicationRecords}, written in the background after start) and the CSW service.
 *
 * <p>Properties: {@code crige.csw.max-records-limit} (default 1000), {@code crige.csw.title},
 * {@code crige.csw.provider-name}, {@code crige.csw.contact-email}, {@code crige.csw.public-url} (the public
 * URL of the server written into generated records; default {@code crige.ows.proxy-base-url}, then
 * {@code http://localhost:<server.port>}). Transaction needs the administrator's credentials, the same as the
 * REST API (see {@link AdminAuthorizer}).
 */
@Configuration(proxyBeanMethods = false)
public class CswConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CswConfiguration.class);

    @Bean(destroyMethod = "close")
    public RecordStore cswRecordStore(DataDirectory dataDirectory, SecretReferences secrets) {
        Path csw = dataDirectory.root().resolve("csw");
        RecordStoreSettings settings = RecordStoreSettings.read(csw);
        RecordStore store = settings.open(csw, secrets);
        int loaded = new SampleRecordsLoader().load(csw.resolve("records"), store);
        LOG.info("CSW record store ({}): {} records ({} loaded from {})", settings.type(), store.size(), loaded,
                csw.resolve("records"));
        return store;
    }

    @Bean
    public CswSettings cswSettings(Environment env) {
        CswSettings defaults = CswSettings.defaults();
        return new CswSettings(
                env.getProperty("crige.csw.max-records-limit", Integer.class, defaults.maxRecordsLimit()),
                defaults.defaultMaxRecords(),
                env.getProperty("crige.csw.title", defaults.title()), defaults.abstractText(),
                env.getProperty("crige.csw.provider-name", defaults.providerName()),
                env.getProperty("crige.csw.contact-email", defaults.contactEmail()));
    }

    @Bean
    public CswService cswService(RecordStore cswRecordStore, CrsService crs, CswSettings cswSettings,
            AdminCredentials admin) {
        AdminAuthorizer authorizer = new AdminAuthorizer(admin, CswConfiguration::authorizationHeader);
        return new CswService(cswRecordStore, crs, cswSettings, authorizer);
    }

    /** Completes once the application has started, web server included. */
    @Bean
    ApplicationStarted cswApplicationStarted() {
        return new ApplicationStarted();
    }

    /**
     * Dataset records for the published layers and service records for the OGC services present. They are
     * brought in line with the catalog in the background once the server has started, so the server answers
     * as soon as the catalog is loaded; {@code GET /rest/csw/publication} tells when they are
     * ({@link PublicationStatusController}).
     */
    @Bean(destroyMethod = "close")
    public PublicationRecords publicationRecords(Catalog catalog, RecordStore cswRecordStore,
            CswSettings cswSettings, ObjectProvider<OwsService> owsServices, Environment env,
            ApplicationStarted cswApplicationStarted) {
        Set<String> present = owsServices.orderedStream().map(OwsService::name).collect(Collectors.toSet());
        List<PublishedService> services = Arrays.stream(PublishedService.values())
                .filter(s -> present.contains(s.serviceName())).toList();
        String publicUrl = env.getProperty("crige.csw.public-url", env.getProperty("crige.ows.proxy-base-url", ""));
        if (publicUrl.isBlank()) {
            publicUrl = "http://localhost:" + env.getProperty("server.port", "8080");
            LOG.warn("Neither crige.csw.public-url nor crige.ows.proxy-base-url is set: generated metadata records"
                    + " point to {}, which partners harvesting the catalogue cannot reach", publicUrl);
        }
        PublicationRecords records = new PublicationRecords(catalog, cswRecordStore, services,
                new RecordContact(cswSettings.providerName(), cswSettings.contactEmail()),
                new OwsEndpoints(publicUrl), publicationDefaults(env), Clock.systemUTC());
        records.startInBackground(cswApplicationStarted.future);
        LOG.info("CSW: the records of the published layers will be brought in line with the catalog in the"
                + " background after start; services described: {}", services);
        return records;
    }

    /**
     * The constraints and default topic category of generated records, from
     * {@code crige.csw.publication.access-constraint.href|label}, {@code ...use-conditions.href|label} and
     * {@code ...topic-category}; unset, open data without conditions.
     */
    static PublicationDefaults publicationDefaults(Environment env) {
        PublicationDefaults open = PublicationDefaults.openData();
        String prefix = "crige.csw.publication.";
        return new PublicationDefaults(anchor(env, prefix + "access-constraint", open.accessConstraint()),
                anchor(env, prefix + "use-conditions", open.useConditions()),
                env.getProperty(prefix + "topic-category", open.defaultTopicCategory()));
    }

    private static Anchor anchor(Environment env, String property, Anchor fallback) {
        return new Anchor(env.getProperty(property + ".href", fallback.href()),
                env.getProperty(property + ".label", fallback.text()));
    }

    /**
     * The end of start-up: the context is refreshed once every bean is created and the web server has
     * started. A refresh of a child context completes it again, which changes nothing.
     */
    static final class ApplicationStarted implements ApplicationListener<ContextRefreshedEvent> {

        private final CompletableFuture<Void> future = new CompletableFuture<>();

        @Override
        public void onApplicationEvent(ContextRefreshedEvent event) {
            future.complete(null);
        }
    }

    /** The Authorization header of the HTTP request being served on this thread. */
    private static Optional<String> authorizationHeader() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getHeader("Authorization"));
        }
        return Optional.empty();
    }
}
