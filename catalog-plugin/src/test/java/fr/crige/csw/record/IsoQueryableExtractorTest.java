package fr.crige.csw.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.csw.TestRecords;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class IsoQueryableExtractorTest {

    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();

    @Test
    void extractsTheQueryablesOfASampleDataset() {
        QueryableValues v = extractor.extract(TestRecords.sample("heat_zones"));
        assertThat(v.first(Queryable.IDENTIFIER)).contains(TestRecords.HEAT_ZONES_ID);
        assertThat(v.first(Queryable.TITLE)).contains("Îlots de chaleur urbains");
        assertThat(v.first(Queryable.ABSTRACT)).hasValueSatisfying(a -> assertThat(a).startsWith("Zones d'îlots"));
        assertThat(v.values(Queryable.SUBJECT)).contains("Santé et sécurité des personnes", "îlot de chaleur urbain",
                "climatologyMeteorologyAtmosphere");
        assertThat(v.values(Queryable.TOPIC_CATEGORY)).containsExactly("climatologyMeteorologyAtmosphere");
        assertThat(v.values(Queryable.KEYWORD_TYPE)).containsExactly("theme", "theme");
        assertThat(v.first(Queryable.TYPE)).contains("dataset");
        assertThat(v.first(Queryable.MODIFIED)).contains("2025-02-03T09:00:00");
        assertThat(v.values(Queryable.CREATION_DATE)).containsExactly("2024-06-21");
        assertThat(v.values(Queryable.REVISION_DATE)).containsExactly("2025-02-03");
        assertThat(v.values(Queryable.PUBLICATION_DATE)).isEmpty();
        assertThat(v.first(Queryable.CRS)).contains("EPSG:2154");
        assertThat(v.first(Queryable.FORMAT)).contains("GeoPackage");
        assertThat(v.first(Queryable.LANGUAGE)).contains("fre");
        assertThat(v.first(Queryable.RESOURCE_LANGUAGE)).contains("fre");
        assertThat(v.values(Queryable.ORGANISATION_NAME)).containsExactly("CRIGE Centre-Val de Loire");
        assertThat(v.values(Queryable.RESPONSIBLE_PARTY_ROLE)).containsExactly("custodian");
        assertThat(v.first(Queryable.RESOURCE_IDENTIFIER)).contains("cvl:heat_zones");
        assertThat(v.first(Queryable.DENOMINATOR)).contains("5000");
        assertThat(v.first(Queryable.ACCESS_CONSTRAINTS)).contains("otherRestrictions");
        assertThat(v.first(Queryable.OTHER_CONSTRAINTS)).contains("Pas de restriction d'accès public");
        assertThat(v.first(Queryable.CONDITION_APPLYING_TO_ACCESS_AND_USE))
                .contains("Licence Ouverte / Open Licence version 2.0");
        assertThat(v.first(Queryable.SPECIFICATION_TITLE)).hasValueSatisfying(t -> assertThat(t)
                .startsWith("Règlement (UE) n° 1089/2010"));
        assertThat(v.first(Queryable.SPECIFICATION_DATE)).contains("2010-12-08");
        assertThat(v.first(Queryable.SPECIFICATION_DATE_TYPE)).contains("publication");
        assertThat(v.first(Queryable.DEGREE)).contains("false");
        assertThat(v.first(Queryable.LINEAGE)).isPresent();
        assertThat(v.extents()).hasSize(1);
        Envelope e = v.extents().get(0);
        assertThat(e.getMinX()).isCloseTo(0.027746, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(e.getMaxY()).isCloseTo(48.872951, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(v.anyText()).contains("Îlots de chaleur urbains", "GEMET - INSPIRE themes");
    }

    @Test
    void extractsServiceQueryables() {
        String xml = """
                <gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd"
                    xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:srv="http://www.isotc211.org/2005/srv">
                  <gmd:fileIdentifier><gco:CharacterString>svc-1</gco:CharacterString></gmd:fileIdentifier>
                  <gmd:hierarchyLevel><gmd:MD_ScopeCode codeList="x" codeListValue="service"/></gmd:hierarchyLevel>
                  <gmd:identificationInfo><srv:SV_ServiceIdentification>
                    <gmd:citation><gmd:CI_Citation>
                      <gmd:title><gco:CharacterString>Service WMS</gco:CharacterString></gmd:title>
                    </gmd:CI_Citation></gmd:citation>
                    <srv:serviceType><gco:LocalName>view</gco:LocalName></srv:serviceType>
                    <srv:serviceTypeVersion><gco:CharacterString>1.3.0</gco:CharacterString></srv:serviceTypeVersion>
                    <srv:coupledResource><srv:SV_CoupledResource>
                      <srv:operationName><gco:CharacterString>GetMap</gco:CharacterString></srv:operationName>
                      <srv:identifier><gco:CharacterString>cvl:trees</gco:CharacterString></srv:identifier>
                    </srv:SV_CoupledResource></srv:coupledResource>
                    <srv:couplingType><srv:SV_CouplingType codeList="x" codeListValue="tight"/></srv:couplingType>
                    <srv:containsOperations><srv:SV_OperationMetadata>
                      <srv:operationName><gco:CharacterString>GetCapabilities</gco:CharacterString></srv:operationName>
                    </srv:SV_OperationMetadata></srv:containsOperations>
                    <srv:operatesOn uuidref="3f1c2a64-7d1e-4c5b-9a61-0c2f7b9e1a05"/>
                  </srv:SV_ServiceIdentification></gmd:identificationInfo>
                </gmd:MD_Metadata>""";
        QueryableValues v = extractor.extract(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(v.first(Queryable.TYPE)).contains("service");
        assertThat(v.first(Queryable.TITLE)).contains("Service WMS");
        assertThat(v.first(Queryable.SERVICE_TYPE)).contains("view");
        assertThat(v.first(Queryable.SERVICE_TYPE_VERSION)).contains("1.3.0");
        assertThat(v.first(Queryable.COUPLING_TYPE)).contains("tight");
        assertThat(v.first(Queryable.OPERATION)).contains("GetCapabilities");
        assertThat(v.first(Queryable.OPERATES_ON)).contains("3f1c2a64-7d1e-4c5b-9a61-0c2f7b9e1a05");
        assertThat(v.first(Queryable.OPERATES_ON_IDENTIFIER)).contains("cvl:trees");
        assertThat(v.first(Queryable.OPERATES_ON_NAME)).contains("GetMap");
    }

    @Test
    void aRecordWithoutHierarchyLevelIsADataset() {
        String xml = "<gmd:MD_Metadata xmlns:gmd='http://www.isotc211.org/2005/gmd' "
                + "xmlns:gco='http://www.isotc211.org/2005/gco'><gmd:fileIdentifier><gco:CharacterString>a"
                + "</gco:CharacterString></gmd:fileIdentifier></gmd:MD_Metadata>";
        assertThat(extractor.extract(xml.getBytes(StandardCharsets.UTF_8)).first(Queryable.TYPE)).contains("dataset");
    }

    @Test
    void refusesDocumentsThatAreNotIsoRecords() {
        assertThatThrownBy(() -> extractor.extract("<a/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("not gmd:MD_Metadata");
        assertThatThrownBy(() -> extractor.extract("<gmd:MD_Metadata xmlns:gmd='http://www.isotc211.org/2005/gmd'/>"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("no gmd:fileIdentifier");
        assertThatThrownBy(() -> extractor.extract("<gmd:MD_Metadata".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void neverResolvesExternalEntities() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<gmd:MD_Metadata xmlns:gmd='http://www.isotc211.org/2005/gmd' "
                + "xmlns:gco='http://www.isotc211.org/2005/gco'><gmd:fileIdentifier><gco:CharacterString>&x;"
                + "</gco:CharacterString></gmd:fileIdentifier></gmd:MD_Metadata>";
        assertThatThrownBy(() -> extractor.extract(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRecordException.class);
    }
}
