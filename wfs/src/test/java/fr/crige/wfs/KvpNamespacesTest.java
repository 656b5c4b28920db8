package fr.crige.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsException;
import org.junit.jupiter.api.Test;

/** The NAMESPACES (WFS 2.0) and NAMESPACE (WFS 1.1.0) parameters and the type names they qualify. */
class KvpNamespacesTest {

    @Test
    void wfs20BindingsQualifyTypeNames() {
        KvpParameters kvp = KvpParameters.builder()
                .add("NAMESPACES", "xmlns(xml,http://www.w3.org/XML/1998/namespace),"
                        + "xmlns(ns7,urn:crige:workspace:cvl)")
                .add("TYPENAMES", "ns7:communes,cvl:trees,roads").build();
        assertThat(KvpNamespaces.of(kvp).typeNames(kvp)).containsExactly(
                new TypeName("urn:crige:workspace:cvl", "ns7", "communes"),
                new TypeName(null, "cvl", "trees"),
                new TypeName(null, null, "roads"));
    }

    @Test
    void wfs11SpellingAndDefaultNamespace() {
        KvpParameters kvp = KvpParameters.builder().add("NAMESPACE", "xmlns(c=urn:c), xmlns(urn:default)")
                .add("TYPENAME", "c:a").build();
        KvpNamespaces namespaces = KvpNamespaces.of(kvp);
        assertThat(namespaces.typeNames(kvp)).containsExactly(new TypeName("urn:c", "c", "a"));
        assertThat(namespaces.getNamespaceURI("")).isEqualTo("urn:default");
        assertThat(namespaces.getPrefix("urn:c")).isEqualTo("c");
    }

    @Test
    void malformedBindingsAreInvalidParameterValue() {
        for (String value : new String[] {"c=urn:c", "xmlns(c,urn:c", "xmlns(c,urn:c)x"}) {
            KvpParameters kvp = KvpParameters.builder().add("NAMESPACES", value).build();
            assertThatThrownBy(() -> KvpNamespaces.of(kvp)).isInstanceOfSatisfying(OwsException.class,
                    e -> assertThat(e.locator()).isEqualTo("namespaces"));
        }
    }
}
