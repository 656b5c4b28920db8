package fr.crige.csw.store;

import fr.crige.core.filter.Filter;
import fr.crige.csw.record.MetadataRecord;
import java.util.Objects;

/** One change of a transaction, as CSW Transaction expresses them. */
public sealed interface RecordChange {

    /** Adds a record whose identifier must not exist yet. */
    record Insert(MetadataRecord record) implements RecordChange {
        public Insert {
            Objects.requireNonNull(record, "record");
        }
    }

    /** Replaces the record of the same identifier; counts nothing when there is none. */
    record Update(MetadataRecord record) implements RecordChange {
        public Update {
            Objects.requireNonNull(record, "record");
        }
    }

    /** Removes the records matching the filter. */
    record Delete(Filter filter) implements RecordChange {
        public Delete {
            Objects.requireNonNull(filter, "filter");
        }
    }
}
