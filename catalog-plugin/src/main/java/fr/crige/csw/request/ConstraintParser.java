package fr.crige.csw.request;

import fr.crige.core.filter.Filter;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.wfs.fes.FesErrors;
import fr.crige.wfs.fes.FesParser;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The two constraint languages of CSW: OGC Filter 1.1 (parsed by the WFS module's {@link FesParser}) and
 * CQL_TEXT. Filter errors are reported with CSW's {@code Constraint} locator and the OWS 1.0 codes: the WFS
 * code OperationParsingFailed does not exist in CSW 2.0.2, so malformed filter XML is InvalidParameterValue.
 */
public final class ConstraintParser {

    private final FesParser fes;
    private final CqlParser cql = new CqlParser();

    public ConstraintParser(FesParser fes) {
        this.fes = fes;
    }

    public FesParser fes() {
        return fes;
    }

    /** Parses a KVP CONSTRAINT in the given CONSTRAINTLANGUAGE (FILTER or CQL_TEXT). */
    public Filter parse(String language, String constraint) {
        if (language == null || language.isBlank()) {
            throw OwsException.missingParameter("CONSTRAINTLANGUAGE");
        }
        return switch (language.trim().toUpperCase(Locale.ROOT)) {
            case "FILTER" -> cswErrors(() -> fes.parse(constraint));
            case "CQL_TEXT" -> cql.parse(constraint);
            default -> throw OwsException.invalidParameter("CONSTRAINTLANGUAGE",
                    "CONSTRAINTLANGUAGE must be FILTER or CQL_TEXT");
        };
    }

    public Filter parseCql(String text) {
        return cql.parse(text);
    }

    /** Runs a filter parse, rewriting its exception reports for CSW. */
    public static <T> T cswErrors(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (OwsException e) {
            if (!FesErrors.LOCATOR.equals(e.locator())) {
                throw e; // not a filter error, such as a malformed request document
            }
            OwsExceptionCode code = e.code().equals(OwsExceptionCode.OPERATION_PARSING_FAILED)
                    ? OwsExceptionCode.INVALID_PARAMETER_VALUE : e.code();
            throw new OwsException(code, QueryableFilters.CONSTRAINT, e.getMessage(), e);
        }
    }
}
