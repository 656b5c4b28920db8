package fr.crige.wfs;

import static fr.crige.wfs.SampleWfs.body;
import static fr.crige.wfs.SampleWfs.kvp;
import static fr.crige.wfs.SampleWfs.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import fr.crige.ows.catalogue.MetadataRecordLinks;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The updateSequence of the capabilities and the MetadataURL of feature types linked to catalogue records. */
class CapabilitiesUpdateTest extends AbstractSampleWfsTest {

    @Test
    void updateSequenceIsComparedAsOwsCommonAsks() throws Exception {
        WfsService wfs = sample.service(WfsSettings.defaults());
        for (String version : new String[] {"2.0.0", "1.1.0"}) {
            byte[] caps = body(wfs, kvp(version, "GetCapabilities"));
            long sequence = Long.parseLong(xpath(caps, "/*/@updateSequence"));
            assertThat(xpath(body(wfs, kvp(version, "GetCapabilities", "updateSequence",
                    Long.toString(sequence - 1))), "/*/@updateSequence")).isEqualTo(Long.toString(sequence));
            assertCode(wfs, version, Long.toString(sequence), OwsExceptionCode.CURRENT_UPDATE_SEQUENCE);
            assertCode(wfs, version, Long.toString(sequence + 1), OwsExceptionCode.INVALID_UPDATE_SEQUENCE);
            assertCode(wfs, version, "yesterday", OwsExceptionCode.INVALID_UPDATE_SEQUENCE);
        }
    }

    @Test
    void updateSequenceGrowsWhenAPublishedTypeChanges() throws Exception {
        WfsService wfs = sample.service(WfsSettings.defaults());
        long before = Long.parseLong(xpath(body(wfs, kvp("2.0.0", "GetCapabilities")), "/*/@updateSequence"));
        assertThat(xpath(body(wfs, kvp("2.0.0", "GetCapabilities")), "/*/@updateSequence"))
                .as("unchanged content, unchanged number").isEqualTo(Long.toString(before));
        FeatureTypeInfo trees = sample.catalog.featureType("cvl", "trees").orElseThrow();
        sample.catalog.save(new FeatureTypeInfo(trees.workspace(), trees.store(), trees.name(), trees.nativeName(),
                "Arbres d'alignement (revu)", trees.abstractText(), trees.keywords(), trees.nativeCrs(), trees.srs(),
                trees.nativeBoundingBox(), trees.latLonBoundingBox(), trees.attributes(), trees.enabled()));
        byte[] after = body(wfs, kvp("2.0.0", "GetCapabilities"));
        assertThat(Long.parseLong(xpath(after, "/*/@updateSequence"))).isGreaterThan(before);
        assertThat(xpath(after, "//wfs:FeatureType[wfs:Name='cvl:trees']/wfs:Title"))
                .isEqualTo("Arbres d'alignement (revu)");
    }

    @Test
    void metadataUrlComesFromTheCatalogueLinks() throws Exception {
        MetadataRecordLinks catalogue = (type, request) -> type.name().equals("communes")
                ? Optional.of(request.baseUrl() + "/csw?request=GetRecordById&id=" + type.qualifiedName())
                : Optional.empty();
        WfsService wfs = new WfsService(sample.resolver, sample.crs, WfsSettings.defaults(), catalogue);
        byte[] caps = body(wfs, kvp("2.0.0", "GetCapabilities"));
        assertThat(xpath(caps, "//wfs:FeatureType[wfs:Name='cvl:communes']/wfs:MetadataURL/@*[local-name()='href']"))
                .isEqualTo(SampleWfs.BASE + "/csw?request=GetRecordById&id=cvl:communes");
        assertThat(xpath(caps, "count(//wfs:MetadataURL)")).isEqualTo("1");
        byte[] caps11 = body(wfs, kvp("1.1.0", "GetCapabilities"));
        assertThat(xpath(caps11, "//wfs11:FeatureType[wfs11:Name='cvl:communes']/wfs11:MetadataURL"))
                .isEqualTo(SampleWfs.BASE + "/csw?request=GetRecordById&id=cvl:communes");
    }

    @Test
    void metadataUrlFromTheSettingsPattern() throws Exception {
        WfsService wfs = sample.service(WfsSettings.defaults()
                .withMetadataUrlTemplate("{base}/csw?service=CSW&request=GetRecordById&id={layer}"));
        byte[] caps = body(wfs, kvp("2.0.0", "GetCapabilities"));
        assertThat(xpath(caps, "//wfs:FeatureType[wfs:Name='cvl:trees']/wfs:MetadataURL/@*[local-name()='href']"))
                .isEqualTo(SampleWfs.BASE + "/csw?service=CSW&request=GetRecordById&id=cvl%3Atrees");
    }

    private static void assertCode(WfsService wfs, String version, String sequence, OwsExceptionCode code) {
        assertThatThrownBy(() -> body(wfs, kvp(version, "GetCapabilities", "updateSequence", sequence)))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.locator()).isEqualTo("updateSequence");
                });
    }
}
