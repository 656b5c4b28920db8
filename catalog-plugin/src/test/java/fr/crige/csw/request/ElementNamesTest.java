package fr.crige.csw.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.csw.CswNamespaces;
import fr.crige.ows.OwsException;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** KVP ElementName lists and the prefixes their NAMESPACE parameter declares. */
class ElementNamesTest {

    @Test
    void prefixesComeFromNamespaceInEitherSpelling() {
        assertThat(ElementNames.fromKvp("x:title", "xmlns(x=" + CswNamespaces.DC + ")"))
                .containsExactly(new QName(CswNamespaces.DC, "title", "x"));
        assertThat(ElementNames.fromKvp("x:title,y:abstract", "xmlns(x," + CswNamespaces.DC + "),xmlns(y,"
                + CswNamespaces.DCT + ")")).containsExactly(new QName(CswNamespaces.DC, "title", "x"),
                        new QName(CswNamespaces.DCT, "abstract", "y"));
    }

    @Test
    void usualPrefixesNeedNoDeclaration() {
        assertThat(ElementNames.fromKvp("dc:identifier, dct:modified", null)).containsExactly(
                new QName(CswNamespaces.DC, "identifier", "dc"), new QName(CswNamespaces.DCT, "modified", "dct"));
    }

    @Test
    void malformedNamespaceIsInvalidParameterValue() {
        for (String value : new String[] {"x=" + CswNamespaces.DC, "xmlns(x=urn:x", "xmlns(x=urn:x)junk"}) {
            assertThatThrownBy(() -> ElementNames.fromKvp("dc:title", value)).as(value)
                    .isInstanceOfSatisfying(OwsException.class, e -> {
                        assertThat(e.locator()).isEqualTo("NAMESPACE");
                        assertThat(e.code().name()).isEqualTo("InvalidParameterValue");
                    });
        }
    }
}
