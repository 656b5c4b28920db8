package fr.crige.csw.publish;

import fr.crige.core.catalog.BoundingBox;
import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.CatalogListener;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.filter.Filter;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.record.QueryableValues;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordQuery;
import fr.crige.csw.store.RecordSort;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.TransactionSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * Keeps the catalogue describing what crige publishes: every published layer (layer, feature type and store
 * enabled) has a dataset record, and each OGC service a service record coupled with those datasets. Records
 * are brought in line with the whole catalog once at start, then follow every catalog change, as a
 * {@link CatalogListener}.
 *
 * <p>Rules:
 * <ul>
 * <li>A curated record wins: when the store holds a record, other than the generated one, whose resource
 *     identifier is the layer's ({@code cvl:trees}), no record is generated for the layer (an existing
 *     generated one is removed) and the service records point to the curated record. Curated records are
 *     never modified nor deleted here.</li>
 * <li>A generated record is rewritten only when its content changes; its dates then move (revision date,
 *     {@code dateStamp}) while its publication date stays. Restarts therefore change nothing, and harvesters,
 *     which re-fetch records whose {@code dateStamp} moved, only fetch real changes. A record carrying the
 *     {@link RecordFingerprint} of what would be written now is not even read.</li>
 * <li>A layer that is removed or no longer published loses its generated record; at start, the generated
 *     records the previous service records pointed to and whose layer is gone are removed too.</li>
 * <li>The catalogue follows the catalog, never the reverse: a record store failure is logged and does not
 *     veto the catalog change; the next start repairs the records.</li>
 * </ul>
 *
 * <p>Threading. With {@link #startInBackground()} (the server), the reconciliation at start and every later
 * catalog change run, in that order, on one worker thread: start-up does not wait for 10,000 records, and a
 * change made while the reconciliation runs is applied after it, never lost nor overwritten by it. Catalog
 * callbacks arrive before the change is visible in the catalog, so what a change needs from the catalog (the
 * layer of a feature type, the feature types of a store, whether a store is enabled) is read in the callback
 * and handed to the worker with the change. {@link #status()} tells how far the reconciliation went. With
 * {@link #start()} (tools and tests) the same work runs on the calling threads.
 */
public final class PublicationRecords implements CatalogListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationRecords.class);

    /**
     * Layers reconciled per read of their stored records and per transaction at start: 10,000 layers are 20
     * commits, and memory holds the records of one batch, not of the whole catalogue.
     */
    private static final int BATCH = 500;

    private final Catalog catalog;
    private final RecordStore store;
    private final List<PublishedService> services;
    private final DatasetRecordWriter datasets;
    private final ServiceRecordWriter serviceRecords;
    private final Clock clock;
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();
    /** Feature types announced by an addition whose layer has not been announced yet; callbacks only. */
    private final Map<String, FeatureTypeInfo> pendingTypes = new HashMap<>();
    /** The published layers by qualified name, with the record describing each; read from any thread. */
    private final Map<String, CoupledDataset> published = new ConcurrentSkipListMap<>();
    /** Record changes decided but not yet written: the worker writes them in one transaction. */
    private final List<RecordChange> pending = new ArrayList<>();
    /** Held while records are being reconciled, so that work on them never overlaps. */
    private final Object work = new Object();
    private final AtomicInteger queuedChanges = new AtomicInteger();
    private final AtomicInteger failedChanges = new AtomicInteger();
    private volatile PublicationStatus progress = PublicationStatus.notStarted();
    private volatile boolean closing;
    /** Runs the reconciliation and the catalog changes in order; null when they run on the calling thread. */
    private ExecutorService worker;
    /** What the reconciliation waits for before it begins; see {@link #startInBackground(CompletionStage)}. */
    private CompletableFuture<?> begin = CompletableFuture.completedFuture(null);
    private boolean started;

    /** Records declaring the {@linkplain PublicationDefaults#openData() open-data defaults}. */
    public PublicationRecords(Catalog catalog, RecordStore store, List<PublishedService> services,
            RecordContact contact, OwsEndpoints endpoints, Clock clock) {
        this(catalog, store, services, contact, endpoints, PublicationDefaults.openData(), clock);
    }

    public PublicationRecords(Catalog catalog, RecordStore store, List<PublishedService> services,
            RecordContact contact, OwsEndpoints endpoints, PublicationDefaults defaults, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.services = List.copyOf(services);
        this.datasets = new DatasetRecordWriter(contact, endpoints, defaults);
        this.serviceRecords = new ServiceRecordWriter(contact, endpoints, defaults);
        this.clock = clock;
    }

    /**
     * Listens to the catalog and brings the records in line with it before returning; later changes are
     * applied on the thread making them.
     *
     * @return the number of published layers
     */
    public int start() {
        synchronized (this) {
            markStarted();
            catalog.addListener(this);
        }
        reconcileAll();
        return published.size();
    }

    /**
     * Listens to the catalog and returns at once; the records are brought in line with the catalog on a
     * worker thread, then every catalog change follows on it in order. See {@link #status()}.
     */
    public void startInBackground() {
        startInBackground(CompletableFuture.completedFuture(null));
    }

    /**
     * As {@link #startInBackground()}, the reconciliation waiting for {@code begin} to complete: the server
     * passes the end of its start-up, so that the reconciliation does not compete with it for the
     * processors. The listener is registered now, before anyone can change the catalog, and changes made
     * meanwhile wait behind the reconciliation; none is missed.
     */
    public synchronized void startInBackground(CompletionStage<?> begin) {
        markStarted();
        this.begin = begin.toCompletableFuture();
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "crige-csw-publication");
            thread.setDaemon(true);
            return thread;
        });
        // callbacks are synchronized too: none can queue a change before the reconciliation is queued
        catalog.addListener(this);
        worker.execute(() -> {
            if (awaitBegin()) {
                reconcileAll();
            }
        });
    }

    private boolean awaitBegin() {
        try {
            begin.get();
            return true;
        } catch (CancellationException | ExecutionException e) {
            LOG.info("CSW: the server did not start; catalogue records are left as they are");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void markStarted() {
        if (started) {
            throw new IllegalStateException("The publication records are already started");
        }
        started = true;
    }

    /** The progress of the reconciliation at start and the catalog changes waiting to be applied. */
    public PublicationStatus status() {
        return progress.withChanges(queuedChanges.get(), failedChanges.get());
    }

    /**
     * Stops the worker after the changes already queued, waiting a little for them (the record store closes
     * next); a reconciliation still running stops at its next batch and is done again at the next start.
     */
    @Override
    public void close() {
        ExecutorService running;
        synchronized (this) {
            closing = true;
            running = worker;
            begin.cancel(false);
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Catalogue records still being written at shutdown; the next start completes them");
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.shutdownNow();
        }
    }

    @Override
    public synchronized void onFeatureType(FeatureTypeInfo before, FeatureTypeInfo after) {
        if (after == null) {
            String name = before.qualifiedName();
            submit(name, () -> withdraw(name, store.get(PublicationIdentifiers.datasetRecord(name))));
            return;
        }
        Optional<LayerInfo> layer = catalog.layer(after.workspace(), after.name());
        if (layer.isPresent()) {
            boolean storeEnabled = storeEnabled(after);
            submit(after.qualifiedName(), () -> reconcileDataset(after, layer.get(), storeEnabled));
        } else {
            // an addition: its layer is announced next
            pendingTypes.put(after.qualifiedName(), after);
        }
    }

    @Override
    public synchronized void onLayer(LayerInfo before, LayerInfo after) {
        if (after == null) {
            String name = before.qualifiedName();
            pendingTypes.remove(name);
            submit(name, () -> withdraw(name, store.get(PublicationIdentifiers.datasetRecord(name))));
            return;
        }
        FeatureTypeInfo announced = pendingTypes.remove(after.qualifiedName());
        Optional<FeatureTypeInfo> type = announced != null ? Optional.of(announced)
                : catalog.featureType(after.workspace(), after.name());
        if (type.isPresent()) {
            boolean storeEnabled = storeEnabled(type.get());
            submit(after.qualifiedName(), () -> reconcileDataset(type.get(), after, storeEnabled));
        }
    }

    @Override
    public synchronized void onStore(StoreInfo before, StoreInfo after) {
        if (before == null || after == null || before.enabled() == after.enabled()) {
            return;
        }
        List<CatalogLayer> layers = new ArrayList<>();
        for (FeatureTypeInfo type : catalog.featureTypes(after.workspace(), after.name())) {
            catalog.layer(type.workspace(), type.name())
                    .ifPresent(layer -> layers.add(new CatalogLayer(type, layer, after.enabled())));
        }
        submit(after.workspace() + ":" + after.name(),
                () -> layers.forEach(l -> reconcileDataset(l.type(), l.layer(), l.storeEnabled())));
    }

    /** The layers currently published, with the record describing each. */
    public List<CoupledDataset> published() {
        return List.copyOf(published.values());
    }

    /**
     * The identifier of the record describing a published layer's data, generated or curated: what the
     * MetadataURL of the WMS and WFS capabilities points to (with {@link OwsEndpoints#record}). Empty too for
     * a layer the reconciliation at start has not reached yet.
     */
    public Optional<String> recordOf(String qualifiedLayerName) {
        return Optional.ofNullable(published.get(qualifiedLayerName)).map(CoupledDataset::recordId);
    }

    /** A layer of the catalog as the records see it. */
    private record CatalogLayer(FeatureTypeInfo type, LayerInfo layer, boolean storeEnabled) {

        String name() {
            return type.qualifiedName();
        }

        boolean published() {
            return type.enabled() && layer.enabled() && storeEnabled;
        }
    }

    // ------------------------------------------------------------------ the reconciliation at start

    /**
     * Brings every record in line with the catalog: the records of a batch of layers are read in one query,
     * the curated records are found from the domain of resource identifiers (one query), and each batch is
     * written in one transaction.
     */
    private void reconcileAll() {
        synchronized (work) {
            long begin = System.nanoTime();
            List<CatalogLayer> layers = new ArrayList<>();
            for (FeatureTypeInfo type : catalog.featureTypes((String) null)) {
                catalog.layer(type.workspace(), type.name())
                        .ifPresent(layer -> layers.add(new CatalogLayer(type, layer, storeEnabled(type))));
            }
            progress = PublicationStatus.running(layers.size(), clock.instant());
            int written = 0;
            try {
                Map<String, Long> carriers = new HashMap<>();
                store.domain(Queryable.RESOURCE_IDENTIFIER).forEach(v -> carriers.put(v.value(), v.count()));
                for (int from = 0; from < layers.size() && !closing; from += BATCH) {
                    List<CatalogLayer> batch = layers.subList(from, Math.min(layers.size(), from + BATCH));
                    Map<String, MetadataRecord> stored = new HashMap<>();
                    store.get(batch.stream().map(l -> PublicationIdentifiers.datasetRecord(l.name())).toList())
                            .forEach(r -> stored.put(r.identifier(), r));
                    for (CatalogLayer layer : batch) {
                        Optional<MetadataRecord> generated = Optional.ofNullable(
                                stored.get(PublicationIdentifiers.datasetRecord(layer.name())));
                        long others = carriers.getOrDefault(layer.name(), 0L) - (generated.isPresent() ? 1 : 0);
                        reconcileDataset(layer, generated, others > 0);
                    }
                    written += flush();
                    progress = progress.progressed(from + batch.size(), written);
                }
                if (closing) {
                    throw new IllegalStateException("stopped by the shutdown of the server");
                }
                removeOrphans();
                reconcileServices();
                written += flush();
                progress = progress.done(written, clock.instant());
                LOG.info("CSW: the records of {} layers ({} published) are in line with the catalog in {} ms, {}"
                        + " records written; service records for {}", layers.size(), published.size(),
                        (System.nanoTime() - begin) / 1_000_000, written, services);
            } catch (RuntimeException | Error e) {
                pending.clear();
                progress = progress.failed(String.valueOf(e.getMessage()), clock.instant());
                LOG.error("CSW: the catalogue records could not be brought in line with the catalog ({} of {} layers"
                        + " done); they will be on the next start", progress.reconciled(), layers.size(), e);
                if (e instanceof Error error) {
                    throw error;
                }
            }
        }
    }

    /**
     * Generated dataset records that a service record pointed to and that no published layer uses any more:
     * left by layers removed while the server was stopped.
     */
    private void removeOrphans() {
        Set<String> inUse = new HashSet<>();
        published.values().forEach(d -> inUse.add(d.recordId()));
        List<String> previous = new ArrayList<>();
        store.get(serviceRecordIds())
                .forEach(r -> previous.addAll(extractor.extract(r.xml()).values(Queryable.OPERATES_ON)));
        for (MetadataRecord record : store.get(previous.stream().filter(id -> !inUse.contains(id)).distinct()
                .toList())) {
            Optional<String> resource = extractor.extract(record.xml()).first(Queryable.RESOURCE_IDENTIFIER);
            if (resource.map(PublicationIdentifiers::datasetRecord).filter(record.identifier()::equals).isPresent()) {
                pending.add(new RecordChange.Delete(Filter.ids(record.identifier())));
            }
        }
    }

    // ------------------------------------------------------------------ catalog changes

    /**
     * Runs a catalog change's work on the worker, after the reconciliation and the changes before it, or at
     * once without a worker. Never throws: the catalogue must not veto a catalog change.
     */
    private void submit(String subject, Runnable change) {
        Runnable task = () -> {
            synchronized (work) {
                guarded(subject, change);
            }
        };
        if (worker == null) {
            task.run();
            return;
        }
        queuedChanges.incrementAndGet();
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } finally {
                    queuedChanges.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            queuedChanges.decrementAndGet();
            failedChanges.incrementAndGet();
            LOG.warn("The catalogue records of {} are not updated during shutdown; they will be on the next start",
                    subject);
        }
    }

    private void guarded(String subject, Runnable action) {
        try {
            action.run();
            reconcileServices();
            flush();
        } catch (RuntimeException e) {
            pending.clear();
            failedChanges.incrementAndGet();
            LOG.warn("The catalogue records of {} could not be updated; they will be on the next start: {}",
                    subject, e.getMessage(), e);
        }
    }

    private boolean storeEnabled(FeatureTypeInfo type) {
        return catalog.store(type.workspace(), type.store()).map(StoreInfo::enabled).orElse(false);
    }

    /** One layer after a catalog change: its stored record and any curated one are looked up. */
    private void reconcileDataset(FeatureTypeInfo type, LayerInfo layer, boolean storeEnabled) {
        CatalogLayer changed = new CatalogLayer(type, layer, storeEnabled);
        reconcileDataset(changed, store.get(PublicationIdentifiers.datasetRecord(changed.name())), true);
    }

    // ------------------------------------------------------------------ records

    /**
     * Decides the record of one layer.
     *
     * @param generated      the stored generated record of the layer
     * @param curatedPossible false when no other record than the generated one carries the layer's resource
     *                        identifier, which spares looking for a curated record
     */
    private void reconcileDataset(CatalogLayer layer, Optional<MetadataRecord> generated, boolean curatedPossible) {
        String name = layer.name();
        if (!layer.published()) {
            withdraw(name, generated);
            return;
        }
        String generatedId = PublicationIdentifiers.datasetRecord(name);
        Optional<String> curated = curatedPossible ? curatedRecord(name, generatedId) : Optional.empty();
        String recordId;
        if (curated.isPresent()) {
            generated.ifPresent(r -> pending.add(new RecordChange.Delete(Filter.ids(generatedId))));
            recordId = curated.get();
        } else {
            upsert(generated, (dates, reports) -> datasets.write(layer.type(), services, dates, reports));
            recordId = generatedId;
        }
        published.put(name, new CoupledDataset(recordId, name, Optional.ofNullable(layer.type().latLonBoundingBox())
                .map(BoundingBox::toEnvelope)));
    }

    private void withdraw(String qualifiedName, Optional<MetadataRecord> generated) {
        published.remove(qualifiedName);
        generated.ifPresent(r -> pending.add(new RecordChange.Delete(Filter.ids(r.identifier()))));
    }

    /** The first record, in identifier order, describing the layer's data that crige did not generate. */
    private Optional<String> curatedRecord(String qualifiedName, String generatedId) {
        RecordQuery query = new RecordQuery(Filter.equal(Queryable.RESOURCE_IDENTIFIER.apisoName(), qualifiedName),
                List.of(new RecordSort(Queryable.IDENTIFIER, true)), 1, 2);
        return store.query(query).records().stream().map(MetadataRecord::identifier)
                .filter(id -> !id.equals(generatedId)).findFirst();
    }

    /** The service records, read in one query: this runs after every catalog change. */
    private void reconcileServices() {
        List<CoupledDataset> coupled = List.copyOf(published.values());
        Map<String, MetadataRecord> records = new HashMap<>();
        store.get(serviceRecordIds()).forEach(r -> records.put(r.identifier(), r));
        for (PublishedService service : PublishedService.values()) {
            String id = PublicationIdentifiers.serviceRecord(service);
            Optional<MetadataRecord> stored = Optional.ofNullable(records.get(id));
            if (services.contains(service)) {
                upsert(stored, (dates, reports) -> serviceRecords.write(service, coupled, dates, reports));
            } else {
                stored.ifPresent(r -> pending.add(new RecordChange.Delete(Filter.ids(id))));
            }
        }
    }

    private static List<String> serviceRecordIds() {
        return Arrays.stream(PublishedService.values()).map(PublicationIdentifiers::serviceRecord).toList();
    }

    /** A function writing a record with given dates and the quality reports kept from its previous version. */
    @FunctionalInterface
    private interface Generator {
        MetadataRecord write(RecordDates dates, List<Element> qualityReports);
    }

    /**
     * Inserts the record, or replaces the stored one when its content changed, moving its dates only then.
     * The conformity results the quality module wrote into the previous version are carried over. A stored
     * record carrying the fingerprint of what would be written now is left as it is without being parsed.
     */
    private void upsert(Optional<MetadataRecord> stored, Generator generator) {
        String fingerprint = RecordFingerprint.of(generator.write(RecordFingerprint.NEUTRAL_DATES, List.of()));
        String today = LocalDate.now(clock).toString();
        String now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(clock)
                .withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        if (stored.isEmpty()) {
            pending.add(new RecordChange.Insert(RecordFingerprint.stamped(
                    generator.write(new RecordDates(today, today, now), List.of()), fingerprint)));
            return;
        }
        byte[] xml = stored.get().xml();
        if (RecordFingerprint.in(xml).filter(fingerprint::equals).isPresent()) {
            return;
        }
        List<Element> reports = QualityReports.carriedOver(xml);
        QueryableValues old = extractor.extract(xml);
        String publication = old.first(Queryable.PUBLICATION_DATE).orElse(today);
        RecordDates previous = new RecordDates(publication, old.first(Queryable.REVISION_DATE).orElse(today),
                old.first(Queryable.MODIFIED).orElse(now));
        MetadataRecord unchanged = generator.write(previous, reports);
        if (Arrays.equals(unchanged.xml(), RecordFingerprint.unstamped(xml))) {
            // the same content, stored without its fingerprint (or with an outdated one): stamped, dates kept
            pending.add(new RecordChange.Update(RecordFingerprint.stamped(unchanged, fingerprint)));
            return;
        }
        pending.add(new RecordChange.Update(RecordFingerprint.stamped(
                generator.write(new RecordDates(publication, today, now), reports), fingerprint)));
    }

    /**
     * Writes the pending changes in one transaction: all of them or, when the store refuses one, none.
     *
     * @return how many records were written
     */
    private int flush() {
        try {
            if (pending.isEmpty()) {
                return 0;
            }
            TransactionSummary summary = store.apply(List.copyOf(pending));
            return summary.inserted() + summary.updated() + summary.deleted();
        } finally {
            pending.clear();
        }
    }
}
