package fr.crige.core.crs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CRS identifier as a client wrote it, reduced to its syntactic {@link Form} and EPSG code. Parsing is purely
 * lexical (no database access), so that garbage is rejected before anything expensive happens; the form is kept
 * because the protocols give different axis orders to the same code written differently (see {@link AxisOrder}).
 *
 * @param form the way the identifier was written
 * @param srid the EPSG code; 4326 for the {@link Form#CRS84} forms
 */
record CrsIdentifier(Form form, int srid) {

    /** The identifier syntaxes crige understands. */
    enum Form {
        /** {@code EPSG:4326}: the WMS / WFS 1.0 short form. */
        EPSG_CODE,
        /**
         * OGC URN (OGC 07-092): {@code urn:ogc:def:crs:EPSG::4326}, {@code urn:ogc:def:crs:EPSG:9.8:4326}, and the
         * pre-registration {@code urn:x-ogc:def:crs:EPSG:4326} of WFS 1.1. The version-less
         * {@code urn:ogc:def:crs:EPSG:4326} is accepted as well because many clients send it.
         */
        OGC_URN,
        /** OGC http URI (OGC 09-048r5): {@code http://www.opengis.net/def/crs/EPSG/0/4326}. */
        OGC_HTTP_URI,
        /** The GML 2 / WFS 1.0 form {@code http://www.opengis.net/gml/srs/epsg.xml#4326}. */
        GML_XML_URI,
        /**
         * WGS 84 in longitude/latitude order: {@code CRS:84} (WMS 1.3.0 Annex B), {@code urn:ogc:def:crs:OGC:1.3:CRS84},
         * {@code http://www.opengis.net/def/crs/OGC/1.3/CRS84}.
         */
        CRS84
    }

    /** Longer identifiers are rejected without looking at them; the longest valid form is about 60 characters. */
    static final int MAX_LENGTH = 100;

    /** EPSG codes are positive integers of at most 7 digits, written without leading zeros. */
    private static final String CODE = "([1-9][0-9]{0,6})";
    private static final String VERSION = "[0-9][0-9.]*";

    private record Syntax(Pattern pattern, Form form) {
    }

    private static final List<Syntax> SYNTAXES = List.of(
            syntax("EPSG:" + CODE, Form.EPSG_CODE),
            syntax("urn:(?:x-)?ogc:def:crs:EPSG:(?:(?:" + VERSION + ")?:)?" + CODE, Form.OGC_URN),
            syntax("https?://www\\.opengis\\.net/def/crs/EPSG/" + VERSION + "/" + CODE, Form.OGC_HTTP_URI),
            syntax("http://www\\.opengis\\.net/gml/srs/epsg\\.xml#" + CODE, Form.GML_XML_URI),
            syntax("CRS:84", Form.CRS84),
            syntax("urn:(?:x-)?ogc:def:crs:OGC:(?:" + VERSION + ")?:CRS84", Form.CRS84),
            syntax("https?://www\\.opengis\\.net/def/crs/OGC/" + VERSION + "/CRS84", Form.CRS84));

    private static Syntax syntax(String regex, Form form) {
        return new Syntax(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), form);
    }

    /**
     * Parses an identifier. Surrounding white space is ignored (it is common in XML attribute values); anything
     * else that does not match one of the {@link Form}s exactly is rejected.
     *
     * @throws UnsupportedCrsException when the identifier is null, too long or malformed
     */
    static CrsIdentifier parse(String identifier) {
        if (identifier == null) {
            throw new UnsupportedCrsException(null, "Missing CRS identifier");
        }
        if (identifier.length() > MAX_LENGTH) {
            throw new UnsupportedCrsException(identifier.substring(0, 40) + "...", "CRS identifier too long");
        }
        String text = identifier.strip();
        for (Syntax syntax : SYNTAXES) {
            Matcher m = syntax.pattern().matcher(text);
            if (m.matches()) {
                int srid = syntax.form() == Form.CRS84 ? 4326 : Integer.parseInt(m.group(1));
                return new CrsIdentifier(syntax.form(), srid);
            }
        }
        throw new UnsupportedCrsException(identifier, "Malformed CRS identifier: " + identifier);
    }
}
