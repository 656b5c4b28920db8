package fr.crige.csw.publish;

import java.util.Objects;

/**
 * The dates of a generated record, kept as their ISO 8601 text so that re-generating a record with unchanged
 * content reproduces it byte for byte.
 *
 * @param publication the day the resource was first published (citation date of type publication)
 * @param revision    the day of its last change (citation date of type revision)
 * @param stamp       when the record last changed ({@code gmd:dateStamp}, a date-time), which harvesters
 *                    compare to decide whether to fetch the record again
 */
public record RecordDates(String publication, String revision, String stamp) {

    public RecordDates {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(stamp, "stamp");
    }
}
