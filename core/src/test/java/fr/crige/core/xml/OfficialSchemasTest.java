package fr.crige.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialSchemasTest {

    private static final String EXCEPTION_REPORT = """
            <ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1" version="2.0.0">
              <ows:Exception exceptionCode="InvalidParameterValue" locator="count">
                <ows:ExceptionText>count must be a positive integer</ows:ExceptionText>
              </ows:Exception>
            </ows:ExceptionReport>""";

    @Test
    void validOwsExceptionReportHasNoProblem() {
        assertThat(OfficialSchemas.validator(OfficialSchemas.OWS_110_EXCEPTION).validate(EXCEPTION_REPORT))
                .isEmpty();
    }

    @Test
    void invalidDocumentIsReportedWithItsPosition() {
        String missingCode = EXCEPTION_REPORT.replace(" exceptionCode=\"InvalidParameterValue\"", "");

        assertThat(OfficialSchemas.validator(OfficialSchemas.OWS_110_EXCEPTION).validate(missingCode))
                .singleElement().asString().startsWith("2:").contains("exceptionCode");
    }

    @Test
    void isoSchemasCompileOfflineThroughTheirGmlAndXlinkImports() {
        String emptyRecord = """
                <gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd"/>""";

        assertThat(OfficialSchemas.validator(OfficialSchemas.ISO_19139_GMD).validate(emptyRecord))
                .isNotEmpty().allMatch(p -> p.contains("MD_Metadata"));
    }

    @Test
    void documentsWithADoctypeAreRefusedWithoutResolvingEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1" version="2.0.0">
                  <ows:Exception exceptionCode="&x;"/>
                </ows:ExceptionReport>""";

        assertThat(OfficialSchemas.validator(OfficialSchemas.OWS_110_EXCEPTION).validate(xxe))
                .singleElement().asString().containsIgnoringCase("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void aSchemaLocationHintDoesNotBypassTheBundledSchemas() {
        String misordered = """
                <gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd"
                    xmlns:gco="http://www.isotc211.org/2005/gco"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.isotc211.org/2005/gmd http://www.isotc211.org/2005/gmd/gmd.xsd">
                  <gmd:language><gco:CharacterString>fre</gco:CharacterString></gmd:language>
                  <gmd:fileIdentifier><gco:CharacterString>x</gco:CharacterString></gmd:fileIdentifier>
                </gmd:MD_Metadata>""";

        assertThat(OfficialSchemas.validator(OfficialSchemas.ISO_19139_GMD).validate(misordered))
                .first().asString().contains("fileIdentifier");
    }

    @Test
    void serviceMetadataValidatesWithTheDatasetSchemas() {
        String service = """
                <gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd"
                    xmlns:srv="http://www.isotc211.org/2005/srv"/>""";

        assertThat(OfficialSchemas.validator(OfficialSchemas.ISO_19139_GMD, OfficialSchemas.ISO_19139_SRV)
                .validate(service)).isNotEmpty().noneMatch(p -> p.contains("srv"));
    }
}
