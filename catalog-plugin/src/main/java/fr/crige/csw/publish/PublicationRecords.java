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
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * Keeps the catalogue describing what crige publishes: every published layer (layer, feature type and store
 * enabled) has a dataset record, and each OGC service a service record coupled with those datasets. Records
 * are written at start for the whole catalog and then on every catalog change, as a {@link CatalogListener}.
 *
 * <p>Rules:
 * <ul>
 * <li>A curated record wins: when the store holds a record, other than the generated one, whose resource
 *     identifier is the layer's ({@code cvl:trees}), no record is generated for the layer (an existing
 *     generated one is removed) and the service records point to the curated record. Curated records are
 *     never modified nor deleted here.</li>
 * <li>A generated record is rewritten only when its content changes; its dates then move (revision date,
 *     {@code dateStamp}) while its publication date stays. Restarts therefore change nothing, and harvesters,
 *     which re-fetch records whose {@code dateStamp} moved, only fetch real changes.</li>
 * <li>A layer that is removed or no longer published loses its generated record; at start, the generated
 *     records the previous service records pointed to and whose layer is gone are removed too.</li>
 * <li>The catalogue follows the catalog, never the reverse: a record store failure is logged and does not
 *     veto the catalog change; the next start repairs the records.</li>
 * </ul>
 * Catalog callbacks arrive before the change is visible in the catalog, so the feature type of a layer being
 * added, or the store being switched, is taken from the callbacks rather than read back from the catalog.
 */
public final class PublicationRecords implements CatalogListener {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationRecords.class);

    private final Catalog catalog;
    private final RecordStore store;
    private final List<PublishedService> services;
    private final DatasetRecordWriter datasets;
    private final ServiceRecordWriter serviceRecords;
    private final Clock clock;
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();
    /** Feature types announced by an addition whose layer has not been announced yet. */
    private final Map<String, FeatureTypeInfo> pendingTypes = new HashMap<>();
    /** The published layers by qualified name, with the record describing each. */
    private final Map<String, CoupledDataset> published = new TreeMap<>();
    /**
     * Record changes decided but not yet written: a reconciliation writes them in one transaction, so that
     * describing 10,000 layers at start is one commit, not 10,000.
     */
    private final List<RecordChange> pending = new ArrayList<>();

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
     * Brings the records in line with the catalog, then listens to it.
     *
     * @return the number of published layers
     */
    public synchronized int start() {
        for (FeatureTypeInfo type : catalog.featureTypes((String) null)) {
            catalog.layer(type.workspace(), type.name()).ifPresent(layer -> reconcileDataset(type, layer,
                    storeEnabled(type)));
        }
        removeOrphans();
        reconcileServices();
        flush();
        catalog.addListener(this);
        return published.size();
    }

    @Override
    public synchronized void onFeatureType(FeatureTypeInfo before, FeatureTypeInfo after) {
        guarded(after == null ? before.qualifiedName() : after.qualifiedName(), () -> {
            if (after == null) {
                withdraw(before.qualifiedName());
                return;
            }
            Optional<LayerInfo> layer = catalog.layer(after.workspace(), after.name());
            if (layer.isPresent()) {
                reconcileDataset(after, layer.get(), storeEnabled(after));
            } else {
                // an addition: its layer is announced next
                pendingTypes.put(after.qualifiedName(), after);
            }
        });
    }

    @Override
    public synchronized void onLayer(LayerInfo before, LayerInfo after) {
        guarded(after == null ? before.qualifiedName() : after.qualifiedName(), () -> {
            if (after == null) {
                pendingTypes.remove(before.qualifiedName());
                withdraw(before.qualifiedName());
                return;
            }
            FeatureTypeInfo type = pendingTypes.remove(after.qualifiedName());
            if (type == null) {
                type = catalog.featureType(after.workspace(), after.name()).orElse(null);
            }
            if (type != null) {
                reconcileDataset(type, after, storeEnabled(type));
            }
        });
    }

    @Override
    public synchronized void onStore(StoreInfo before, StoreInfo after) {
        if (before == null || after == null || before.enabled() == after.enabled()) {
            return;
        }
        guarded(after.workspace() + ":" + after.name(), () -> {
            for (FeatureTypeInfo type : catalog.featureTypes(after.workspace(), after.name())) {
                catalog.layer(type.workspace(), type.name()).ifPresent(layer ->
                        reconcileDataset(type, layer, after.enabled()));
            }
        });
    }

    /** The layers currently published, with the record describing each. */
    public synchronized List<CoupledDataset> published() {
        return List.copyOf(published.values());
    }

    /**
     * The identifier of the record describing a published layer's data, generated or curated: what the
     * MetadataURL of the WMS and WFS capabilities points to (with {@link OwsEndpoints#record}).
     */
    public synchronized Optional<String> recordOf(String qualifiedLayerName) {
        return Optional.ofNullable(published.get(qualifiedLayerName)).map(CoupledDataset::recordId);
    }

    private void guarded(String subject, Runnable action) {
        try {
            action.run();
            reconcileServices();
            flush();
        } catch (RuntimeException e) {
            pending.clear();
            LOG.warn("The catalogue records of {} could not be updated; they will be on the next start: {}",
                    subject, e.getMessage(), e);
        }
    }

    private boolean storeEnabled(FeatureTypeInfo type) {
        return catalog.store(type.workspace(), type.store()).map(StoreInfo::enabled).orElse(false);
    }

    private void reconcileDataset(FeatureTypeInfo type, LayerInfo layer, boolean storeEnabled) {
        String name = type.qualifiedName();
        if (!(type.enabled() && layer.enabled() && storeEnabled)) {
            withdraw(name);
            return;
        }
        String generatedId = PublicationIdentifiers.datasetRecord(name);
        Optional<String> curated = curatedRecord(name, generatedId);
        String recordId;
        if (curated.isPresent()) {
            deleteIfPresent(generatedId);
            recordId = curated.get();
        } else {
            upsert(generatedId, (dates, reports) -> datasets.write(type, services, dates, reports));
            recordId = generatedId;
        }
        published.put(name, new CoupledDataset(recordId, name, Optional.ofNullable(type.latLonBoundingBox())
                .map(BoundingBox::toEnvelope)));
    }

    private void withdraw(String qualifiedName) {
        published.remove(qualifiedName);
        deleteIfPresent(PublicationIdentifiers.datasetRecord(qualifiedName));
    }

    /** The first record, in identifier order, describing the layer's data that crige did not generate. */
    private Optional<String> curatedRecord(String qualifiedName, String generatedId) {
        RecordQuery query = new RecordQuery(Filter.equal(Queryable.RESOURCE_IDENTIFIER.apisoName(), qualifiedName),
                List.of(new RecordSort(Queryable.IDENTIFIER, true)), 1, 2);
        return store.query(query).records().stream().map(MetadataRecord::identifier)
                .filter(id -> !id.equals(generatedId)).findFirst();
    }

    private void reconcileServices() {
        List<CoupledDataset> coupled = List.copyOf(published.values());
        for (PublishedService service : PublishedService.values()) {
            String id = PublicationIdentifiers.serviceRecord(service);
            if (services.contains(service)) {
                upsert(id, (dates, reports) -> serviceRecords.write(service, coupled, dates, reports));
            } else {
                deleteIfPresent(id);
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
        store.get(Arrays.stream(PublishedService.values()).map(PublicationIdentifiers::serviceRecord).toList())
                .forEach(r -> previous.addAll(extractor.extract(r.xml()).values(Queryable.OPERATES_ON)));
        for (MetadataRecord record : store.get(previous.stream().filter(id -> !inUse.contains(id)).distinct()
                .toList())) {
            Optional<String> resource = extractor.extract(record.xml()).first(Queryable.RESOURCE_IDENTIFIER);
            if (resource.map(PublicationIdentifiers::datasetRecord).filter(record.identifier()::equals).isPresent()) {
                deleteIfPresent(record.identifier());
            }
        }
    }

    /** A function writing a record with given dates and the quality reports kept from its previous version. */
    @FunctionalInterface
    private interface Generator {
        MetadataRecord write(RecordDates dates, List<Element> qualityReports);
    }

    /**
     * Inserts the record, or replaces it when its content changed, moving its dates only then. The
     * conformity results the quality module wrote into the previous version are carried over.
     */
    private void upsert(String id, Generator generator) {
        Optional<MetadataRecord> existing = store.get(id);
        String today = LocalDate.now(clock).toString();
        String now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(clock)
                .withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        if (existing.isEmpty()) {
            pending.add(new RecordChange.Insert(generator.write(new RecordDates(today, today, now), List.of())));
            return;
        }
        List<Element> reports = QualityReports.carriedOver(existing.get().xml());
        QueryableValues old = extractor.extract(existing.get().xml());
        String publication = old.first(Queryable.PUBLICATION_DATE).orElse(today);
        RecordDates previous = new RecordDates(publication, old.first(Queryable.REVISION_DATE).orElse(today),
                old.first(Queryable.MODIFIED).orElse(now));
        if (generator.write(previous, reports).equals(existing.get())) {
            return;
        }
        pending.add(new RecordChange.Update(generator.write(new RecordDates(publication, today, now), reports)));
    }

    private void deleteIfPresent(String id) {
        if (store.get(id).isPresent()) {
            pending.add(new RecordChange.Delete(Filter.ids(id)));
        }
    }

    /** Writes the pending changes in one transaction: all of them or, when the store refuses one, none. */
    private void flush() {
        try {
            if (!pending.isEmpty()) {
                store.apply(List.copyOf(pending));
            }
        } finally {
            pending.clear();
        }
    }
}
