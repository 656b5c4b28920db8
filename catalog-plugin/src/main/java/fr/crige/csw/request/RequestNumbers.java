package fr.crige.csw.request;

import fr.crige.csw.CswSettings;
import fr.crige.ows.OwsException;

/** The checks on startPosition and maxRecords shared by the KVP and XML encodings. */
final class RequestNumbers {

    private RequestNumbers() {
    }

    static long startPosition(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            long start = Long.parseLong(value.trim());
            if (start >= 1) {
                return start;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OwsException.invalidParameter("startPosition", "startPosition must be an integer of at least 1, "
                + "not '" + value + "'");
    }

    static int maxRecords(String value, CswSettings settings) {
        if (value == null || value.isBlank()) {
            return settings.defaultMaxRecords();
        }
        int max;
        try {
            max = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw OwsException.invalidParameter("maxRecords", "maxRecords must be a non-negative integer, not '"
                    + value + "'");
        }
        if (max < 0) {
            throw OwsException.invalidParameter("maxRecords", "maxRecords cannot be negative");
        }
        if (max > settings.maxRecordsLimit()) {
            throw OwsException.invalidParameter("maxRecords", "maxRecords " + max + " is above the limit of "
                    + settings.maxRecordsLimit() + "; page through the results instead");
        }
        return max;
    }

    static GetRecordsRequest.ResultType resultType(String value) {
        if (value == null || value.isBlank()) {
            return GetRecordsRequest.ResultType.HITS;
        }
        for (GetRecordsRequest.ResultType t : GetRecordsRequest.ResultType.values()) {
            if (t.name().equalsIgnoreCase(value.trim())) {
                return t;
            }
        }
        throw OwsException.invalidParameter("resultType", "resultType must be hits, results or validate");
    }
}
