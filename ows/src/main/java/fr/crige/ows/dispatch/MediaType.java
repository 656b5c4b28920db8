package fr.crige.ows.dispatch;

import fr.crige.ows.OwsException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The media type and charset of a Content-Type header; only what the dispatcher needs to tell a form body
 * from an XML one and to decode a form.
 *
 * @param type the lower-cased media type without parameters, empty when the header is absent
 */
record MediaType(String type, Charset charset) {

    private static final String CONTENT_TYPE = "Content-Type";

    /**
     * @param header a Content-Type header, or null
     * @throws OwsException InvalidParameterValue when the charset is unknown to the JVM
     */
    static MediaType parse(String header) {
        if (header == null) {
            return new MediaType("", StandardCharsets.UTF_8);
        }
        String[] parts = header.split(";");
        Charset charset = StandardCharsets.UTF_8;
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].trim().split("=", 2);
            if (param.length == 2 && param[0].trim().equalsIgnoreCase("charset")) {
                charset = charset(param[1].trim().replace("\"", ""));
            }
        }
        return new MediaType(parts[0].trim().toLowerCase(Locale.ROOT), charset);
    }

    boolean is(String mediaType) {
        return type.equals(mediaType);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw OwsException.invalidParameter(CONTENT_TYPE, "Unsupported charset " + name);
        }
    }
}
