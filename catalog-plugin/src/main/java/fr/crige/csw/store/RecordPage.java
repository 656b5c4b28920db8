package fr.crige.csw.store;

import fr.crige.csw.record.MetadataRecord;
import java.util.List;

/**
 * A page of records and the number of records the filter matched overall, from which the CSW response
 * derives numberOfRecordsReturned and nextRecord.
 */
public record RecordPage(long matched, List<MetadataRecord> records) {

    public RecordPage {
        records = List.copyOf(records);
    }
}
