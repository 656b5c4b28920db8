package fr.crige.csw.store;

import fr.crige.csw.record.FrenchTextAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code AnyText} search as terms analysed like the indexed text, so that every store applies the same
 * French rules (see {@link FrenchTextAnalyzer}). All terms must be present, in any order.
 *
 * <p>From a PropertyIsLike pattern, the wildcards and single characters become word separators and every
 * term matches as a prefix: {@code %chaleur%} finds "chaleur" and "chaleurs", {@code arbr*} finds "arbres".
 * From PropertyIsEqualTo, terms match whole.
 *
 * @param terms  the analysed terms; none means the search matches every record
 * @param prefix whether the terms match as prefixes
 */
public record FullTextQuery(List<String> terms, boolean prefix) {

    public FullTextQuery {
        terms = List.copyOf(terms);
    }

    public static FullTextQuery words(FrenchTextAnalyzer analyzer, String text) {
        return new FullTextQuery(analyzer.terms(text), false);
    }

    /** The terms of a PropertyIsLike pattern with the request's special characters. */
    public static FullTextQuery likePattern(FrenchTextAnalyzer analyzer, String pattern, char wildCard,
            char singleChar, char escapeChar) {
        return new FullTextQuery(new ArrayList<>(analyzer.terms(likeText(pattern, wildCard, singleChar,
                escapeChar))), true);
    }

    /** The words of a PropertyIsLike pattern: its special characters become spaces, escaped ones stay. */
    public static String likeText(String pattern, char wildCard, char singleChar, char escapeChar) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == escapeChar && i + 1 < pattern.length()) {
                text.append(pattern.charAt(++i));
            } else if (c == wildCard || c == singleChar) {
                text.append(' ');
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    public boolean matchesAll() {
        return terms.isEmpty();
    }
}
