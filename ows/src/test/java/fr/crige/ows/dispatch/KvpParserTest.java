package fr.crige.ows.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KvpParserTest {

    private static KvpParameters parse(String query) {
        KvpParameters.Builder builder = KvpParameters.builder();
        KvpParser.addTo(builder, query, StandardCharsets.UTF_8);
        return builder.build();
    }

    @Test
    void decodesValuesExactlyOnce() {
        KvpParameters kvp = parse("service=WMS&LAYERS=ville%3Ar%C3%A9seau&CQL_FILTER=name%2520x&TITLE=a+b");

        assertThat(kvp.get("layers")).contains("ville:réseau");
        assertThat(kvp.get("cql_filter")).contains("name%20x");
        assertThat(kvp.get("title")).contains("a b");
    }

    @Test
    void keepsEmptyValuesAndSkipsEmptyNames() {
        KvpParameters kvp = parse("&STYLES=&GetCapabilities&=orphan&&");

        assertThat(kvp.get("styles")).contains("");
        assertThat(kvp.get("getcapabilities")).contains("");
        assertThat(kvp.names()).containsExactly("STYLES", "GETCAPABILITIES");
    }

    @Test
    void aValueMayContainEqualsSigns() {
        assertThat(parse("FILTER=a=b").get("filter")).contains("a=b");
    }

    @Test
    void nullOrEmptyGivesNothing() {
        assertThat(parse(null).isEmpty()).isTrue();
        assertThat(parse("").isEmpty()).isTrue();
    }

    @Test
    void malformedEscapeIsAnInvalidParameterValue() {
        assertThatThrownBy(() -> parse("BBOX=1%2G2"))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.INVALID_PARAMETER_VALUE);
                    assertThat(e.locator()).isEqualTo("BBOX");
                });
    }
}
