package fr.crige.csw.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.catalog.CatalogFixtures;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.csw.record.MetadataRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The XPath facts that the rules MD-ID-6, MD-KW-1, MD-CT-1, MD-CT-2, MD-DQ-1 to 3, MD-DQ-6 and MD-IO-4 of
 * data-dir/quality/metadata-quality.md check, on generated dataset and service records.
 */
class GeneratedRecordChecklistTest {

    private static final String ID = "gmd:identificationInfo/*";
    private static final String LEGAL = ID + "/gmd:resourceConstraints/gmd:MD_LegalConstraints";
    private static final String RESULT = "gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:report/gmd:DQ_DomainConsistency"
            + "/gmd:result/gmd:DQ_ConformanceResult";
    private static final RecordContact CONTACT = new RecordContact("CRIGE Centre-Val de Loire", "contact@crige.example");
    private static final OwsEndpoints ENDPOINTS = new OwsEndpoints("https://geo.example.fr/");
    private static final RecordDates DATES = new RecordDates("2025-03-01", "2025-03-01", "2025-03-01T10:15:30Z");

    private static RecordXPath dataset(PublicationDefaults defaults, String... keywords) throws Exception {
        FeatureTypeInfo ft = CatalogFixtures.featureType("ws", "st", "ft");
        FeatureTypeInfo type = new FeatureTypeInfo(ft.workspace(), ft.store(), ft.name(), ft.nativeName(), ft.title(),
                ft.abstractText(), List.of(keywords), ft.nativeCrs(), ft.srs(), ft.nativeBoundingBox(),
                ft.latLonBoundingBox(), ft.attributes(), true);
        MetadataRecord record = new DatasetRecordWriter(CONTACT, ENDPOINTS, defaults)
                .write(type, List.of(PublishedService.WMS, PublishedService.WFS), DATES, List.of());
        return new RecordXPath(record);
    }

    @Test
    void aThemeKeywordBecomesTheInspireThemeAndItsTopicCategory() throws Exception {
        RecordXPath r = dataset(PublicationDefaults.openData(), "haies", "Usage des sols");
        // MD-ID-6
        assertThat(r.eval(ID + "/gmd:topicCategory/gmd:MD_TopicCategoryCode")).isEqualTo("planningCadastre");
        // MD-KW-1
        String themes = ID + "/gmd:descriptiveKeywords/gmd:MD_Keywords[gmd:thesaurusName/*/gmd:title"
                + "/gco:CharacterString='GEMET - INSPIRE themes, version 1.0']";
        assertThat(r.count(themes)).isEqualTo(1);
        assertThat(r.eval(themes + "/gmd:thesaurusName/*/gmd:date/*/gmd:date/gco:Date")).isEqualTo("2008-06-01");
        assertThat(r.eval(themes + "/gmd:thesaurusName/*/gmd:date/*/gmd:dateType/*/@codeListValue"))
                .isEqualTo("publication");
        assertThat(r.eval(themes + "/gmd:keyword/gmx:Anchor")).isEqualTo("Usage des sols");
        assertThat(r.eval(themes + "/gmd:keyword/gmx:Anchor/@xlink:href"))
                .isEqualTo("http://inspire.ec.europa.eu/theme/lu");
        assertThat(r.eval(ID + "/gmd:descriptiveKeywords/gmd:MD_Keywords[not(gmd:thesaurusName)]/gmd:keyword"))
                .isEqualTo("haies");
    }

    @Test
    void withoutAThemeKeywordNoThemeIsClaimedAndTheDefaultCategoryIsUsed() throws Exception {
        Anchor licence = new Anchor("https://www.etalab.gouv.fr/licence-ouverte-open-licence",
                "Licence Ouverte version 2.0");
        RecordXPath r = dataset(new PublicationDefaults(PublicationDefaults.NO_LIMITATIONS, licence, "environment"),
                "k1");
        assertThat(r.count(ID + "//gmd:thesaurusName")).isZero();
        assertThat(r.eval(ID + "/gmd:topicCategory/gmd:MD_TopicCategoryCode")).isEqualTo("environment");
        assertThat(r.eval(LEGAL + "[gmd:useConstraints]/gmd:otherConstraints/gmx:Anchor/@xlink:href"))
                .isEqualTo(licence.href());
        assertThat(r.eval(LEGAL + "[gmd:useConstraints]/gmd:otherConstraints/gmx:Anchor"))
                .isEqualTo("Licence Ouverte version 2.0");
    }

    @Test
    void constraintsAreInspireRegistryAnchorsInDatasetAndServiceRecords() throws Exception {
        RecordXPath service = new RecordXPath(new ServiceRecordWriter(CONTACT, ENDPOINTS,
                PublicationDefaults.openData()).write(PublishedService.WMS, List.of(), DATES, List.of()));
        for (RecordXPath r : List.of(dataset(PublicationDefaults.openData(), "k1"), service)) {
            // MD-CT-1
            String access = LEGAL + "[gmd:accessConstraints/gmd:MD_RestrictionCode/@codeListValue='otherRestrictions']";
            assertThat(r.eval(access + "/gmd:otherConstraints/gmx:Anchor/@xlink:href")).isEqualTo(
                    "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/noLimitations");
            assertThat(r.eval(access + "/gmd:otherConstraints/gmx:Anchor")).isEqualTo("Pas de restriction d'accès public");
            // MD-CT-2
            String use = LEGAL + "[gmd:useConstraints/gmd:MD_RestrictionCode/@codeListValue='otherRestrictions']";
            assertThat(r.eval(use + "/gmd:otherConstraints/gmx:Anchor/@xlink:href")).isEqualTo(
                    "http://inspire.ec.europa.eu/metadata-codelist/ConditionsApplyingToAccessAndUse/noConditionsApply");
        }
    }

    @Test
    void dataQualityDeclaresLineageAndAnUnevaluatedConformityToRegulation1089() throws Exception {
        RecordXPath r = dataset(PublicationDefaults.openData(), "k1");
        // MD-DQ-2 and MD-DQ-1
        assertThat(r.eval("gmd:dataQualityInfo/*/gmd:scope/*/gmd:level/*/@codeListValue")).isEqualTo("dataset");
        assertThat(r.count("gmd:dataQualityInfo/*/gmd:lineage/*/gmd:statement")).isEqualTo(1);
        assertThat(r.eval("gmd:dataQualityInfo/*/gmd:lineage/*/gmd:statement/gco:CharacterString"))
                .contains("CRIGE Centre-Val de Loire", "« st »", "« ws »");
        // MD-DQ-3, TG 2.0 form, French title
        assertThat(r.count(RESULT)).isEqualTo(1);
        assertThat(r.eval(RESULT + "/gmd:specification/@xlink:href"))
                .isEqualTo("http://inspire.ec.europa.eu/id/citation/ir/reg-1089-2010");
        assertThat(r.eval(RESULT + "/gmd:specification/*/gmd:title/gmx:Anchor/@xlink:href"))
                .isEqualTo("http://data.europa.eu/eli/reg/2010/1089");
        assertThat(r.eval(RESULT + "/gmd:specification/*/gmd:title/gmx:Anchor"))
                .startsWith("Règlement (UE) n° 1089/2010 de la Commission du 23 novembre 2010");
        assertThat(r.eval(RESULT + "/gmd:specification/*/gmd:date/*/gmd:date/gco:Date")).isEqualTo("2010-12-08");
        assertThat(r.eval(RESULT + "/gmd:specification/*/gmd:date/*/gmd:dateType/*/@codeListValue"))
                .isEqualTo("publication");
        // not evaluated: no claim of conformity
        assertThat(r.eval(RESULT + "/gmd:pass/@gco:nilReason")).isEqualTo("unknown");
        assertThat(r.count(RESULT + "/gmd:pass/gco:Boolean")).isZero();
    }

    @Test
    void spatialResolutionIsDeclaredUnknownAndEncodingsAreThoseOfTheServices() throws Exception {
        RecordXPath r = dataset(PublicationDefaults.openData(), "k1");
        // MD-DQ-6: one resolution, with no malformed denominator or distance
        assertThat(r.count(ID + "/gmd:spatialResolution/gmd:MD_Resolution")).isEqualTo(1);
        assertThat(r.eval(ID + "/gmd:spatialResolution/gmd:MD_Resolution/gmd:equivalentScale/@gco:nilReason"))
                .isEqualTo("unknown");
        // MD-IO-4
        String format = "gmd:distributionInfo/*/gmd:distributionFormat/gmd:MD_Format";
        assertThat(r.count(format)).isEqualTo(2);
        assertThat(r.eval(format + "[gmd:name/gco:CharacterString='GML']/gmd:version/gco:CharacterString"))
                .isEqualTo("3.2.1");
        assertThat(r.eval(format + "[gmd:name/gco:CharacterString='PNG']/gmd:version/gco:CharacterString"))
                .isEqualTo("1.2");
    }

    @Test
    void themesAreRecognisedByLabelOrRegisterUri() {
        assertThat(InspireTheme.ofKeyword("zones a risque naturel")).contains(InspireTheme.NZ);
        assertThat(InspireTheme.ofKeyword("Services d’utilité publique et services publics"))
                .contains(InspireTheme.US);
        assertThat(InspireTheme.ofKeyword("https://inspire.ec.europa.eu/theme/hy")).contains(InspireTheme.HY);
        assertThat(InspireTheme.ofKeyword("hydro")).isEmpty();
    }
}
