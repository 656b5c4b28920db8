package fr.crige.csw.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Turns French text into search terms, identically for indexing and for queries, so that {@code AnyText}
 * searches are case- and accent-insensitive and ignore plurals: "Îlots de chaleur" and "ilot de chaleur"
 * both give {@code [ilot, chaleur]}, "arbres" and "arbre" give the same term.
 *
 * <p>The steps are Lucene's well-tested French components rather than hand-written rules: Unicode word
 * segmentation (UAX #29), elision removal ({@code l'arbre} → {@code arbre}), lower-casing, French stop words,
 * the light French stemmer of J. Savoy (plurals and feminine forms, no aggressive suffix stripping, so that
 * results stay predictable) and folding of the remaining accents to ASCII. The terms are then indexed by the
 * store's own full-text engine (SQLite FTS5), which only needs to split on spaces. Thread-safe.
 */
public final class FrenchTextAnalyzer {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
            stream = new FrenchLightStemFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** The terms of the text, in order, repeated terms included. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return terms;
    }

    /** The terms joined by spaces: what the full-text index stores for a record. */
    public String indexText(String text) {
        return String.join(" ", terms(text));
    }
}
