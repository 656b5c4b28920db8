package fr.crige.csw.store;

import fr.crige.csw.record.Queryable;
import java.util.Objects;

/** One sort key over a {@link Queryable#sortable() sortable} queryable. */
public record RecordSort(Queryable queryable, boolean ascending) {

    public RecordSort {
        Objects.requireNonNull(queryable, "queryable");
    }
}
