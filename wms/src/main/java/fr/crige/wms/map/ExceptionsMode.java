package fr.crige.wms.map;

import fr.crige.ows.OwsException;
import java.util.Locale;

/**
 * How GetMap reports errors (WMS 1.3.0, 7.3.3.11; WMS 1.1.1, 7.2.3.9): as an XML service exception report,
 * drawn into an image of the requested size, or as a blank image. WMS 1.3.0 names them XML, INIMAGE and
 * BLANK; WMS 1.1.1 uses MIME types, which are accepted in either version.
 */
public enum ExceptionsMode {
    XML, INIMAGE, BLANK;

    /** @throws OwsException InvalidParameterValue for another value */
    public static ExceptionsMode of(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "xml", "application/vnd.ogc.se_xml" -> XML;
            case "inimage", "application/vnd.ogc.se_inimage" -> INIMAGE;
            case "blank", "application/vnd.ogc.se_blank" -> BLANK;
            default -> throw OwsException.invalidParameter("EXCEPTIONS", "Unknown EXCEPTIONS value '" + value + "'");
        };
    }
}
