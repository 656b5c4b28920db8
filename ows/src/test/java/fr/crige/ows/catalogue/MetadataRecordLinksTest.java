package fr.crige.ows.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsRequest;
import org.junit.jupiter.api.Test;

class MetadataRecordLinksTest {

    private static final FeatureTypeInfo TYPE = new FeatureTypeInfo("cvl", "store", "bâti zones", "bati", null,
            null, null, "EPSG:2154", "EPSG:2154", null, null, null, true);
    private static final OwsRequest REQUEST = new OwsRequest("WMS", "1.3.0", "GetCapabilities",
            KvpParameters.empty(), null, null, "https://geo.example.fr/crige");

    @Test
    void aPatternReplacesEveryPlaceholderUrlEncoded() {
        MetadataRecordLinks links = MetadataRecordLinks.fromTemplate(
                "{base}/csw?ws={workspace}&name={name}&layer={layer}");

        assertThat(links.recordUrl(TYPE, REQUEST)).contains(
                "https://geo.example.fr/crige/csw?ws=cvl&name=b%C3%A2ti+zones&layer=cvl%3Ab%C3%A2ti+zones");
        assertThat(links.dataset(TYPE, REQUEST)).as("a pattern knows no data set identifier").isEmpty();
    }

    @Test
    void noPatternLinksNothing() {
        assertThat(MetadataRecordLinks.fromTemplate(null)).isSameAs(MetadataRecordLinks.NONE);
        assertThat(MetadataRecordLinks.fromTemplate("  ")).isSameAs(MetadataRecordLinks.NONE);
        assertThat(MetadataRecordLinks.NONE.recordUrl(TYPE, REQUEST)).isEmpty();
    }
}
