package fr.crige.quality.model;

import java.util.regex.Pattern;

/**
 * The character sets a string field may be restricted to (rule-model.md §2.2). The CNIG PLU standard (§4.3)
 * forbids accents, spaces and punctuation in most strings; a few long labels are exempted
 * ({@link #CNIG_EXTENDED}).
 */
public enum CharacterSet {
    /** Unaccented letters, digits, underscore, dot and hyphen. */
    CNIG_STRICT("cnig-strict", Pattern.compile("[A-Za-z0-9_.\\-]*")),
    /** {@link #CNIG_STRICT} plus accented Latin letters, space, comma, semicolon and apostrophes. */
    CNIG_EXTENDED("cnig-extended", Pattern.compile("[A-Za-z0-9_.\\-\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF\\u0152\\u0153 ,;'\\u2019]*")),
    /** Anything that XML 1.0 can carry. */
    ANY("any", Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]*"));

    private final String id;
    private final Pattern allowed;

    CharacterSet(String id, Pattern allowed) {
        this.id = id;
        this.allowed = allowed;
    }

    public String id() {
        return id;
    }

    public boolean accepts(String text) {
        return allowed.matcher(text).matches();
    }

    static CharacterSet parse(String text) {
        for (CharacterSet c : values()) {
            if (c.id.equals(text)) {
                return c;
            }
        }
        throw new StandardFormatException("unknown character set '" + text + "'");
    }
}
