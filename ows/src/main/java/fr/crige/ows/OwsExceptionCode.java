package fr.crige.ows;

import java.util.Objects;

/**
 * An exception code of an OGC exception report together with the HTTP status sent with it.
 *
 * <p>A value type rather than an enum: each service standard adds its own codes (WMTS TileOutOfRange, WCS
 * NoSuchCoverage...), which plugins define as further constants without touching this module.
 *
 * <p>Statuses follow OWS Common 2.0 (OGC 06-121r9, table 28) for the common codes and WFS 2.0.2 (OGC
 * 09-025r2, table 3) for the WFS codes. WMS 1.1.1 and 1.3.0 define no HTTP status; this project answers
 * their client errors with 400 rather than 200 so that HTTP-level tooling sees the failure.
 */
public record OwsExceptionCode(String name, int httpStatus) {

    // OWS Common
    public static final OwsExceptionCode OPERATION_NOT_SUPPORTED = new OwsExceptionCode("OperationNotSupported", 501);
    public static final OwsExceptionCode MISSING_PARAMETER_VALUE = new OwsExceptionCode("MissingParameterValue", 400);
    public static final OwsExceptionCode INVALID_PARAMETER_VALUE = new OwsExceptionCode("InvalidParameterValue", 400);
    public static final OwsExceptionCode VERSION_NEGOTIATION_FAILED =
            new OwsExceptionCode("VersionNegotiationFailed", 400);
    public static final OwsExceptionCode INVALID_UPDATE_SEQUENCE = new OwsExceptionCode("InvalidUpdateSequence", 400);
    public static final OwsExceptionCode OPTION_NOT_SUPPORTED = new OwsExceptionCode("OptionNotSupported", 501);
    public static final OwsExceptionCode NO_APPLICABLE_CODE = new OwsExceptionCode("NoApplicableCode", 500);

    // WFS 2.0.2, table 3
    public static final OwsExceptionCode CANNOT_LOCK_ALL_FEATURES = new OwsExceptionCode("CannotLockAllFeatures", 400);
    public static final OwsExceptionCode DUPLICATE_STORED_QUERY_ID_VALUE =
            new OwsExceptionCode("DuplicateStoredQueryIdValue", 409);
    public static final OwsExceptionCode DUPLICATE_STORED_QUERY_PARAMETER_NAME =
            new OwsExceptionCode("DuplicateStoredQueryParameterName", 409);
    public static final OwsExceptionCode FEATURES_NOT_LOCKED = new OwsExceptionCode("FeaturesNotLocked", 400);
    public static final OwsExceptionCode INVALID_LOCK_ID = new OwsExceptionCode("InvalidLockId", 400);
    public static final OwsExceptionCode INVALID_VALUE = new OwsExceptionCode("InvalidValue", 400);
    public static final OwsExceptionCode LOCK_HAS_EXPIRED = new OwsExceptionCode("LockHasExpired", 403);
    /** The request body is not well-formed XML or not a valid request encoding. */
    public static final OwsExceptionCode OPERATION_PARSING_FAILED = new OwsExceptionCode("OperationParsingFailed", 400);
    public static final OwsExceptionCode OPERATION_PROCESSING_FAILED =
            new OwsExceptionCode("OperationProcessingFailed", 403);
    public static final OwsExceptionCode RESPONSE_CACHE_EXPIRED = new OwsExceptionCode("ResponseCacheExpired", 403);
    public static final OwsExceptionCode NOT_FOUND = new OwsExceptionCode("NotFound", 404);

    // WMS 1.3.0 service exception codes (WMS 1.1.1 has the same ones with InvalidSRS instead of InvalidCRS)
    public static final OwsExceptionCode INVALID_FORMAT = new OwsExceptionCode("InvalidFormat", 400);
    public static final OwsExceptionCode INVALID_CRS = new OwsExceptionCode("InvalidCRS", 400);
    public static final OwsExceptionCode INVALID_SRS = new OwsExceptionCode("InvalidSRS", 400);
    public static final OwsExceptionCode LAYER_NOT_DEFINED = new OwsExceptionCode("LayerNotDefined", 400);
    public static final OwsExceptionCode STYLE_NOT_DEFINED = new OwsExceptionCode("StyleNotDefined", 400);
    public static final OwsExceptionCode LAYER_NOT_QUERYABLE = new OwsExceptionCode("LayerNotQueryable", 400);
    public static final OwsExceptionCode INVALID_POINT = new OwsExceptionCode("InvalidPoint", 400);
    public static final OwsExceptionCode CURRENT_UPDATE_SEQUENCE = new OwsExceptionCode("CurrentUpdateSequence", 400);
    public static final OwsExceptionCode MISSING_DIMENSION_VALUE = new OwsExceptionCode("MissingDimensionValue", 400);
    public static final OwsExceptionCode INVALID_DIMENSION_VALUE = new OwsExceptionCode("InvalidDimensionValue", 400);

    public OwsExceptionCode {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An exception code needs a name");
        }
        if (httpStatus < 300 || httpStatus > 599) {
            throw new IllegalArgumentException("Not an error status: " + httpStatus);
        }
    }
}
