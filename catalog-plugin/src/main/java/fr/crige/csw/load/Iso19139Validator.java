package fr.crige.csw.load;

import fr.crige.core.xml.OfficialSchemas;
import fr.crige.csw.CswNamespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates records against the ISO 19139 schemas (gmd, with gmx for {@code gmx:Anchor} and srv for service
 * records), offline, from the schemas bundled on the class path.
 *
 * <p>The schema is compiled on first use, not at start, since most servers never load records through the
 * API and compiling takes about a second; it is then shared by all requests (a compiled schema is
 * thread-safe). A record gets at most {@value #MAX_PROBLEMS} problems, then a count of the rest: the first
 * ones are what its author needs, and a broken record can produce thousands. Element names in the
 * messages are written with their usual prefixes ({@code gmd:contact}) rather than as the parser's
 * {@code {"http://www.isotc211.org/2005/gmd":contact}}.
 */
final class Iso19139Validator {

    static final int MAX_PROBLEMS = 20;

    private static final Map<String, String> PREFIXES = Map.of(CswNamespaces.GMD, "gmd", CswNamespaces.GCO, "gco",
            CswNamespaces.GMX, "gmx", CswNamespaces.SRV, "srv", "http://www.opengis.net/gml/3.2", "gml",
            CswNamespaces.XLINK, "xlink");
    /** The braces the parser puts around element names: {@code '{a, b}'}. */
    private static final Pattern NAME_LIST = Pattern.compile("'\\{([^{}']*)\\}'");

    private volatile OfficialSchemas schemas;

    /** The validation problems of a record, each "line:column message"; empty when it is valid. */
    List<String> problems(byte[] xml) {
        List<String> all = schemas().validate(xml).stream().map(Iso19139Validator::readable).toList();
        if (all.size() <= MAX_PROBLEMS) {
            return all;
        }
        List<String> first = new ArrayList<>(all.subList(0, MAX_PROBLEMS));
        first.add("... and " + (all.size() - MAX_PROBLEMS) + " more problems");
        return first;
    }

    private static String readable(String problem) {
        String named = problem;
        for (Map.Entry<String, String> ns : PREFIXES.entrySet()) {
            named = named.replace("\"" + ns.getKey() + "\":", ns.getValue() + ":");
        }
        return NAME_LIST.matcher(named).replaceAll(m -> "'" + Matcher.quoteReplacement(m.group(1)) + "'");
    }

    private OfficialSchemas schemas() {
        OfficialSchemas compiled = schemas;
        if (compiled == null) {
            synchronized (this) {
                compiled = schemas;
                if (compiled == null) {
                    // gmd first: srv's imports of the 2006 gmd are then ignored (its namespace is known)
                    compiled = OfficialSchemas.validator(OfficialSchemas.ISO_19139_GMD,
                            OfficialSchemas.ISO_19139_GMX, OfficialSchemas.ISO_19139_SRV);
                    schemas = compiled;
                }
            }
        }
        return compiled;
    }
}
