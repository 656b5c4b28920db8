package fr.crige.core.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A PropertyIsLike pattern parsed once with the request's own wildcard, single-character and escape
 * characters, and rewritten for the places that evaluate it: a SQL {@code LIKE} pattern with a fixed escape
 * character, or a Java regular expression.
 *
 * <p>Requests choose their special characters freely (FES default {@code *}, {@code .}, {@code !}), so a
 * {@code %} or {@code _} typed by the client is an ordinary character that must not become a SQL wildcard,
 * and regex metacharacters must not reach {@link Pattern} unquoted. Both outputs neutralise them.
 *
 * <p>An escape character escapes the next character whatever it is; a trailing escape character stands for
 * itself.
 */
public final class LikePattern {

    /** The escape character of {@link #toSqlLike()}: use {@code LIKE ? ESCAPE '\'}. */
    public static final char SQL_ESCAPE = '\\';

    private sealed interface Token permits Text, AnyChars, OneChar {
    }

    private record Text(String text) implements Token {
    }

    private record AnyChars() implements Token {
    }

    private record OneChar() implements Token {
    }

    private final List<Token> tokens;

    private LikePattern(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** Parses the pattern of a Like filter with its special characters. */
    public static LikePattern of(Filter.Like like) {
        return parse(like.pattern(), like.wildCard(), like.singleChar(), like.escapeChar());
    }

    /** Parses {@code pattern} where {@code wildCard} matches any run, {@code singleChar} one character. */
    public static LikePattern parse(String pattern, char wildCard, char singleChar, char escapeChar) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == escapeChar && i + 1 < pattern.length()) {
                text.append(pattern.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == wildCard || c == singleChar) {
                if (!text.isEmpty()) {
                    tokens.add(new Text(text.toString()));
                    text.setLength(0);
                }
                tokens.add(c == wildCard ? new AnyChars() : new OneChar());
            } else {
                text.append(c);
            }
            i++;
        }
        if (!text.isEmpty()) {
            tokens.add(new Text(text.toString()));
        }
        return new LikePattern(tokens);
    }

    /**
     * The SQL {@code LIKE} pattern: {@code %} and {@code _} for the wildcards, and the characters {@code %},
     * {@code _} and {@code \} of the literal text escaped with {@link #SQL_ESCAPE}. Bind it as a parameter.
     */
    public String toSqlLike() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t instanceof Text x) {
                for (int i = 0; i < x.text().length(); i++) {
                    char c = x.text().charAt(i);
                    if (c == '%' || c == '_' || c == SQL_ESCAPE) {
                        sb.append(SQL_ESCAPE);
                    }
                    sb.append(c);
                }
            } else {
                sb.append(t instanceof AnyChars ? '%' : '_');
            }
        }
        return sb.toString();
    }

    /**
     * A regular expression matching whole values; literal text is quoted. Case-insensitive matching folds
     * Unicode case, as PostgreSQL's {@code ILIKE} does for accented letters.
     */
    public Pattern toRegex(boolean matchCase) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t instanceof Text x) {
                sb.append(Pattern.quote(x.text()));
            } else {
                sb.append(t instanceof AnyChars ? ".*" : ".");
            }
        }
        int flags = Pattern.DOTALL;
        if (!matchCase) {
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        }
        return Pattern.compile(sb.toString(), flags);
    }

    /** True when the pattern has no wildcard, so that it matches exactly one string. */
    public boolean isLiteral() {
        return tokens.stream().allMatch(t -> t instanceof Text);
    }
}
