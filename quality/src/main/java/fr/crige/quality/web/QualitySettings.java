package fr.crige.quality.web;

import fr.crige.quality.input.ArchiveLimits;
import fr.crige.quality.report.ReportRetention;

/**
 * Limits of the quality API; an application may define a bean of this type, else {@link #defaults()} apply.
 *
 * @param maxUploadBytes uploads larger than this are refused with 413
 * @param syncMaxBytes   uploads larger than this run as a job (202 + job id) instead of answering the report
 * @param archive        limits on what an uploaded zip may expand to
 * @param reports        how long reports are kept in the data directory for GET /rest/quality/reports/{id}
 */
public record QualitySettings(long maxUploadBytes, long syncMaxBytes, ArchiveLimits archive, ReportRetention reports) {

    public static QualitySettings defaults() {
        return new QualitySettings(100L << 20, 5L << 20, ArchiveLimits.defaults(), ReportRetention.defaults());
    }
}
