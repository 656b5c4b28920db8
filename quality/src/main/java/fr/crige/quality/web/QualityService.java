package fr.crige.quality.web;

import fr.crige.core.catalog.Catalog;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreManager;
import fr.crige.quality.engine.DeliveredFolder;
import fr.crige.quality.engine.DocumentChecker;
import fr.crige.quality.engine.Finding;
import fr.crige.quality.engine.TableValidator;
import fr.crige.quality.engine.ValidationContext;
import fr.crige.quality.input.Delivery;
import fr.crige.quality.input.InputProblem;
import fr.crige.quality.input.RowCursor;
import fr.crige.quality.input.StoreTableSource;
import fr.crige.quality.input.TableHeader;
import fr.crige.quality.input.TableSource;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.StandardRepository;
import fr.crige.quality.model.TableRule;
import fr.crige.quality.report.ReportRepository;
import fr.crige.quality.report.ValidationReport;
import fr.crige.quality.catalogue.ConformanceStatement;
import fr.crige.quality.catalogue.MetadataCatalogue;
import fr.crige.quality.metadata.MetadataValidator;
import fr.crige.quality.model.Level;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Locale;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs checks of uploads and published layers against the standards of the data directory, and of ISO 19139
 * records against the metadata rules, and keeps the reports in a {@link ReportRepository}. Small uploads are checked in the request; large ones run on a single background thread (the
 * checks are CPU-bound and the server has other work) as {@link Job}s with progress.
 */
public final class QualityService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QualityService.class);

    private final StandardRepository standards;
    private final Catalog catalog;
    private final StoreManager stores;
    private final StoreContext storeContext;
    private final QualitySettings settings;
    private final ReportRepository reports;
    private final MetadataCatalogue catalogue;
    private final MetadataValidator metadata = new MetadataValidator();
    private final DocumentChecker documents = new DocumentChecker();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crige-quality-jobs");
        t.setDaemon(true);
        return t;
    });

    public QualityService(StandardRepository standards, ReportRepository reports, Catalog catalog,
            StoreManager stores, StoreContext storeContext, QualitySettings settings) {
        this(standards, reports, catalog, stores, storeContext, settings, null);
    }

    /**
     * @param reports   where reports are kept for GET /rest/quality/reports/{id}
     * @param catalogue the CSW catalogue, or null when the server has none: checked layers then get no
     *                  conformity result in their record, and records cannot be checked by identifier
     */
    public QualityService(StandardRepository standards, ReportRepository reports, Catalog catalog,
            StoreManager stores, StoreContext storeContext, QualitySettings settings, MetadataCatalogue catalogue) {
        this.catalogue = catalogue;
        this.standards = standards;
        this.reports = reports;
        this.catalog = catalog;
        this.stores = stores;
        this.storeContext = storeContext;
        this.settings = settings;
    }

    public QualitySettings settings() {
        return settings;
    }

    public Collection<Standard> standards() {
        return standards.all();
    }

    /** The report of an upload, or null when it was started as a job (see {@link #lastJob}). */
    public record Outcome(ValidationReport report, Job job) {
    }

    /**
     * Checks an uploaded file written in {@code folder} (owned from now on: deleted when done).
     *
     * @throws UnknownStandardException when the standard or table is unknown
     */
    public Outcome validateUpload(String standardId, String tableName, Path folder, Path file, String originalName,
            long size, Map<String, String> context, String declaredCrs, Delivery.Options options) throws IOException {
        Standard standard;
        TableRule table;
        try {
            standard = standard(standardId);
            table = table(standard, tableName, originalName);
        } catch (RuntimeException e) {
            Delivery.discard(folder);
            throw e;
        }
        Delivery delivery = Delivery.open(folder, file, originalName, table, options, storeContext, settings.archive());
        DeliveredFolder delivered;
        List<Finding> documentFindings;
        try {
            delivered = delivery.extracted().map(archive -> DeliveredFolder.of(archive, originalName)).orElse(null);
            documentFindings = delivered == null ? List.of() : documents.check(standard, delivered, originalName);
        } catch (RuntimeException e) {
            delivery.close();
            throw e;
        }
        if (size <= settings.syncMaxBytes()) {
            try (delivery) {
                return new Outcome(run(standard, table, delivery.source(), context, declaredCrs, delivered, null,
                        documentFindings), null);
            }
        }
        Job job = new Job(UUID.randomUUID().toString());
        jobs.put(job.id(), job);
        executor.submit(() -> {
            try (delivery) {
                job.done(run(standard, table, delivery.source(), context, declaredCrs, delivered, job,
                        documentFindings).id());
            } catch (RuntimeException e) {
                LOG.warn("Quality job {} failed", job.id(), e);
                job.failed(e.getMessage());
            }
        });
        return new Outcome(null, job);
    }

    /** The report of a published layer, and the catalogue record that received its conformity result. */
    public record LayerCheck(ValidationReport report, Optional<String> catalogueRecord) {
    }

    /**
     * Checks a published layer, then states the result in the layer's catalogue record (DQ_ConformanceResult
     * citing the standard) when there is a catalogue and the layer has a record.
     */
    public LayerCheck validateLayer(String workspace, String layer, String standardId, String tableName,
            Map<String, String> context) {
        Standard standard = standard(standardId);
        FeatureTypeInfo type = catalog.featureType(workspace, layer).orElseThrow(() -> new fr.crige.core.catalog
                .CatalogException(fr.crige.core.catalog.CatalogException.Kind.NOT_FOUND,
                        "Layer " + workspace + ":" + layer + " does not exist"));
        TableRule table = table(standard, tableName, type.nativeName());
        TableSource source = new StoreTableSource(stores.get(workspace, type.store()), type.nativeName(),
                type.qualifiedName());
        ValidationReport report = run(standard, table, source, context, type.nativeCrs(), null, null, List.of());
        Optional<String> record = Optional.empty();
        if (catalogue != null) {
            try {
                record = catalogue.publish(type.qualifiedName(), statement(standard, report));
            } catch (RuntimeException e) {
                // the check is done and kept; the record is written again at the next check
                LOG.warn("The conformity result of {} could not be written into its catalogue record: {}",
                        type.qualifiedName(), e.getMessage(), e);
            }
        }
        return new LayerCheck(report, record);
    }

    /** Checks an uploaded ISO 19139 record against the MD-* rules. */
    public ValidationReport validateMetadata(InputStream xml, String name) {
        ValidationReport report = metadata.validate(xml, name);
        reports.save(report);
        return report;
    }

    /** Checks a record of the catalogue; empty when there is no catalogue or no such record. */
    public Optional<ValidationReport> validateCatalogueRecord(String identifier) {
        if (catalogue == null) {
            return Optional.empty();
        }
        return catalogue.record(identifier).map(r -> validateMetadata(new ByteArrayInputStream(r.xml()),
                r.identifier()));
    }

    /** The conformity statement of a check, worded for readers of the French catalogue. */
    private static ConformanceStatement statement(Standard standard, ValidationReport report) {
        Map<Level, Long> counts = report.countsByLevel();
        String title = standard.title() + (standard.version() == null ? "" : ", " + standard.version());
        String explanation = String.format(Locale.FRENCH, "Contrôle automatique crige du %s de la table %s "
                + "(%d objets) : %d erreur(s), %d avertissement(s).",
                report.checkedAt().atZone(ZoneOffset.UTC).toLocalDate(), report.table(), report.rows(),
                counts.get(Level.ERROR) + counts.get(Level.FATAL), counts.get(Level.WARNING));
        return new ConformanceStatement(title, standard.date(), report.valid(), explanation);
    }

    /** A stored report; empty when there is none (never made, or deleted by the retention). */
    public Optional<ValidationReport> report(String id) {
        return reports.find(id);
    }

    public Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /**
     * Checks a table and keeps the report.
     *
     * @param folder           the delivered folder (document mode), or null for a single file or a layer
     * @param documentFindings findings of the delivered folder, reported before the table's
     */
    private ValidationReport run(Standard standard, TableRule table, TableSource source, Map<String, String> context,
            String declaredCrs, DeliveredFolder folder, Job job, List<Finding> documentFindings) {
        TableSource counted = job == null ? source : new TableSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public TableHeader header() throws InputProblem {
                TableHeader header = source.header();
                job.total(header.rowCount());
                return header;
            }

            @Override
            public RowCursor rows() throws InputProblem {
                return source.rows();
            }
        };
        TableValidator.Result result = new TableValidator().validate(standard, table, counted,
                new ValidationContext(context, declaredCrs, job == null ? null : job::progress, folder));
        ValidationReport report = new ValidationReport(UUID.randomUUID().toString(), standard.id(), standard.title(),
                standard.version(), table.name(), source.name(), Instant.now(), result.rows(),
                Stream.concat(documentFindings.stream(), result.findings().stream()).toList());
        reports.save(report);
        return report;
    }

    private Standard standard(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("parameter 'standard' is required; see GET /rest/quality/standards");
        }
        return standards.find(id).orElseThrow(() -> new UnknownStandardException("unknown standard '" + id
                + "'; see GET /rest/quality/standards"));
    }

    /** The named table, else the one whose file pattern matches the file, else the only one. */
    private static TableRule table(Standard standard, String name, String fileName) {
        if (name != null && !name.isBlank()) {
            return standard.table(name).orElseThrow(() -> new UnknownStandardException("standard " + standard.id()
                    + " has no table '" + name + "'"));
        }
        String base = fileName == null ? "" : Path.of(fileName).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return standard.tables().stream().filter(t -> t.filePattern() != null && t.filePattern().matcher(base).matches())
                .findFirst().orElseGet(() -> {
                    if (standard.tables().size() == 1) {
                        return standard.tables().get(0);
                    }
                    throw new IllegalArgumentException("standard " + standard.id() + " has several tables: give 'table'");
                });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
