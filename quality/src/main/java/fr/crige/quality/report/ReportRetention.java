package fr.crige.quality.report;

import java.time.Duration;

/**
 * How long check reports are kept in the data directory. A report is evidence for the producer who fixes a
 * delivery; the lasting conformity statement of a published layer is its catalogue record, so old reports
 * can go. Both limits apply: a report is deleted when it is older than {@code maxAge} or when
 * {@code maxCount} newer reports exist.
 *
 * @param maxCount number of reports kept (at least 1)
 * @param maxAge   age after which a report is deleted, or null for no age limit
 */
public record ReportRetention(int maxCount, Duration maxAge) {

    public ReportRetention {
        if (maxCount < 1) {
            throw new IllegalArgumentException("at least one report must be kept, got " + maxCount);
        }
        if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
            throw new IllegalArgumentException("the maximum age of reports must be positive, got " + maxAge);
        }
    }

    /** 500 reports, 90 days. */
    public static ReportRetention defaults() {
        return new ReportRetention(500, Duration.ofDays(90));
    }
}
