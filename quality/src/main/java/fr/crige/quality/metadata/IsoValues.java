package fr.crige.quality.metadata;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Lexical checks shared by the MD-* rules. */
final class IsoValues {

    /** A pragmatic e-mail syntax (RFC 5322's full grammar accepts addresses no mail server delivers). */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** ISO 639-2/T codes that differ from the /B code INSPIRE requires, with that code. */
    private static final Map<String, String> TERMINOLOGY_TO_BIBLIOGRAPHIC = Map.ofEntries(Map.entry("fra", "fre"),
            Map.entry("deu", "ger"), Map.entry("nld", "dut"), Map.entry("ces", "cze"), Map.entry("ell", "gre"),
            Map.entry("ron", "rum"), Map.entry("slk", "slo"), Map.entry("sqi", "alb"), Map.entry("hye", "arm"),
            Map.entry("eus", "baq"), Map.entry("zho", "chi"), Map.entry("cym", "wel"), Map.entry("isl", "ice"),
            Map.entry("mkd", "mac"), Map.entry("fas", "per"), Map.entry("kat", "geo"), Map.entry("msa", "may"));

    private IsoValues() {
    }

    static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    /** An ISO 8601 date ({@code yyyy-mm-dd}) or date-time, with or without offset. */
    static boolean isIsoDate(String text) {
        return parses(text, LocalDate::parse) || parses(text, LocalDateTime::parse)
                || parses(text, OffsetDateTime::parse);
    }

    private static boolean parses(String text, Function<String, ?> parser) {
        try {
            parser.apply(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Null when the code is an ISO 639-2/B code, else what to write instead: the /B code for a /T code
     * ({@code fra} → {@code fre}), else a description of the expected form.
     */
    static String languageProblem(String code) {
        if (TERMINOLOGY_TO_BIBLIOGRAPHIC.containsKey(code)) {
            return TERMINOLOGY_TO_BIBLIOGRAPHIC.get(code);
        }
        return code.matches("[a-z]{3}") ? null : "ISO 639-2/B (fre, eng, zxx)";
    }

    /** An absolute http(s) or ftp URL with a host. */
    static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A host that partners cannot reach: loopback, private IPv4 ranges, names without a dot. */
    static boolean isPrivateHost(String url) {
        String host;
        try {
            host = new URI(url).getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
        return !host.contains(".") || host.equals("127.0.0.1") || host.startsWith("10.") || host.startsWith("192.168.")
                || host.matches("172\\.(1[6-9]|2\\d|3[01])\\..*") || host.endsWith(".local") || host.endsWith(".intra")
                || host.endsWith(".localhost");
    }

    /** Lower case, single spaces, typographic apostrophes as ASCII: titles match despite copy-paste. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u00a0', ' ')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
