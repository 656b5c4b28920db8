package fr.crige.ows.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlRequestRootReaderTest {

    private final XmlRequestRootReader reader = new XmlRequestRootReader();

    private XmlRequestRoot read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsANamespacedWfsGetFeature() {
        XmlRequestRoot root = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- a comment before the root -->
                <wfs:GetFeature service="WFS" version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0"
                    xmlns:fes="http://www.opengis.net/fes/2.0">
                  <wfs:Query typeNames="topp:states"/>
                </wfs:GetFeature>
                """);

        assertThat(root.localName()).isEqualTo("GetFeature");
        assertThat(root.namespace()).isEqualTo("http://www.opengis.net/wfs/2.0");
        assertThat(root.service()).isEqualTo("WFS");
        assertThat(root.version()).isEqualTo("2.0.0");
        assertThat(root.acceptVersions()).isEmpty();
    }

    @Test
    void readsACswGetRecordsInTheDefaultNamespace() {
        XmlRequestRoot root = read("""
                <GetRecords xmlns="http://www.opengis.net/cat/csw/2.0.2" service="CSW" version="2.0.2"
                    resultType="results"><Query typeNames="csw:Record"/></GetRecords>""");

        assertThat(root.localName()).isEqualTo("GetRecords");
        assertThat(root.namespace()).isEqualTo("http://www.opengis.net/cat/csw/2.0.2");
        assertThat(root.service()).isEqualTo("CSW");
        assertThat(root.version()).isEqualTo("2.0.2");
    }

    @Test
    void readsTheAcceptedVersionsOfGetCapabilities() {
        XmlRequestRoot root = read("""
                <csw:GetCapabilities service="CSW" xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"
                    xmlns:ows="http://www.opengis.net/ows">
                  <ows:Sections><ows:Section>All</ows:Section></ows:Sections>
                  <ows:AcceptVersions>
                    <ows:Version> 3.0.0 </ows:Version>
                    <ows:Version>2.0.2</ows:Version>
                  </ows:AcceptVersions>
                </csw:GetCapabilities>""");

        assertThat(root.localName()).isEqualTo("GetCapabilities");
        assertThat(root.service()).isEqualTo("CSW");
        assertThat(root.version()).isNull();
        assertThat(root.acceptVersions()).containsExactly("3.0.0", "2.0.2");
    }

    @Test
    void onlyTheRootIsRead() {
        XmlRequestRoot root = read("<GetFeature service='WFS'><unclosed></GetFeature>");

        assertThat(root.localName()).isEqualTo("GetFeature");
    }

    @Test
    void malformedXmlIsOperationParsingFailed() {
        assertThatThrownBy(() -> read("this is not <xml"))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.OPERATION_PARSING_FAILED);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("line 1");
                });
    }

    @Test
    void aDoctypeIsRefused() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE GetFeature [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <GetFeature service="&xxe;"/>"""))
                .isInstanceOfSatisfying(OwsException.class,
                        e -> assertThat(e.code()).isEqualTo(OwsExceptionCode.OPERATION_PARSING_FAILED));
    }
}
