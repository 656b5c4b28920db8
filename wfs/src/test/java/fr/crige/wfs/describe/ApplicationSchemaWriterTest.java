package fr.crige.wfs.describe;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.feature.AttributeDescriptor;
import fr.crige.core.feature.AttributeType;
import fr.crige.core.feature.GeometryKind;
import org.junit.jupiter.api.Test;

class ApplicationSchemaWriterTest {

    @Test
    void geometryKindsMapToTheGml32PropertyTypesOfWhatGetFeatureWrites() {
        assertThat(ApplicationSchemaWriter.geometryPropertyType(GeometryKind.POINT)).isEqualTo("gml:PointPropertyType");
        assertThat(ApplicationSchemaWriter.geometryPropertyType(GeometryKind.LINESTRING))
                .isEqualTo("gml:CurvePropertyType");
        assertThat(ApplicationSchemaWriter.geometryPropertyType(GeometryKind.MULTILINESTRING))
                .isEqualTo("gml:MultiCurvePropertyType");
        assertThat(ApplicationSchemaWriter.geometryPropertyType(GeometryKind.MULTIPOLYGON))
                .isEqualTo("gml:MultiSurfacePropertyType");
        assertThat(ApplicationSchemaWriter.geometryPropertyType(GeometryKind.GEOMETRY))
                .isEqualTo("gml:GeometryPropertyType");
    }

    @Test
    void attributeTypesMapToXmlSchemaTypes() {
        assertThat(ApplicationSchemaWriter.xmlType(AttributeDescriptor.of("d", AttributeType.DATE, true)))
                .isEqualTo("xs:date");
        assertThat(ApplicationSchemaWriter.xmlType(AttributeDescriptor.of("t", AttributeType.DATETIME_TZ, true)))
                .isEqualTo("xs:dateTime");
        assertThat(ApplicationSchemaWriter.xmlType(AttributeDescriptor.of("n", AttributeType.LONG, true)))
                .isEqualTo("xs:long");
        assertThat(ApplicationSchemaWriter.xmlType(AttributeDescriptor.of("b", AttributeType.BOOLEAN, true)))
                .isEqualTo("xs:boolean");
    }
}
