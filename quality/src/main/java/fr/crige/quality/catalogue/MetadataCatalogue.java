package fr.crige.quality.catalogue;

import fr.crige.csw.publish.PublicationRecords;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The quality module's view of the CSW catalogue: records to check by identifier, and the record describing a
 * published layer, into which the result of a check against a standard is written so that partner
 * catalogues harvesting crige see it (issue item 6).
 *
 * <p>The layer's record is the one {@link PublicationRecords} keeps for it: a curated record carrying the
 * layer's resource identifier, else the generated one. A generated record is rebuilt from the catalog when
 * the layer changes or at start, which drops the result; the next check of the layer writes it again.
 */
public final class MetadataCatalogue {

    private final RecordStore store;
    private final PublicationRecords publications;
    private final ConformanceResultWriter writer = new ConformanceResultWriter();
    private final Clock clock;

    public MetadataCatalogue(RecordStore store, PublicationRecords publications, Clock clock) {
        this.store = store;
        this.publications = publications;
        this.clock = clock;
    }

    /** The record with this file identifier. */
    public Optional<MetadataRecord> record(String identifier) {
        return store.get(identifier);
    }

    /**
     * Writes the statement into the record of the published layer {@code workspace:name}.
     *
     * @return the identifier of the record updated, or empty when the layer has no record (not published)
     */
    public synchronized Optional<String> publish(String qualifiedLayerName, ConformanceStatement statement) {
        Optional<MetadataRecord> record = publications.recordOf(qualifiedLayerName).flatMap(store::get);
        record.ifPresent(r -> store.apply(List.of(new RecordChange.Update(new MetadataRecord(r.identifier(),
                writer.write(r.xml(), statement, OffsetDateTime.now(clock)))))));
        return record.map(MetadataRecord::identifier);
    }
}
