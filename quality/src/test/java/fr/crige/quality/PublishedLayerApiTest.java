package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.FeatureTypeBuilder;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.SecretReferences;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.core.crs.SisCrsService;
import fr.crige.core.datadir.DataDirectory;
import fr.crige.core.store.DataStoreRegistry;
import fr.crige.core.store.StoreContext;
import fr.crige.core.store.StoreManager;
import fr.crige.core.xml.SecureXml;
import fr.crige.csw.publish.OwsEndpoints;
import fr.crige.csw.publish.PublicationRecords;
import fr.crige.csw.publish.PublishedService;
import fr.crige.csw.publish.RecordContact;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import fr.crige.quality.catalogue.MetadataCatalogue;
import fr.crige.quality.model.StandardRepository;
import fr.crige.quality.report.ReportRepository;
import fr.crige.quality.web.QualityController;
import fr.crige.quality.web.QualityService;
import fr.crige.quality.web.QualitySettings;
import fr.crige.store.geopackage.GeoPackageStoreFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.xml.SimpleNamespaceContext;
import org.w3c.dom.Document;

/**
 * {@code POST /rest/quality/layers/{workspace}:{layer}?standard=ID} end to end: a copy of the sample data
 * directory (catalog files, styles, cvl.gpkg) loaded into a catalog, plus a GeoPackage store holding the
 * ZONE_URBA fixtures as published layers, the standards shipped in {@code data-dir/quality/standards}, and the
 * CSW record store with the generated records of the published layers. A check gives the fixture's expected
 * findings and writes its DQ_ConformanceResult into the layer's record.
 */
class PublishedLayerApiTest {

    private static final Path SAMPLE = Path.of("..", "data-dir");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String PLU_TITLE = "Standard CNIG PLU - ZONE_URBA (zonage du document d'urbanisme),"
            + " v2024 rev. 2025-06";
    private static final String RESULT = "//gmd:DQ_ConformanceResult[gmd:specification/gmd:CI_Citation/gmd:title/"
            + "gco:CharacterString=\"" + PLU_TITLE + "\"]";

    @TempDir
    Path root;

    private StoreManager stores;
    private RecordStore records;
    private PublicationRecords publications;
    private QualityService service;
    private MockMvc mvc;

    @BeforeEach
    void publish() throws Exception {
        copy(SAMPLE.resolve("workspaces"), root.resolve("workspaces"));
        copy(SAMPLE.resolve("styles"), root.resolve("styles"));
        Files.createDirectories(root.resolve("data"));
        Files.copy(SAMPLE.resolve("data/cvl.gpkg"), root.resolve("data/cvl.gpkg"));
        FixtureGeoPackage.write(fixtureFile("invalid_values"), root.resolve("data/plu.gpkg"), "zone_urba_invalid");
        FixtureGeoPackage.write(fixtureFile("valid"), root.resolve("data/plu.gpkg"), "zone_urba_valid");

        DefaultCatalog catalog = new DefaultCatalog();
        assertThat(DataDirectory.load(root, catalog)).isEmpty();
        SisCrsService crs = new SisCrsService();
        StoreContext context = new StoreContext(root, crs);
        stores = new StoreManager(catalog, DataStoreRegistry.fromClassPath(),
                new SecretReferences(new DataDirectory(root).secrets()), context);
        catalog.add(new StoreInfo("cvl", "plu", GeoPackageStoreFactory.TYPE, "PLU de Nantes (fixtures)", true,
                Map.of(GeoPackageStoreFactory.DATABASE, "data/plu.gpkg")));
        for (String table : List.of("zone_urba_invalid", "zone_urba_valid")) {
            catalog.add(new FeatureTypeBuilder(crs).workspace("cvl").store("plu").nativeName(table)
                    .build(stores.get("cvl", "plu")), new LayerInfo("cvl", table, "polygon", List.of(), true, true));
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        records = SqliteRecordStore.open(root.resolve("csw").resolve("records.sqlite"));
        publications = new PublicationRecords(catalog, records, List.of(PublishedService.WMS),
                new RecordContact("CRIGE", "contact@crige.example"), new OwsEndpoints("https://geo.example.fr/"),
                clock);
        publications.start();
        service = new QualityService(new StandardRepository(SAMPLE.resolve("quality").resolve("standards")),
                ReportRepository.inDataDirectory(root, QualitySettings.defaults().reports()), catalog, stores,
                context, QualitySettings.defaults(), new MetadataCatalogue(records, publications, clock));
        mvc = MockMvcBuilders.standaloneSetup(new QualityController(service)).build();
    }

    @AfterEach
    void close() {
        service.close();
        publications.close();
        records.close();
        stores.close();
    }

    @Test
    void aPublishedLayerGivesTheFixturesFindingsAndItsRecordTheConformanceResult() throws Exception {
        JsonNode report = check("cvl:zone_urba_invalid", 200);

        ExpectedFindings.assertExactly(expectation("invalid_values"), report.get("findings"));
        assertThat(report.get("rows").asLong()).isEqualTo(26);
        assertThat(report.get("file").asText()).isEqualTo("cvl:zone_urba_invalid");
        String recordId = publications.recordOf("cvl:zone_urba_invalid").orElseThrow();
        assertThat(report.get("catalogueRecord").asText()).isEqualTo(recordId);
        Document record = record(recordId);
        assertThat(xpath(record, "count(" + RESULT + ")")).isEqualTo("1");
        assertThat(xpath(record, RESULT + "/gmd:pass/gco:Boolean")).isEqualTo("false");
        assertThat(xpath(record, RESULT + "/gmd:specification/*/gmd:date/*/gmd:date/gco:Date"))
                .isEqualTo("2025-06-24");
        assertThat(xpath(record, RESULT + "/gmd:explanation/gco:CharacterString")).matches(
                "Contrôle automatique crige du \\d{4}-\\d{2}-\\d{2} de la table ZONE_URBA \\(26 objets\\) :"
                        + " 22 erreur\\(s\\), 2 avertissement\\(s\\)\\.");
        // the other layer's record is untouched
        assertThat(xpath(record(publications.recordOf("cvl:zone_urba_valid").orElseThrow()),
                "count(//gmd:DQ_ConformanceResult[gmd:specification/gmd:CI_Citation/gmd:title/gco:CharacterString=\""
                        + PLU_TITLE + "\"])")).isEqualTo("0");
    }

    @Test
    void aConformantLayerPassesAndASecondCheckReplacesTheResult() throws Exception {
        String recordId = publications.recordOf("cvl:zone_urba_valid").orElseThrow();
        for (int i = 0; i < 2; i++) {
            JsonNode report = check("cvl:zone_urba_valid", 200);
            assertThat(report.get("findings")).isEmpty();
            assertThat(report.get("summary").get("valid").asBoolean()).isTrue();
        }
        Document record = record(recordId);
        assertThat(xpath(record, "count(" + RESULT + ")")).isEqualTo("1");
        assertThat(xpath(record, RESULT + "/gmd:pass/gco:Boolean")).isEqualTo("true");
        assertThat(xpath(record, RESULT + "/gmd:explanation/gco:CharacterString"))
                .contains("(3 objets) : 0 erreur(s), 0 avertissement(s).");
    }

    /**
     * The sample trees follow schema-arbre 0.3, whose columns were renamed from the 0.2.2 the shipped standard
     * describes (famille_arbre became famille...): every row's values pass, only the column sets differ.
     */
    @Test
    void theSampleTreesLayerIsCheckedAgainstTheArbreSchema() throws Exception {
        JsonNode report = check("cvl:trees", "schema-arbre", 200);

        assertThat(report.get("rows").asLong()).isEqualTo(1999);
        assertThat(report.at("/summary/codes").properties()).extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactlyInAnyOrder("TABLE_MISSING_ATTRIBUTE=13", "TABLE_UNEXPECTED_ATTRIBUTE=12");
        assertThat(report.get("findings").findValuesAsText("attribute")).contains("famille_arbre", "famille",
                "arbre_remarquable", "remarquable");
        assertThat(report.get("findings").findValues("row")).isEmpty();
        Document record = record(publications.recordOf("cvl:trees").orElseThrow());
        assertThat(report.get("catalogueRecord").asText()).isEqualTo(publications.recordOf("cvl:trees").orElseThrow());
        assertThat(xpath(record, "//gmd:DQ_ConformanceResult[gmd:specification/gmd:CI_Citation/gmd:title/"
                + "gco:CharacterString='Arbres urbains (inventaire du patrimoine arboré), 0.2.2']/gmd:pass/gco:Boolean"))
                .isEqualTo("false");
    }

    @Test
    void anUnknownLayerIs404AndAnUnknownStandard404() throws Exception {
        check("cvl:nope", 404);
        mvc.perform(post("/rest/quality/layers/cvl:zone_urba_valid").param("standard", "nope"))
                .andExpect(status().isNotFound());
    }

    private JsonNode check(String layer, int status) throws Exception {
        return check(layer, "cnig-plu-2024", status);
    }

    private JsonNode check(String layer, String standard, int status) throws Exception {
        String body = mvc.perform(post("/rest/quality/layers/" + layer).param("standard", standard)
                        .param("idurba", "44109_PLU_20230615").param("datappro", "20230615"))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(body);
    }

    private static Path fixtureFile(String kind) {
        return ExpectedFindings.file(expectation(kind));
    }

    private static JsonNode expectation(String kind) {
        return ExpectedFindings.fixtures().filter(f -> f.get("file").asText().endsWith("_" + kind + ".geojson"))
                .findFirst().orElseThrow();
    }

    private Document record(String id) throws Exception {
        return SecureXml.newDocumentBuilderFactory().newDocumentBuilder()
                .parse(new ByteArrayInputStream(records.get(id).orElseThrow().xml()));
    }

    private static String xpath(Document doc, String expression) throws Exception {
        SimpleNamespaceContext namespaces = new SimpleNamespaceContext();
        namespaces.bindNamespaceUri("gmd", "http://www.isotc211.org/2005/gmd");
        namespaces.bindNamespaceUri("gco", "http://www.isotc211.org/2005/gco");
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(namespaces);
        return xpath.evaluate(expression, doc);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Files.copy(p, to.resolve(from.relativize(p).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
