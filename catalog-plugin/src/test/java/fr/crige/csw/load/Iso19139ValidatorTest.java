package fr.crige.csw.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.csw.TestRecords;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Iso19139ValidatorTest {

    /** Compiled once for the class, as the loader does for the server. */
    private static final Iso19139Validator VALIDATOR = new Iso19139Validator();

    @ParameterizedTest
    @ValueSource(strings = {"communes", "departements", "heat_zones", "roads", "trees"})
    void theSampleRecordsOfTheDataDirectoryAreValid(String sample) {
        assertThat(VALIDATOR.problems(TestRecords.sample(sample))).isEmpty();
    }

    @Test
    void aProblemTellsTheLineColumnAndWhatIsWrong() {
        // no gmd:contact, which ISO 19139 requires before the dateStamp on line 5
        byte[] record = TestRecords.record("id-1", "Arbres", "dataset", 1, 47).xml();

        assertThat(VALIDATOR.problems(record)).first().asString().matches("5:\\d+ .*")
                .contains("starting with element 'gmd:dateStamp'").contains("gmd:contact");
    }

    @Test
    void aServiceRecordIsCheckedAgainstTheSrvSchema() {
        String service = new String(TestRecords.sample("trees"), StandardCharsets.UTF_8)
                .replaceFirst("(?s)<gmd:MD_DataIdentification>.*</gmd:MD_DataIdentification>",
                        "<srv:SV_ServiceIdentification xmlns:srv=\"http://www.isotc211.org/2005/srv\">"
                                + "<srv:unknownElement/></srv:SV_ServiceIdentification>");

        assertThat(VALIDATOR.problems(service.getBytes(StandardCharsets.UTF_8))).isNotEmpty()
                .allSatisfy(p -> assertThat(p).doesNotContain("'srv:SV_ServiceIdentification'"))
                .anySatisfy(p -> assertThat(p).contains("srv:unknownElement"));
    }

    @Test
    void aBrokenRecordGetsTheFirstProblemsAndHowManyMore() {
        String box = "<gmd:geographicElement><gmd:EX_GeographicBoundingBox>"
                + "<gmd:westBoundLongitude><gco:Decimal>west</gco:Decimal></gmd:westBoundLongitude>"
                + "<gmd:eastBoundLongitude><gco:Decimal>east</gco:Decimal></gmd:eastBoundLongitude>"
                + "<gmd:southBoundLatitude><gco:Decimal>south</gco:Decimal></gmd:southBoundLatitude>"
                + "<gmd:northBoundLatitude><gco:Decimal>north</gco:Decimal></gmd:northBoundLatitude>"
                + "</gmd:EX_GeographicBoundingBox></gmd:geographicElement>";
        String broken = new String(TestRecords.sample("trees"), StandardCharsets.UTF_8)
                .replaceFirst("<gmd:EX_Extent>", "<gmd:EX_Extent>" + box.repeat(10));

        assertThat(VALIDATOR.problems(broken.getBytes(StandardCharsets.UTF_8)))
                .hasSize(Iso19139Validator.MAX_PROBLEMS + 1)
                .last().asString().matches("\\.\\.\\. and \\d+ more problems");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedNotFollowed() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<gmd:MD_Metadata xmlns:gmd=\"http://www.isotc211.org/2005/gmd\">&e;</gmd:MD_Metadata>";

        assertThat(VALIDATOR.problems(xxe.getBytes(StandardCharsets.UTF_8))).isNotEmpty()
                .noneSatisfy(p -> assertThat(p).contains("root:"));
    }
}
