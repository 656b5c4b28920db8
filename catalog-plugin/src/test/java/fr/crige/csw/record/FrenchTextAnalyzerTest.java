package fr.crige.csw.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTextAnalyzerTest {

    private final FrenchTextAnalyzer analyzer = new FrenchTextAnalyzer();

    @Test
    void foldsCaseAccentsPluralsAndStopWords() {
        assertThat(analyzer.terms("Îlots de chaleur")).isEqualTo(analyzer.terms("ilot de chaleur"));
        assertThat(analyzer.terms("Îlots de chaleur")).hasSize(2);
        assertThat(analyzer.terms("arbres")).isEqualTo(analyzer.terms("Arbre"));
        assertThat(analyzer.terms("RÉSEAUX routiers")).isEqualTo(analyzer.terms("réseau routier"));
        assertThat(analyzer.terms("l'arbre")).isEqualTo(analyzer.terms("arbre"));
    }

    @Test
    void keepsDistinctWordsDistinct() {
        assertThat(analyzer.terms("route")).isNotEqualTo(analyzer.terms("arbre"));
        assertThat(analyzer.terms("commune")).isNotEqualTo(analyzer.terms("département"));
    }
}
