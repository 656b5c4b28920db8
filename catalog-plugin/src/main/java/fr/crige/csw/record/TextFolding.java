package fr.crige.csw.record;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case and accent folding for comparisons that ignore case ({@code matchCase="false"}) and for sort keys:
 * "Îlot" and "ilot" fold to the same string, so French titles sort as a reader expects rather than by code
 * point. Uses the JDK's Unicode decomposition: the combining marks left by NFD are dropped.
 */
public final class TextFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
