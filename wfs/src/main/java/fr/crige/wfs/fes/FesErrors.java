package fr.crige.wfs.fes;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * The exception reports of filter parsing. XML that is not well-formed is OperationParsingFailed (WFS 2.0,
 * table 3); well-formed XML that is not a filter crige understands is InvalidParameterValue. Both name the
 * {@code filter} parameter as locator.
 */
public final class FesErrors {

    /** The locator of every filter error. */
    public static final String LOCATOR = "filter";

    private FesErrors() {
    }

    public static OwsException invalid(String message) {
        return new OwsException(OwsExceptionCode.INVALID_PARAMETER_VALUE, LOCATOR, message);
    }

    public static OwsException notWellFormed(XMLStreamException e) {
        Location at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
        return new OwsException(OwsExceptionCode.OPERATION_PARSING_FAILED, LOCATOR,
                "The filter is not well-formed XML" + where, e);
    }
}
