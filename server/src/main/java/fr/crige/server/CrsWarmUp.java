package fr.crige.server;

import fr.crige.core.crs.CrsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the EPSG database in the background once the server is up: the first CRS decoding costs a few
 * seconds (Apache SIS starts its embedded database), which should not delay the start nor the first
 * client request.
 */
@Component
class CrsWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(CrsWarmUp.class);

    private final CrsService crs;

    CrsWarmUp(CrsService crs) {
        this.crs = crs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                int n = crs.supported().size();
                crs.transform(crs.domainOfValidity(2154), 4326, 2154);
                LOG.info("CRS database ready ({} CRSs advertised) in {} ms", n, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("CRS database warm-up failed: {}", e.getMessage());
            }
        }, "crs-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
