package fr.crige.ows.dispatch;

import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import java.net.URLDecoder;
import java.nio.charset.Charset;

/**
 * Parses an {@code application/x-www-form-urlencoded} string: a GET query string or a form POST body.
 *
 * <p>Written here rather than taken from the servlet container because {@code getParameterMap()} merges the
 * query string with a form body it reads without any size limit, and decodes with the container's default
 * charset; OGC requests are decoded once, as UTF-8 unless the form says otherwise.
 */
final class KvpParser {

    private KvpParser() {
    }

    /**
     * Adds the pairs of {@code encoded} to {@code into}, in order. A name without {@code =} gets an empty
     * value; empty names are skipped.
     *
     * @param encoded the raw string, may be null or empty
     * @throws OwsException InvalidParameterValue when a percent-escape is malformed
     */
    static void addTo(KvpParameters.Builder into, String encoded, Charset charset) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset, null);
            if (name.isBlank()) {
                continue;
            }
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset, name);
            into.add(name.trim(), value);
        }
    }

    private static String decode(String text, Charset charset, String parameter) {
        try {
            return URLDecoder.decode(text, charset);
        } catch (IllegalArgumentException e) {
            throw OwsException.invalidParameter(parameter,
                    "Malformed URL encoding" + (parameter == null ? " in a parameter name" : ""));
        }
    }
}
