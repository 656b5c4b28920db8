package fr.crige.csw.load;

import fr.crige.core.filter.Filter;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalogue's records for the administrator, under {@code /rest/csw/records} (the REST API's
 * authentication applies):
 *
 * <ul>
 *   <li>{@code POST} loads ISO 19139 records ({@link RecordLoader}): one {@code gmd:MD_Metadata} as
 *       {@code application/xml}, a zip archive of {@code *.xml} records as {@code application/zip}, or either
 *       as the {@code file} part of a {@code multipart/form-data} upload ({@code curl -F file=@records.zip}).
 *       {@code ?validate=false} skips the ISO 19139 schema validation. The answer is the {@link LoadReport}:
 *       200 when the upload was read, even if records were refused; 400 when nothing could be read; 413 over a
 *       {@link RecordLoadLimits limit}.</li>
 *   <li>{@code GET /{identifier}} answers the record exactly as stored.</li>
 *   <li>{@code DELETE /{identifier}} removes it.</li>
 * </ul>
 *
 * <p>Loading here is separate from CSW Transaction, which takes one XML document of changes: an archive of
 * records exported from another catalogue is what administrators have at hand, and they need to know which
 * records did not load and why.
 */
@RestController
@RequestMapping(path = "/rest/csw/records")
public class RecordsController {

    private static final String ZIP = "application/zip";
    /** What Windows browsers send for a zip file. */
    private static final String WINDOWS_ZIP = "application/x-zip-compressed";

    private final RecordLoader loader;
    private final RecordStore store;

    public RecordsController(RecordLoader loader, RecordStore store) {
        this.loader = loader;
        this.store = store;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<LoadReport> loadRecord(InputStream body,
            @RequestParam(defaultValue = "true") boolean validate) throws IOException {
        return answer(loader.loadRecord(RecordLoader.BODY, body, validate));
    }

    @PostMapping(consumes = {ZIP, WINDOWS_ZIP}, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<LoadReport> loadArchive(InputStream body,
            @RequestParam(defaultValue = "true") boolean validate) throws IOException {
        return answer(loader.loadArchive(body, validate));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<LoadReport> loadFile(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean validate) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? RecordLoader.BODY : file.getOriginalFilename();
        try (InputStream content = file.getInputStream()) {
            return answer(loader.loadFile(name, content, validate));
        }
    }

    /** The record as it was loaded, byte for byte: its XML declaration tells its encoding. */
    @GetMapping(path = "/{identifier}")
    public ResponseEntity<?> record(@PathVariable String identifier) {
        return store.get(identifier)
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(r.xml()))
                .orElseGet(() -> notFound(identifier));
    }

    @DeleteMapping(path = "/{identifier}")
    public ResponseEntity<?> delete(@PathVariable String identifier) {
        int deleted = store.apply(List.of(new RecordChange.Delete(Filter.ids(identifier)))).deleted();
        return deleted > 0 ? ResponseEntity.ok().build() : notFound(identifier);
    }

    private static ResponseEntity<LoadReport> answer(LoadReport report) {
        HttpStatus status = switch (report.outcome()) {
            case READ -> HttpStatus.OK;
            case UNREADABLE -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(report);
    }

    private static ResponseEntity<Map<String, String>> notFound(String identifier) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "NOT_FOUND", "message", "No record with identifier " + identifier));
    }
}
