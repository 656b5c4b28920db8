package fr.crige.quality.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.crige.core.catalog.CatalogException;
import fr.crige.quality.input.Delivery;
import fr.crige.quality.input.RejectedInputException;
import fr.crige.quality.model.Standard;
import fr.crige.quality.model.TableRule;
import fr.crige.quality.report.CsvReportWriter;
import fr.crige.quality.report.HtmlReportWriter;
import fr.crige.quality.report.JsonReportWriter;
import fr.crige.quality.report.Messages;
import fr.crige.quality.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The quality API: list the standards, check an upload or a published layer (whose catalogue record then
 * receives the conformity result), check an ISO 19139 metadata record (uploaded, or from the catalogue by
 * identifier), fetch reports (JSON, HTML, CSV) and job progress. Reports are in French unless
 * {@code lang=en}. Bad input is refused before anything is kept: unknown standard 404, unreadable or unsafe
 * archive 400, too large 413.
 */
@RestController
@RequestMapping("/rest/quality")
public class QualityController {

    /** Request parameters that are not context parameters of the standard. */
    private static final Set<String> RESERVED = Set.of("standard", "table", "crs", "encoding", "delimiter", "lang",
            "file");

    private final QualityService service;
    private final JsonReportWriter json = new JsonReportWriter();

    public QualityController(QualityService service) {
        this.service = service;
    }

    @GetMapping(value = "/standards", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Map<String, Object>> standards() {
        return service.standards().stream().map(QualityController::describe).toList();
    }

    @PostMapping(value = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Object> validate(@RequestParam("file") MultipartFile file,
            @RequestParam Map<String, String> parameters) throws IOException {
        if (file.getSize() > service.settings().maxUploadBytes()) {
            throw new RejectedInputException("the file is larger than " + service.settings().maxUploadBytes()
                    + " bytes", true);
        }
        String original = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()
                .replace('\\', '/')).getFileName().toString();
        Path folder = Files.createTempDirectory("crige-quality-");
        Path stored = folder.resolve("upload" + extension(original));
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, stored);
        } catch (IOException e) {
            Delivery.discard(folder);
            throw e;
        }
        QualityService.Outcome outcome = service.validateUpload(parameters.get("standard"), parameters.get("table"),
                folder, stored, original, file.getSize(), context(parameters), parameters.get("crs"),
                new Delivery.Options(parameters.get("encoding"), parameters.get("delimiter")));
        if (outcome.job() != null) {
            return ResponseEntity.accepted().body(job(outcome.job()));
        }
        return ResponseEntity.ok(json.write(outcome.report(), Messages.forLanguage(parameters.get("lang"))));
    }

    @PostMapping(value = "/layers/{qualifiedName}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode validateLayer(@PathVariable String qualifiedName, @RequestParam Map<String, String> parameters) {
        int colon = qualifiedName.indexOf(':');
        if (colon <= 0 || colon == qualifiedName.length() - 1) {
            throw new IllegalArgumentException("layer must be given as workspace:layer");
        }
        QualityService.LayerCheck check = service.validateLayer(qualifiedName.substring(0, colon),
                qualifiedName.substring(colon + 1), parameters.get("standard"), parameters.get("table"),
                context(parameters));
        ObjectNode body = json.write(check.report(), Messages.forLanguage(parameters.get("lang")));
        check.catalogueRecord().ifPresent(id -> body.put("catalogueRecord", id));
        return body;
    }

    /** Checks an uploaded ISO 19139 metadata record (multipart {@code file}) against the MD-* rules. */
    @PostMapping(value = "/metadata", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode validateMetadata(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String lang) throws IOException {
        if (file.getSize() > service.settings().maxUploadBytes()) {
            throw new RejectedInputException("the file is larger than " + service.settings().maxUploadBytes()
                    + " bytes", true);
        }
        String name = file.getOriginalFilename() == null ? "record.xml" : Path.of(file.getOriginalFilename()
                .replace('\\', '/')).getFileName().toString();
        try (InputStream in = file.getInputStream()) {
            return json.write(service.validateMetadata(in, name), Messages.forLanguage(lang));
        }
    }

    /** Checks the catalogue record with this file identifier against the MD-* rules. */
    @PostMapping(value = "/metadata/records/{identifier}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode validateCatalogueRecord(@PathVariable String identifier,
            @RequestParam(required = false) String lang) {
        return json.write(service.validateCatalogueRecord(identifier).orElseThrow(() -> new NotFound(
                "no catalogue record " + identifier)), Messages.forLanguage(lang));
    }

    @GetMapping(value = "/reports/{id}.html", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> reportHtml(@PathVariable String id,
            @RequestParam(required = false) String lang) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(new HtmlReportWriter().write(report(id), Messages.forLanguage(lang)));
    }

    @GetMapping(value = "/reports/{id}.csv", produces = "text/csv")
    public ResponseEntity<String> reportCsv(@PathVariable String id, @RequestParam(required = false) String lang) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"report-" + id + ".csv\"")
                .body(new CsvReportWriter().write(report(id), Messages.forLanguage(lang)));
    }

    @GetMapping(value = "/reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode reportJson(@PathVariable String id, @RequestParam(required = false) String lang) {
        return json.write(report(id), Messages.forLanguage(lang));
    }

    @GetMapping(value = "/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> job(@PathVariable String id) {
        return job(service.job(id).orElseThrow(() -> new NotFound("no job " + id)));
    }

    private ValidationReport report(String id) {
        return service.report(id).orElseThrow(() -> new NotFound("no report " + id));
    }

    private static Map<String, Object> job(Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id());
        body.put("status", job.status().name());
        body.put("rowsChecked", job.rowsChecked());
        if (job.totalRows() >= 0) {
            body.put("totalRows", job.totalRows());
            body.put("progress", job.totalRows() == 0 ? 1.0 : Math.min(1.0, (double) job.rowsChecked() / job.totalRows()));
        }
        body.put("href", "/rest/quality/jobs/" + job.id());
        if (job.reportId() != null) {
            body.put("report", "/rest/quality/reports/" + job.reportId());
        }
        if (job.error() != null) {
            body.put("error", job.error());
        }
        return body;
    }

    private static Map<String, String> context(Map<String, String> parameters) {
        Map<String, String> context = new HashMap<>(parameters);
        context.keySet().removeAll(RESERVED);
        return context;
    }

    private static Map<String, Object> describe(Standard s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", s.id());
        body.put("title", s.title());
        body.put("version", s.version());
        body.put("publisher", s.publisher());
        body.put("tables", s.tables().stream().map(TableRule::name).toList());
        body.put("formats", s.tables().stream().flatMap(t -> t.formats().stream()).distinct().toList());
        body.put("context", s.context().stream().map(c -> Map.of("name", c.name(), "description",
                c.description() == null ? "" : c.description(), "derivedFromFolderName", c.folderName() != null))
                .toList());
        return body;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
    }

    /** A report or job that does not exist (a report may have been deleted by the retention). */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    @ExceptionHandler({UnknownStandardException.class, NotFound.class})
    ResponseEntity<Map<String, String>> notFound(RuntimeException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(CatalogException.class)
    ResponseEntity<Map<String, String>> catalog(CatalogException e) {
        return error(e.kind() == CatalogException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                e.getMessage());
    }

    @ExceptionHandler(RejectedInputException.class)
    ResponseEntity<Map<String, String>> rejected(RejectedInputException e) {
        return error(e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", status.name(), "message", message == null ? status.getReasonPhrase() : message));
    }
}
