package fr.crige.ows;

import fr.crige.ows.exception.ExceptionReportFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A service plugin (WMS, WFS, WMTS, CSW...). The dispatcher resolves the service, negotiates the version and
 * picks the operation; the service only declares what it supports and implements its operations.
 */
public interface OwsService {

    /** The value of the SERVICE parameter, such as {@code WMS}. */
    String name();

    /** The supported versions, such as {@code 1.1.1} and {@code 1.3.0}, in any order. */
    List<String> versions();

    /**
     * The version assumed when an operation other than GetCapabilities comes without VERSION. Empty (the
     * default) makes VERSION mandatory, as OWS Common requires.
     */
    default Optional<String> defaultVersion() {
        return Optional.empty();
    }

    /**
     * The exception report encoding for a version. Also called before negotiation succeeded, with the version
     * the client asked for, possibly null or unsupported: answer the format of the most recent version then.
     */
    ExceptionReportFormat exceptionReportFormat(String version);

    /** The operations by request name, such as {@code GetCapabilities}; matched case-insensitively. */
    Map<String, OwsOperation> operations();

    /** The operation of the given request name, ignoring case, with its name as the service spells it. */
    default Optional<Map.Entry<String, OwsOperation>> operation(String requestName) {
        String wanted = requestName.toLowerCase(Locale.ROOT);
        return operations().entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
