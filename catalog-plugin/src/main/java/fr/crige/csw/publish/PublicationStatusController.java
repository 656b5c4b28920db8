package fr.crige.csw.publish;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /rest/csw/publication}: the {@link PublicationStatus} of the catalogue records, as JSON, for the
 * administrator (the REST API's authentication applies). It is apart from the CSW capabilities, which
 * describe the service, not its housekeeping, and from the health endpoint, which stays UP while records
 * are being written: the catalogue answers meanwhile.
 */
@RestController
public class PublicationStatusController {

    private final PublicationRecords records;

    public PublicationStatusController(PublicationRecords records) {
        this.records = records;
    }

    @GetMapping(path = "/rest/csw/publication", produces = MediaType.APPLICATION_JSON_VALUE)
    public PublicationStatus status() {
        return records.status();
    }
}
