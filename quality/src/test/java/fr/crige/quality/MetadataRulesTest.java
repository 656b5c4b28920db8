package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.crige.quality.engine.Finding;
import fr.crige.quality.metadata.MetadataValidator;
import fr.crige.quality.model.Level;
import fr.crige.quality.report.Messages;
import fr.crige.quality.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The MD-* rules of metadata-quality.md on a conformant record, a faulty one and documents that are not records. */
class MetadataRulesTest {

    private final MetadataValidator validator = new MetadataValidator();

    private ValidationReport check(String resource) {
        InputStream in = getClass().getResourceAsStream("/metadata/" + resource);
        return validator.validate(in, resource);
    }

    private ValidationReport checkText(String xml) {
        return validator.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "record.xml");
    }

    @Test
    void aConformantRecordHasNoFinding() {
        ValidationReport report = check("good-dataset.xml");
        assertThat(report.findings()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.standardId()).isEqualTo(MetadataValidator.STANDARD_ID);
    }

    @Test
    void aFaultyRecordGetsOneFindingPerFault() {
        ValidationReport report = check("bad-dataset.xml");
        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).extracting(Finding::ruleId, Finding::code, Finding::level, Finding::value)
                .containsExactlyInAnyOrder(
                        tuple("MD-GEN-3", "METADATA_FILEIDENTIFIER_INVALID", Level.ERROR, "fiche PLU #1"),
                        tuple("MD-GEN-4", "METADATA_METADATALANGUAGE_NOT_LANGUAGECODE", Level.ERROR, "français"),
                        tuple("MD-RP-3", "METADATA_METADATACONTACT_MAILINVALID", Level.ERROR,
                                "urbanisme(at)reze.example"),
                        tuple("MD-GEN-6", "METADATA_METADATADATE_INVALID", Level.ERROR, "15/06/2023"),
                        tuple("MD-GEN-7", "METADATA_CHARACTERSET_NOT_FOUND", Level.WARNING, null),
                        tuple("MD-ID-2", "CNIG_METADATA_TITLE_ACRONYM", Level.WARNING, "PLU"),
                        tuple("MD-ID-3", "METADATA_ABSTRACT_SAME_AS_TITLE", Level.ERROR, "PLU"),
                        tuple("MD-ID-4", "METADATA_IDENTIFIER_NOT_FOUND", Level.ERROR, null),
                        tuple("MD-ID-5", "METADATA_LANGUAGE_INVALID", Level.ERROR, "fra"),
                        tuple("MD-ID-6", "METADATA_TOPICCATEGORY_INVALID", Level.ERROR, "urbanisme"),
                        tuple("MD-ID-8", "METADATA_EXTENT_INVALID", Level.ERROR,
                                "W=355000, E=362000, S=6680000, N=6690000"),
                        tuple("MD-ID-10", "METADATA_DATEOFCREATION_MULTIPLE", Level.ERROR, "2"),
                        tuple("MD-KW-1", "METADATA_INSPIRETHEME_NOT_FOUND", Level.ERROR, null),
                        tuple("MD-CT-1", "METADATA_ACCESSCONSTRAINTS_NOT_ANCHOR", Level.ERROR, "Aucune restriction"),
                        tuple("MD-CT-2", "METADATA_USECONDITIONS_NOT_FOUND", Level.ERROR, null),
                        tuple("MD-RP-1", "METADATA_CONTACT_NOT_FOUND", Level.ERROR, null),
                        tuple("MD-DQ-4", "CNIG_METADATA_DEGREE_NOT_EVALUATED", Level.WARNING, "Directive INSPIRE"),
                        tuple("MD-DQ-1", "METADATA_LINEAGE_NOT_FOUND", Level.ERROR, null),
                        tuple("MD-DQ-3", "METADATA_SPECIFICATION_1089_NOT_FOUND", Level.ERROR, null),
                        tuple("MD-DQ-6", "METADATA_SPATIALRESOLUTION_INVALID_DENOMINATOR", Level.ERROR, "1/5000"),
                        tuple("MD-IO-1", "CNIG_METADATA_REFERENCESYSTEMIDENTIFIER_INVALID", Level.ERROR, "Lambert 93"),
                        tuple("MD-IO-2", "METADATA_SPATIALREPRESENTATIONTYPE_NOT_FOUND", Level.ERROR, null),
                        tuple("MD-IO-3", "METADATA_DATA_CHARACTERSET_NOT_FOUND", Level.WARNING, null),
                        tuple("MD-ID-7", "METADATA_LOCATOR_NOT_PUBLIC", Level.WARNING, "http://sig-intranet/plu/plu.zip"),
                        tuple("MD-ID-7", "METADATA_LOCATOR_PROTOCOL_NOT_FOUND", Level.WARNING,
                                "http://sig-intranet/plu/plu.zip"),
                        tuple("MD-ID-7", "METADATA_LOCATOR_NAME_NOT_FOUND", Level.WARNING,
                                "http://sig-intranet/plu/plu.zip"),
                        tuple("MD-DCAT-1", "DCAT_DOWNLOAD_FUNCTION_NOT_FOUND", Level.WARNING,
                                "http://sig-intranet/plu/plu.zip"),
                        tuple("MD-IO-4", "METADATA_DISTRIBUTIONFORMATS_EMPTY", Level.ERROR, null));
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.table()).isEqualTo("MD_Metadata");
            assertThat(f.attribute()).as(f.code()).isNotBlank();
        });
    }

    @Test
    void everyFindingOfTheFaultyRecordHasItsOwnTextInFrenchAndEnglish() {
        ValidationReport report = check("bad-dataset.xml");
        for (String language : new String[] {"fr", "en"}) {
            Messages m = Messages.forLanguage(language);
            assertThat(report.findings()).allSatisfy(f -> {
                assertThat(m.message(f)).as(language + " " + f.code()).doesNotContain(f.code()).isNotBlank();
                assertThat(m.advice(f)).as(language + " " + f.ruleId())
                        .isNotEqualTo(m.text("METADATA.advice"));
            });
        }
        assertThat(Messages.forLanguage("fr").message(report.findings().get(0)))
                .isEqualTo("L'identifiant de la fiche (fiche PLU #1) contient des caractères non admis.");
    }

    @Test
    void sectionHeadingsReadWithoutTheValuesOfOneFinding() {
        for (String language : new String[] {"fr", "en"}) {
            Messages m = Messages.forLanguage(language);
            assertThat(check("bad-dataset.xml").findings()).allSatisfy(f -> assertThat(m.heading(f))
                    .as(language + " " + f.code()).doesNotContain("()", "« »", "\"\"", " .", "{", "  ")
                    .doesNotEndWith(":"));
        }
        assertThat(Messages.forLanguage("fr").heading(check("bad-dataset.xml").findings().stream()
                .filter(f -> f.code().equals("METADATA_LOCATOR_NAME_NOT_FOUND")).findFirst().orElseThrow()))
                .isEqualTo("Le lien n'a pas de nom.");
    }

    @Test
    void theRegulationIsRecognisedInFrenchAndInTheAnchorFormOfTheTechnicalGuidelines() {
        String good = text("good-dataset.xml");
        String english = "Commission Regulation (EU) No 1089/2010 of 23 November 2010 implementing Directive 2007/2/EC"
                + " of the European Parliament and of the Council as regards interoperability of spatial data sets"
                + " and services";
        String french = "<gco:CharacterString>R\u00e8glement  (UE) n\u00b0 1089/2010 de la Commission du 23 novembre 2010"
                + " portant modalit\u00e9s d\u2019application de la directive 2007/2/CE du Parlement europ\u00e9en et du"
                + " Conseil en ce qui concerne l'interop\u00e9rabilit\u00e9 des s\u00e9ries et des services de donn\u00e9es"
                + " g\u00e9ographiques</gco:CharacterString>";
        String anchor = "<gmx:Anchor xlink:href=\"http://data.europa.eu/eli/reg/2010/1089\">Règlement 1089/2010</gmx:Anchor>";
        String englishElement = "<gco:CharacterString>" + english + "</gco:CharacterString>";
        assertThat(checkText(good.replace(englishElement, french)).findings()).isEmpty();
        assertThat(checkText(good.replace(englishElement, anchor)).findings()).isEmpty();
        assertThat(checkText(good.replace(englishElement, "<gco:CharacterString>INSPIRE</gco:CharacterString>"))
                .findings()).extracting(Finding::code).containsExactly("METADATA_SPECIFICATION_1089_NOT_FOUND");
    }

    @Test
    void aDocumentThatIsNotARecordIsOneFinding() {
        ValidationReport report = checkText("<csw:GetRecordsResponse xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\"/>");
        assertThat(report.findings()).extracting(Finding::ruleId, Finding::code, Finding::value)
                .containsExactly(tuple("MD-GEN-2", "METADATA_IGNORED_FILE", "GetRecordsResponse"));
        assertThat(report.rows()).isZero();
    }

    @Test
    void malformedXmlAndExternalEntitiesAreFileFindingsNotFailures() {
        assertThat(checkText("<gmd:MD_Metadata xmlns:gmd=\"http://www.isotc211.org/2005/gmd\">").findings())
                .extracting(Finding::code).containsExactly("FILE_NOT_OPENED");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<gmd:MD_Metadata xmlns:gmd=\"http://www.isotc211.org/2005/gmd\"><gmd:fileIdentifier>&x;"
                + "</gmd:fileIdentifier></gmd:MD_Metadata>";
        ValidationReport report = checkText(xxe);
        assertThat(report.findings()).extracting(Finding::code).containsExactly("FILE_NOT_OPENED");
        assertThat(report.findings().get(0).detail()).doesNotContain("root:");
    }

    private static String text(String resource) {
        try (InputStream in = MetadataRulesTest.class.getResourceAsStream("/metadata/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
