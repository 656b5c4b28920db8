package fr.crige.quality.input.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code page a Shapefile declares for its DBF text: the .cpg file (what QGIS and GDAL write: "UTF-8",
 * "1252", "ISO-8859-1"...), else the DBF language driver id (byte 29; ESRI's table of ids).
 */
final class CodePages {

    /** Language driver ids of the DBF header, the ones met in European deliveries. */
    private static final Map<Integer, String> LANGUAGE_DRIVERS = Map.ofEntries(Map.entry(0x01, "IBM437"),
            Map.entry(0x02, "IBM850"), Map.entry(0x03, "windows-1252"), Map.entry(0x57, "windows-1252"),
            Map.entry(0x58, "windows-1252"), Map.entry(0x59, "windows-1252"), Map.entry(0x64, "IBM852"),
            Map.entry(0x65, "IBM866"), Map.entry(0xC8, "windows-1250"), Map.entry(0xC9, "windows-1251"),
            Map.entry(0xCA, "windows-1254"), Map.entry(0xCB, "windows-1253"));

    private CodePages() {
    }

    /** The charset a .cpg text names, or empty when it names none Java knows. */
    static Optional<Charset> fromCpg(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.equals("65001") || name.equals("UTF8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (name.matches("8859\\d{1,2}")) {
            name = "ISO-8859-" + name.substring(4);
        } else if (name.matches("125\\d")) {
            name = "windows-" + name;
        } else if (name.matches("\\d{3}")) {
            name = "IBM" + name;
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The charset of a DBF language driver id, or empty for 0 (not declared) and unknown ids. */
    static Optional<Charset> fromLanguageDriver(int id) {
        return Optional.ofNullable(LANGUAGE_DRIVERS.get(id)).map(Charset::forName);
    }
}
