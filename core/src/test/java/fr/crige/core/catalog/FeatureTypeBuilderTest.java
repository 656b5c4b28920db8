package fr.crige.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.FeatureSchema;
import fr.crige.core.feature.GeometryKind;
import fr.crige.core.store.FakeDataStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class FeatureTypeBuilderTest {

    private static final FeatureSchema COMMUNES = new FeatureSchema("communes", "gid", List.of(
            AttributeDescriptor.geometry("geom", GeometryKind.MULTIPOLYGON, 2154, false),
            new AttributeDescriptor("insee_com", AttributeType.STRING, false, 5, null, 0),
            AttributeDescriptor.of("population", AttributeType.INTEGER, true)));
    private static final FeatureSchema NO_GEOMETRY = new FeatureSchema("codes", null, List.of(
            AttributeDescriptor.of("code", AttributeType.STRING, false)));

    private final FakeDataStore store = new FakeDataStore(Map.of("communes", COMMUNES, "codes", NO_GEOMETRY),
            Map.of("communes", new Envelope(477798.6, 708795.0, 6584670.4, 6872118.0)));

    @Test
    void describesATypeFromTheStore() {
        FeatureTypeInfo ft = new FeatureTypeBuilder(new SisCrsService()).workspace("cvl").store("cvl")
                .nativeName("communes").build(store);

        assertThat(ft.name()).isEqualTo("communes");
        assertThat(ft.title()).isEqualTo("communes");
        assertThat(ft.nativeCrs()).isEqualTo("EPSG:2154");
        assertThat(ft.srs()).isEqualTo("EPSG:2154");
        assertThat(ft.enabled()).isTrue();
        assertThat(ft.attributes()).containsExactly(
                new AttributeInfo("geom", "GEOMETRY", false, null, "MultiPolygon"),
                new AttributeInfo("insee_com", "STRING", false, 5, null),
                new AttributeInfo("population", "INTEGER", true, null, null));
        assertThat(ft.nativeBoundingBox()).isEqualTo(new BoundingBox(477798.6, 6584670.4, 708795.0, 6872118.0,
                "EPSG:2154"));
        // Centre-Val de Loire spans roughly 0.05°E..3.13°E and 46.35°N..48.94°N
        BoundingBox ll = ft.latLonBoundingBox();
        assertThat(ll.crs()).isEqualTo("EPSG:4326");
        assertThat(ll.minx()).isCloseTo(0.05, within(0.1));
        assertThat(ll.maxx()).isCloseTo(3.13, within(0.1));
        assertThat(ll.miny()).isCloseTo(46.35, within(0.1));
        assertThat(ll.maxy()).isCloseTo(48.94, within(0.1));
    }

    @Test
    void keepsGivenDescriptionAndDeclaredSrs() {
        FeatureTypeInfo ft = new FeatureTypeBuilder(new SisCrsService()).workspace("cvl").store("cvl")
                .nativeName("communes").name("communes_cvl").title("Communes").abstractText("Les communes")
                .keywords(List.of("commune")).srs("urn:ogc:def:crs:EPSG::3857").build(store);
        assertThat(ft.name()).isEqualTo("communes_cvl");
        assertThat(ft.nativeName()).isEqualTo("communes");
        assertThat(ft.title()).isEqualTo("Communes");
        assertThat(ft.abstractText()).isEqualTo("Les communes");
        assertThat(ft.keywords()).containsExactly("commune");
        assertThat(ft.srs()).isEqualTo("EPSG:3857");
        assertThat(ft.nativeCrs()).isEqualTo("EPSG:2154");
    }

    @Test
    void typesWithoutGeometryHaveNoExtent() {
        FeatureTypeInfo ft = new FeatureTypeBuilder(new SisCrsService()).workspace("cvl").store("cvl")
                .nativeName("codes").build(store);
        assertThat(ft.nativeCrs()).isNull();
        assertThat(ft.nativeBoundingBox()).isNull();
        assertThat(ft.latLonBoundingBox()).isNull();
    }
}
