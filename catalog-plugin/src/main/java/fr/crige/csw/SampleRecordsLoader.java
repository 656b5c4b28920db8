package fr.crige.csw;

import fr.crige.csw.record.InvalidRecordException;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the ISO 19139 files of {@code <data-dir>/csw/records/*.xml} into the store at start, each only when
 * its identifier is absent: records edited through Transaction are never overwritten by the files. A bad
 * file is logged and skipped; it never blocks the others.
 */
public final class SampleRecordsLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SampleRecordsLoader.class);

    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();

    /** @return the number of records inserted */
    public int load(Path directory, RecordStore store) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Cannot list the records in {}: {}", directory, e.getMessage());
            return 0;
        }
        int inserted = 0;
        for (Path file : files) {
            try {
                byte[] xml = Files.readAllBytes(file);
                String id = extractor.extract(xml).first(Queryable.IDENTIFIER).orElseThrow();
                if (store.get(id).isEmpty()) {
                    inserted += store.apply(List.of(new RecordChange.Insert(new MetadataRecord(id, xml)))).inserted();
                }
            } catch (IOException | InvalidRecordException e) {
                LOG.warn("Metadata record {} not loaded: {}", file.getFileName(), e.getMessage());
            }
        }
        return inserted;
    }
}
