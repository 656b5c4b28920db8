package fr.crige.csw;

import fr.crige.core.crs.CrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.csw.operation.AdminAuthorizer;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Creates the catalogue for the server: the embedded record store in {@code <data-dir>/csw/records.sqlite},
 * filled at start with the records of {@code <data-dir>/csw/records/}, and the CSW service.
 *
 * <p>Properties: {@code crige.csw.max-records-limit} (default 1000), {@code crige.csw.title},
 * {@code crige.csw.provider-name}, {@code crige.csw.contact-email} and {@code crige.csw.admin-token}, the
 * credential that enables Transaction (see {@link AdminAuthorizer}); keep it out of the data directory, in
 * an environment variable such as {@code CRIGE_CSW_ADMIN_TOKEN}.
 */
@Configuration(proxyBeanMethods = false)
public class CswConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CswConfiguration.class);

    @Bean(destroyMethod = "close")
    public RecordStore cswRecordStore(DataDirectory dataDirectory) {
        Path csw = dataDirectory.root().resolve("csw");
        RecordStore store = SqliteRecordStore.open(csw.resolve("records.sqlite"));
        int loaded = new SampleRecordsLoader().load(csw.resolve("records"), store);
        LOG.info("CSW record store: {} records ({} loaded from {})", store.size(), loaded, csw.resolve("records"));
        return store;
    }

    @Bean
    public CswService cswService(RecordStore cswRecordStore, CrsService crs, Environment env) {
        CswSettings defaults = CswSettings.defaults();
        CswSettings settings = new CswSettings(
                env.getProperty("crige.csw.max-records-limit", Integer.class, defaults.maxRecordsLimit()),
                defaults.defaultMaxRecords(),
                env.getProperty("crige.csw.title", defaults.title()), defaults.abstractText(),
                env.getProperty("crige.csw.provider-name", defaults.providerName()),
                env.getProperty("crige.csw.contact-email", defaults.contactEmail()),
                Optional.ofNullable(env.getProperty("crige.csw.admin-token")));
        AdminAuthorizer authorizer = new AdminAuthorizer(settings.adminToken(), CswConfiguration::authorizationHeader);
        return new CswService(cswRecordStore, crs, settings, authorizer);
    }

    /** The Authorization header of the HTTP request being served on this thread. */
    private static Optional<String> authorizationHeader() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getHeader("Authorization"));
        }
        return Optional.empty();
    }
}
