package fr.crige.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void translatesCustomWildcardsToSql() {
        assertThat(LikePattern.parse("Saint*-sur-.oire", '*', '.', '!').toSqlLike()).isEqualTo("Saint%-sur-_oire");
        assertThat(LikePattern.parse("Tour#", '#', '?', '\\').toSqlLike()).isEqualTo("Tour%");
    }

    @Test
    void neutralisesSqlWildcardsAndEscapeOfTheInput() {
        LikePattern p = LikePattern.parse("100%_a\\b*", '*', '.', '!');
        assertThat(p.toSqlLike()).isEqualTo("100\\%\\_a\\\\b%");
        assertThat(p.toRegex(true).matcher("100%_a\\bXYZ").matches()).isTrue();
        assertThat(p.toRegex(true).matcher("1000_a\\bXYZ").matches()).isFalse();
    }

    @Test
    void escapeCharacterMakesWildcardsLiteral() {
        LikePattern p = LikePattern.parse("a!*b!.c!!*", '*', '.', '!');
        assertThat(p.toSqlLike()).isEqualTo("a*b.c!%");
        assertThat(p.toRegex(true).matcher("a*b.c!anything").matches()).isTrue();
        assertThat(p.toRegex(true).matcher("aXbYc!").matches()).isFalse();
    }

    @Test
    void trailingEscapeStandsForItself() {
        assertThat(LikePattern.parse("abc!", '*', '.', '!').toSqlLike()).isEqualTo("abc!");
    }

    @Test
    void quotesRegexMetacharacters() {
        LikePattern p = LikePattern.parse("(a+)[b]{2}$^|\\Q\\E.*", '%', '_', '#');
        assertThat(p.toRegex(true).matcher("(a+)[b]{2}$^|\\Q\\E.*").matches()).isTrue();
        assertThat(p.toRegex(true).matcher("aab").matches()).isFalse();
        assertThat(p.isLiteral()).isTrue();
    }

    @Test
    void hostileSqlIsPlainText() {
        LikePattern p = LikePattern.parse("' OR 1=1 --", '*', '.', '!');
        assertThat(p.toSqlLike()).isEqualTo("' OR 1=1 --");
        assertThat(p.toRegex(true).matcher("' OR 1=1 --").matches()).isTrue();
        assertThat(p.toRegex(true).matcher("x").matches()).isFalse();
    }

    @Test
    void singleCharMatchesExactlyOneCharacterAndWildcardAnyRunIncludingNewlines() {
        LikePattern p = LikePattern.parse("a.c*", '*', '.', '!');
        assertThat(p.toRegex(true).matcher("abc\nmore").matches()).isTrue();
        assertThat(p.toRegex(true).matcher("ac").matches()).isFalse();
        assertThat(p.isLiteral()).isFalse();
    }

    @Test
    void caseInsensitiveMatchingFoldsAccentedLetters() {
        LikePattern p = LikePattern.parse("ÉPERNON*", '*', '.', '!');
        assertThat(p.toRegex(false).matcher("épernon-sur-eure").matches()).isTrue();
        assertThat(p.toRegex(true).matcher("épernon-sur-eure").matches()).isFalse();
    }
}
