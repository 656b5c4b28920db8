package fr.crige.wms.sld;

import javax.xml.stream.Location;

/**
 * An SLD document that crige cannot use: not well-formed XML, not an SLD, or a value it cannot read (a
 * colour, a number, an unknown mark). The message says what and where (line and column), meant for the
 * person who wrote the style.
 */
public class SldException extends RuntimeException {

    public SldException(String message, Location location) {
        super(message + at(location));
    }

    public SldException(String message, Location location, Throwable cause) {
        super(message + at(location), cause);
    }

    private static String at(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }
}
