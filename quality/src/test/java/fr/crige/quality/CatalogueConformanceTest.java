package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.catalog.CatalogFixtures;
import fr.crige.core.xml.PrefixNamespaces;
import fr.crige.core.xml.SecureXml;
import fr.crige.csw.publish.OwsEndpoints;
import fr.crige.csw.publish.PublicationIdentifiers;
import fr.crige.csw.publish.PublicationRecords;
import fr.crige.csw.publish.PublishedService;
import fr.crige.csw.publish.RecordContact;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import fr.crige.quality.catalogue.ConformanceResultWriter;
import fr.crige.quality.catalogue.ConformanceStatement;
import fr.crige.quality.catalogue.MetadataCatalogue;
import fr.crige.quality.metadata.MetadataValidator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Results of checks of published layers written into their ISO records (issue item 6). */
class CatalogueConformanceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-02-03T10:00:00+01:00");
    private static final ConformanceStatement PLU = new ConformanceStatement(
            "Standard CNIG PLU - ZONE_URBA, v2024 rev. 2025-06", "2025-06-24", false,
            "Contrôle automatique crige : 3 erreur(s).");
    private static final String RESULTS = "count(//gmd:DQ_ConformanceResult)";
    private static final String PLU_RESULT = "//gmd:DQ_ConformanceResult[gmd:specification/gmd:CI_Citation/gmd:title/"
            + "gco:CharacterString='Standard CNIG PLU - ZONE_URBA, v2024 rev. 2025-06']";

    @TempDir
    Path dir;

    private final ConformanceResultWriter writer = new ConformanceResultWriter();

    @Test
    void aResultIsAddedBeforeTheLineageThenReplacedByTheNextCheck() throws Exception {
        byte[] good = resource("good-dataset.xml");
        byte[] once = writer.write(good, PLU, NOW);
        Document doc = dom(once);
        assertThat(xpath(doc, RESULTS)).isEqualTo("3");
        assertThat(xpath(doc, PLU_RESULT + "/gmd:pass/gco:Boolean")).isEqualTo("false");
        assertThat(xpath(doc, PLU_RESULT + "/gmd:explanation/gco:CharacterString"))
                .isEqualTo("Contrôle automatique crige : 3 erreur(s).");
        assertThat(xpath(doc, PLU_RESULT + "/gmd:specification/*/gmd:date/*/gmd:date/gco:Date")).isEqualTo("2025-06-24");
        assertThat(xpath(doc, "local-name(//gmd:DQ_DataQuality/*[last()])")).isEqualTo("lineage");
        assertThat(xpath(doc, "//gmd:dateStamp/gco:DateTime")).isEqualTo("2026-02-03T09:00:00Z");

        byte[] twice = writer.write(once, new ConformanceStatement(PLU.specificationTitle(), PLU.specificationDate(),
                true, "Aucune erreur."), NOW);
        doc = dom(twice);
        assertThat(xpath(doc, RESULTS)).isEqualTo("3");
        assertThat(xpath(doc, PLU_RESULT + "/gmd:pass/gco:Boolean")).isEqualTo("true");
        assertThat(new MetadataValidator().validate(new ByteArrayInputStream(twice), "r.xml").findings()).isEmpty();
    }

    @Test
    void aRecordWithoutDataQualityGetsOneForTheDatasetAtItsSchemaPlace() throws Exception {
        String record = new String(resource("good-dataset.xml"), StandardCharsets.UTF_8);
        String withoutQuality = record.substring(0, record.indexOf("  <gmd:dataQualityInfo>"))
                + "  <gmd:metadataMaintenance/>\n</gmd:MD_Metadata>\n";
        Document doc = dom(writer.write(withoutQuality.getBytes(StandardCharsets.UTF_8),
                new ConformanceStatement("Schéma arbre, 0.2.2", null, true, "Aucune erreur."), NOW));
        assertThat(xpath(doc, "//gmd:DQ_DataQuality/gmd:scope//gmd:MD_ScopeCode/@codeListValue")).isEqualTo("dataset");
        assertThat(xpath(doc, "local-name(/gmd:MD_Metadata/gmd:dataQualityInfo/following-sibling::*[1])"))
                .isEqualTo("metadataMaintenance");
        assertThat(xpath(doc, "//gmd:DQ_ConformanceResult/gmd:specification/*/gmd:date/@gco:nilReason"))
                .isEqualTo("unknown");
    }

    @Test
    void somethingElseThanARecordIsRefused() {
        assertThatThrownBy(() -> writer.write("<a/>".getBytes(StandardCharsets.UTF_8), PLU, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theResultGoesIntoTheRecordThatDescribesThePublishedLayer() throws Exception {
        try (RecordStore store = SqliteRecordStore.open(dir.resolve("records.sqlite"))) {
            PublicationRecords publications = new PublicationRecords(CatalogFixtures.populated(), store,
                    List.of(PublishedService.WMS), new RecordContact("CRIGE", "contact@crige.example"),
                    new OwsEndpoints("https://geo.example.fr/"), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
                            ZoneOffset.UTC));
            publications.start();
            MetadataCatalogue catalogue = new MetadataCatalogue(store, publications,
                    Clock.fixed(NOW.toInstant(), ZoneOffset.UTC));

            assertThat(catalogue.publish("ws:ft", PLU)).contains(PublicationIdentifiers.datasetRecord("ws:ft"));
            Document doc = dom(store.get(PublicationIdentifiers.datasetRecord("ws:ft")).orElseThrow().xml());
            assertThat(xpath(doc, PLU_RESULT + "/gmd:pass/gco:Boolean")).isEqualTo("false");
            assertThat(catalogue.publish("ws:unknown", PLU)).isEmpty();

        }
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = CatalogueConformanceTest.class.getResourceAsStream("/metadata/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Document dom(byte[] xml) throws Exception {
        return SecureXml.newDocumentBuilderFactory().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String xpath(Document doc, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new PrefixNamespaces(Map.of("gmd", "http://www.isotc211.org/2005/gmd",
                "gco", "http://www.isotc211.org/2005/gco")));
        return xpath.evaluate(expression, doc);
    }
}
