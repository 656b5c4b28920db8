package fr.crige.csw.publish;

import static fr.crige.core.catalog.CatalogFixtures.featureType;
import static fr.crige.core.catalog.CatalogFixtures.layer;
import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.catalog.CatalogFixtures;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.store.StoreException;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.store.DomainValue;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordPage;
import fr.crige.csw.store.RecordQuery;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.TransactionSummary;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reconciliation at start: no rewrite when nothing changed, in the background, ordered with changes. */
class PublicationReconciliationTest {

    private static final String FT_RECORD = PublicationIdentifiers.datasetRecord("ws:ft");
    private static final String FT2_RECORD = PublicationIdentifiers.datasetRecord("ws:ft2");
    private static final String WMS_RECORD = PublicationIdentifiers.serviceRecord(PublishedService.WMS);

    @TempDir
    Path dir;
    private RecordingStore store;
    private DefaultCatalog catalog;
    private final List<PublicationRecords> started = new ArrayList<>();
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();

    @BeforeEach
    void open() {
        store = new RecordingStore(SqliteRecordStore.open(dir.resolve("records.sqlite")));
        catalog = CatalogFixtures.populated();
    }

    @AfterEach
    void close() {
        started.forEach(PublicationRecords::close);
        store.close();
    }

    private PublicationRecords records(Instant now) {
        PublicationRecords records = new PublicationRecords(catalog, store, List.of(PublishedService.WMS),
                new RecordContact("CRIGE", "contact@crige.example"), new OwsEndpoints("https://geo.example.fr/"),
                Clock.fixed(now, ZoneOffset.UTC));
        started.add(records);
        return records;
    }

    @Test
    void aRestartWithNothingChangedWritesNothing() {
        catalog.add(featureType("ws", "st", "ft2"), layer("ws", "ft2", "polygon"));
        records(Instant.parse("2025-03-01T10:00:00Z")).start();
        MetadataRecord ft = store.get(FT_RECORD).orElseThrow();
        MetadataRecord wms = store.get(WMS_RECORD).orElseThrow();
        store.applied.clear();

        PublicationRecords restarted = records(Instant.parse("2025-06-01T10:00:00Z"));
        restarted.start();

        assertThat(store.applied).isEmpty();
        assertThat(restarted.status().recordsWritten()).isZero();
        assertThat(restarted.status().reconciled()).isEqualTo(2);
        assertThat(store.get(FT_RECORD)).contains(ft);
        assertThat(store.get(WMS_RECORD)).contains(wms);
        assertThat(restarted.recordOf("ws:ft2")).contains(FT2_RECORD);
    }

    @Test
    void aRecordStoredWithoutFingerprintIsStampedWithoutMovingItsDates() {
        records(Instant.parse("2025-03-01T10:00:00Z")).start();
        MetadataRecord stamped = store.get(FT_RECORD).orElseThrow();
        store.apply(List.of(new RecordChange.Update(new MetadataRecord(FT_RECORD,
                RecordFingerprint.unstamped(stamped.xml())))));
        assertThat(RecordFingerprint.in(store.get(FT_RECORD).orElseThrow().xml())).isEmpty();

        records(Instant.parse("2025-06-01T10:00:00Z")).start();

        assertThat(store.get(FT_RECORD)).as("same content, same dates, fingerprint back").contains(stamped);
    }

    @Test
    void aChangedLayerIsRewrittenWithNewDates() {
        records(Instant.parse("2025-03-01T10:00:00Z")).start();
        // changed while the server was stopped
        catalog = CatalogFixtures.populated();
        catalog.save(retitled(featureType("ws", "st", "ft"), "Haies bocagères"));

        records(Instant.parse("2025-06-01T10:00:00Z")).start();

        var values = extractor.extract(store.get(FT_RECORD).orElseThrow().xml());
        assertThat(values.first(Queryable.TITLE)).contains("Haies bocagères");
        assertThat(values.first(Queryable.PUBLICATION_DATE)).contains("2025-03-01");
        assertThat(values.first(Queryable.REVISION_DATE)).contains("2025-06-01");
    }

    @Test
    void startingInTheBackgroundReturnsAtOnceAndTheStatusFollowsTheReconciliation() throws Exception {
        PublicationRecords records = records(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(records.status().state()).isEqualTo(PublicationStatus.State.NOT_STARTED);
        store.holdDomain();

        records.startInBackground();
        assertThat(store.domainReached.await(5, TimeUnit.SECONDS)).isTrue();
        PublicationStatus running = records.status();
        assertThat(running.state()).isEqualTo(PublicationStatus.State.RUNNING);
        assertThat(running.layers()).isEqualTo(1);
        assertThat(running.startedAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(running.finishedAt()).isNull();
        assertThat(store.get(FT_RECORD)).isEmpty();

        store.releaseDomain();
        PublicationStatus done = await(records, s -> s.state() == PublicationStatus.State.DONE);
        assertThat(done.reconciled()).isEqualTo(1);
        assertThat(done.recordsWritten()).isEqualTo(2);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(done.error()).isNull();
        assertThat(store.get(FT_RECORD)).isPresent();
        assertThat(records.recordOf("ws:ft")).contains(FT_RECORD);
    }

    @Test
    void theReconciliationWaitsForTheEndOfStartUpAndChangesMeanwhileWaitBehindIt() {
        PublicationRecords records = records(Instant.parse("2025-03-01T10:00:00Z"));
        CompletableFuture<Void> serverStarted = new CompletableFuture<>();
        records.startInBackground(serverStarted);

        catalog.add(featureType("ws", "st", "ft2"), layer("ws", "ft2", "polygon"));
        assertThat(records.status().state()).isEqualTo(PublicationStatus.State.NOT_STARTED);
        assertThat(records.status().queuedChanges()).isEqualTo(1);
        assertThat(store.applied).isEmpty();

        serverStarted.complete(null);
        await(records, s -> s.state() == PublicationStatus.State.DONE && s.queuedChanges() == 0);
        assertThat(store.get(FT_RECORD)).isPresent();
        assertThat(store.get(FT2_RECORD)).isPresent();
        assertThat(extractor.extract(store.get(WMS_RECORD).orElseThrow().xml()).values(Queryable.OPERATES_ON))
                .containsExactly(FT_RECORD, FT2_RECORD);
    }

    @Test
    void aServerThatStopsBeforeItHasStartedWritesNoRecord() {
        PublicationRecords records = records(Instant.parse("2025-03-01T10:00:00Z"));
        records.startInBackground(new CompletableFuture<>());
        long begin = System.nanoTime();
        records.close();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
        assertThat(records.status().state()).isEqualTo(PublicationStatus.State.NOT_STARTED);
        assertThat(store.size()).isZero();
    }

    @Test
    void aStoreFailureEndsTheReconciliationAsFailed() {
        store.failDomain = true;
        PublicationRecords records = records(Instant.parse("2025-03-01T10:00:00Z"));
        records.startInBackground();
        PublicationStatus failed = await(records, s -> s.state() == PublicationStatus.State.FAILED);
        assertThat(failed.error()).contains("database is gone");
        assertThat(failed.finishedAt()).isNotNull();

        // the catalog is not vetoed, and later changes are still applied
        store.failDomain = false;
        catalog.add(featureType("ws", "st", "ft2"), layer("ws", "ft2", "polygon"));
        await(records, s -> s.queuedChanges() == 0);
        assertThat(store.get(FT2_RECORD)).isPresent();
    }

    @Test
    void layerChangesMadeDuringTheReconciliationAreAppliedAfterIt() throws Exception {
        PublicationRecords records = records(Instant.parse("2025-03-01T10:00:00Z"));
        store.holdDomain();
        records.startInBackground();
        assertThat(store.domainReached.await(5, TimeUnit.SECONDS)).isTrue();

        // the reconciliation has read the catalog: these changes are not in what it works on
        catalog.add(featureType("ws", "st", "ft2"), layer("ws", "ft2", "polygon"));
        catalog.save(retitled(featureType("ws", "st", "ft"), "Haies bocagères"));
        assertThat(records.status().queuedChanges()).isEqualTo(2);
        store.releaseDomain();

        await(records, s -> s.state() == PublicationStatus.State.DONE && s.queuedChanges() == 0);
        assertThat(store.get(FT2_RECORD)).isPresent();
        assertThat(extractor.extract(store.get(FT_RECORD).orElseThrow().xml()).first(Queryable.TITLE))
                .contains("Haies bocagères");
        assertThat(extractor.extract(store.get(WMS_RECORD).orElseThrow().xml()).values(Queryable.OPERATES_ON))
                .containsExactly(FT_RECORD, FT2_RECORD);
        assertThat(records.recordOf("ws:ft2")).contains(FT2_RECORD);
        assertThat(records.status().failedChanges()).isZero();
    }

    @Test
    void aCuratedRecordIsFoundAmongManyLayersWithoutALookupPerLayer() {
        for (int i = 0; i < 30; i++) {
            catalog.add(featureType("ws", "st", "t" + i), layer("ws", "t" + i, "polygon"));
        }
        records(Instant.parse("2025-03-01T10:00:00Z")).start();
        String curated = new String(store.get(PublicationIdentifiers.datasetRecord("ws:t7")).orElseThrow().xml(),
                StandardCharsets.UTF_8).replace(PublicationIdentifiers.datasetRecord("ws:t7"), "curated-t7");
        store.apply(List.of(new RecordChange.Insert(new MetadataRecord("curated-t7",
                RecordFingerprint.unstamped(curated.getBytes(StandardCharsets.UTF_8))))));
        store.queries = 0;

        PublicationRecords restarted = records(Instant.parse("2025-06-01T10:00:00Z"));
        restarted.start();

        assertThat(store.queries).as("one curated-record query, for the only layer two records describe")
                .isEqualTo(1);
        assertThat(restarted.recordOf("ws:t7")).contains("curated-t7");
        assertThat(store.get(PublicationIdentifiers.datasetRecord("ws:t7"))).isEmpty();
        assertThat(restarted.recordOf("ws:t8")).contains(PublicationIdentifiers.datasetRecord("ws:t8"));
    }

    private static FeatureTypeInfo retitled(FeatureTypeInfo ft, String title) {
        return new FeatureTypeInfo(ft.workspace(), ft.store(), ft.name(), ft.nativeName(), title, ft.abstractText(),
                ft.keywords(), ft.nativeCrs(), ft.srs(), ft.nativeBoundingBox(), ft.latLonBoundingBox(),
                ft.attributes(), true);
    }

    private static PublicationStatus await(PublicationRecords records, Predicate<PublicationStatus> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        PublicationStatus status = records.status();
        while (!condition.test(status)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for the publication records; status: " + status);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            status = records.status();
        }
        return status;
    }

    /** A record store that records the transactions and queries, and can hold or fail the domain lookup. */
    private static final class RecordingStore implements RecordStore {

        private final RecordStore delegate;
        final List<List<RecordChange>> applied = new ArrayList<>();
        volatile int queries;
        volatile boolean failDomain;
        final CountDownLatch domainReached = new CountDownLatch(1);
        private volatile CountDownLatch domainGate = new CountDownLatch(0);

        RecordingStore(RecordStore delegate) {
            this.delegate = delegate;
        }

        void holdDomain() {
            domainGate = new CountDownLatch(1);
        }

        void releaseDomain() {
            domainGate.countDown();
        }

        @Override
        public Optional<MetadataRecord> get(String identifier) {
            return delegate.get(identifier);
        }

        @Override
        public List<MetadataRecord> get(Collection<String> identifiers) {
            return delegate.get(identifiers);
        }

        @Override
        public RecordPage query(RecordQuery query) {
            queries++;
            return delegate.query(query);
        }

        @Override
        public List<DomainValue> domain(Queryable queryable) {
            domainReached.countDown();
            try {
                domainGate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failDomain) {
                throw new StoreException("database is gone");
            }
            return delegate.domain(queryable);
        }

        @Override
        public synchronized TransactionSummary apply(List<RecordChange> changes) {
            applied.add(changes);
            return delegate.apply(changes);
        }

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
