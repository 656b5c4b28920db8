package fr.crige.csw.load;

import fr.crige.core.store.StoreException;
import fr.crige.csw.load.LoadReport.Outcome;
import fr.crige.csw.load.RecordOutcome.Status;
import fr.crige.csw.record.InvalidRecordException;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordConflictException;
import fr.crige.csw.store.RecordStore;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads ISO 19139 records sent by an administrator into the {@link RecordStore}, one by one or as a zip
 * archive, and reports the fate of each.
 *
 * <p>Each record is stored in its own transaction: a record that is not XML, not a {@code gmd:MD_Metadata},
 * has no {@code gmd:fileIdentifier} or, when asked, is not valid against the ISO 19139 schemas is refused
 * with the reason, and the others load all the same. A record whose identifier is in the catalogue replaces
 * the stored one (an update, all or nothing as the store guarantees); otherwise it is inserted. The bytes are
 * stored as received.
 *
 * <p>Archives are read as they stream in ({@link ZipRecordReader}), each record loaded before the next is
 * read; so when a limit stops the reading, the records before it are loaded, and the report says so.
 * Thread-safe.
 */
public final class RecordLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RecordLoader.class);

    /** The name of a record sent alone as the request body, in the report. */
    static final String BODY = "body";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};

    private final RecordStore store;
    private final RecordLoadLimits limits;
    private final ZipRecordReader zipReader;
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();
    private final Iso19139Validator validator = new Iso19139Validator();

    public RecordLoader(RecordStore store, RecordLoadLimits limits) {
        this.store = Objects.requireNonNull(store, "store");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.zipReader = new ZipRecordReader(limits);
    }

    /** Loads one record, the whole of {@code body}, reported under the name {@code file}. */
    public LoadReport loadRecord(String file, InputStream body, boolean validate) throws IOException {
        byte[] xml = body.readNBytes(Math.toIntExact(limits.maxRecordBytes() + 1));
        if (xml.length > limits.maxRecordBytes()) {
            return report(List.of(), "The record is larger than " + limits.maxRecordBytes() + " bytes",
                    Outcome.TOO_LARGE);
        }
        if (xml.length == 0) {
            return report(List.of(), "The body is empty", Outcome.UNREADABLE);
        }
        String identifier;
        try {
            identifier = identifier(xml);
        } catch (InvalidRecordException e) {
            boolean notXml = e.getCause() instanceof XMLStreamException;
            return report(List.of(RecordOutcome.refused(file, null, List.of(e.getMessage()))),
                    notXml ? "The body is not well-formed XML" : null, notXml ? Outcome.UNREADABLE : Outcome.READ);
        }
        return report(List.of(load(file, xml, identifier, validate)), null, Outcome.READ);
    }

    /** Loads the {@code *.xml} entries of a zip archive; other entries are reported as skipped. */
    public LoadReport loadArchive(InputStream archive, boolean validate) throws IOException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        try {
            zipReader.read(archive, entry -> outcomes.add(load(entry, validate)));
        } catch (UploadTooLargeException e) {
            return report(outcomes, e.getMessage(), Outcome.TOO_LARGE);
        } catch (UnreadableUploadException e) {
            return report(outcomes, e.getMessage(), outcomes.isEmpty() ? Outcome.UNREADABLE : Outcome.READ);
        }
        if (outcomes.stream().allMatch(o -> o.status() == Status.SKIPPED)) {
            return report(outcomes, "The archive holds no .xml record", Outcome.UNREADABLE);
        }
        return report(outcomes, null, Outcome.READ);
    }

    /**
     * Loads an uploaded file whose kind is not declared (a browser's form upload): a zip archive when it
     * starts as one, a single record otherwise.
     */
    public LoadReport loadFile(String file, InputStream content, boolean validate) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content);
        in.mark(ZIP_MAGIC.length);
        byte[] start = in.readNBytes(ZIP_MAGIC.length);
        in.reset();
        boolean zip = Arrays.equals(start, ZIP_MAGIC) || Arrays.equals(start, EMPTY_ZIP_MAGIC);
        return zip ? loadArchive(in, validate) : loadRecord(file, in, validate);
    }

    private RecordOutcome load(ArchiveEntry entry, boolean validate) {
        if (entry instanceof ArchiveEntry.Skipped skipped) {
            return new RecordOutcome(skipped.name(), null, Status.SKIPPED, List.of(skipped.reason()));
        }
        if (entry instanceof ArchiveEntry.Oversized oversized) {
            return RecordOutcome.refused(oversized.name(), null,
                    List.of("The record is larger than " + oversized.limit() + " bytes"));
        }
        ArchiveEntry.Xml xml = (ArchiveEntry.Xml) entry;
        try {
            return load(xml.name(), xml.content(), identifier(xml.content()), validate);
        } catch (InvalidRecordException e) {
            return RecordOutcome.refused(xml.name(), null, List.of(e.getMessage()));
        }
    }

    private String identifier(byte[] xml) {
        return extractor.extract(xml).first(Queryable.IDENTIFIER)
                .orElseThrow(() -> new InvalidRecordException("The record has no gmd:fileIdentifier"));
    }

    private RecordOutcome load(String file, byte[] xml, String identifier, boolean validate) {
        if (validate) {
            List<String> problems = validator.problems(xml);
            if (!problems.isEmpty()) {
                return RecordOutcome.refused(file, identifier, problems);
            }
        }
        try {
            Status status = store(new MetadataRecord(identifier, xml));
            return new RecordOutcome(file, identifier, status, List.of());
        } catch (InvalidRecordException e) {
            return RecordOutcome.refused(file, identifier, List.of(e.getMessage()));
        } catch (StoreException e) {
            LOG.warn("Record {} ({}) not stored: {}", identifier, file, e.getMessage());
            return RecordOutcome.refused(file, identifier, List.of("The record store failed: " + e.getMessage()));
        }
    }

    /** Replaces the stored record of this identifier, or inserts it when there is none. */
    private Status store(MetadataRecord record) {
        RecordChange.Update update = new RecordChange.Update(record);
        if (store.get(record.identifier()).isPresent() && store.apply(List.of(update)).updated() > 0) {
            return Status.REPLACED;
        }
        try {
            store.apply(List.of(new RecordChange.Insert(record)));
            return Status.INSERTED;
        } catch (RecordConflictException e) {
            // inserted by a concurrent request since we looked
            store.apply(List.of(update));
            return Status.REPLACED;
        }
    }

    private static LoadReport report(List<RecordOutcome> outcomes, String message, Outcome outcome) {
        LoadReport report = LoadReport.of(outcomes, message, outcome);
        LoadReport.Summary s = report.summary();
        LOG.info("Records loaded through the API: {} inserted, {} replaced, {} refused, {} skipped{}", s.inserted(),
                s.replaced(), s.refused(), s.skipped(), message == null ? "" : " (" + message + ")");
        return report;
    }
}
