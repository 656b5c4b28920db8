package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.crige.core.io.Zips;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import fr.crige.core.store.StoreContext;
import fr.crige.quality.input.ArchiveLimits;
import fr.crige.quality.model.StandardRepository;
import fr.crige.quality.report.ReportRepository;
import fr.crige.quality.report.ReportRetention;
import fr.crige.quality.web.QualityController;
import fr.crige.quality.web.QualityService;
import fr.crige.quality.web.QualitySettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The REST API over uploads: reports, formats, jobs and refusals of bad input. */
class QualityApiTest {

    @TempDir
    Path tmp;

    private QualityService service;

    private MockMvc mvc(QualitySettings settings) throws Exception {
        Path standards = Path.of(getClass().getResource("/standards").toURI());
        service = new QualityService(new StandardRepository(standards),
                ReportRepository.inDataDirectory(tmp, settings.reports()), null, null, new StoreContext(tmp, null),
                settings);
        return MockMvcBuilders.standaloneSetup(new QualityController(service)).build();
    }

    private MockMvc mvc() throws Exception {
        return mvc(QualitySettings.defaults());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private static MockMultipartFile fixture(String path) throws Exception {
        Path p = Path.of(QualityApiTest.class.getResource("/fixtures/" + path).toURI());
        return new MockMultipartFile("file", p.getFileName().toString(), "application/octet-stream",
                Files.readAllBytes(p));
    }

    @Test
    void listsTheStandardsOfTheFolder() throws Exception {
        mvc().perform(get("/rest/quality/standards")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem("cnig-plu-2024")))
                .andExpect(jsonPath("$[*].id", hasItem("schema-arbre")));
    }

    @Test
    void validatesAnUploadAndKeepsTheReportInThreeFormats() throws Exception {
        MockMvc mvc = mvc();
        String body = mvc.perform(multipart("/rest/quality/validate")
                .file(fixture("cnig-plu-zone-urba/44109_ZONE_URBA_20230615_invalid_values.geojson"))
                .param("standard", "cnig-plu-2024").param("idurba", "44109_PLU_20230615").param("datappro", "20230615"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.valid").value(false))
                .andExpect(jsonPath("$.summary.total").value(24))
                .andExpect(jsonPath("$.summary.levels.ERROR").value(22))
                .andExpect(jsonPath("$.summary.levels.WARNING").value(2))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='ZONE_URBA.TYPEZONE.enum')].message",
                        hasItem(containsString("ne correspond pas à une valeur autorisée"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/rest/quality/reports/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.total").value(24));
        String html = mvc.perform(get("/rest/quality/reports/" + id + ".html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Non conforme", "Que faire ?", "ZONE_URBA.NO_OVERLAP", "AUC");
        String english = mvc.perform(get("/rest/quality/reports/" + id + ".html").param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Not conformant", "What to do");
        String csv = mvc.perform(get("/rest/quality/reports/" + id + ".csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(25);
        assertThat(csv).contains("ZONE_URBA.LIB_IDZONE.unique");
    }

    @Test
    void aReportStillOpensInItsThreeFormatsAfterARestart() throws Exception {
        String body = mvc().perform(multipart("/rest/quality/validate")
                .file(fixture("cnig-plu-zone-urba/44109_ZONE_URBA_20230615_invalid_values.geojson"))
                .param("standard", "cnig-plu-2024").param("idurba", "44109_PLU_20230615").param("datappro", "20230615"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(body, "$.id");
        service.close();

        MockMvc restarted = mvc(); // a new service and repository over the same data directory
        restarted.perform(get("/rest/quality/reports/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.summary.total").value(24))
                .andExpect(jsonPath("$.summary.levels.WARNING").value(2))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='ZONE_URBA.LIB_IDZONE.unique')].rows[0]").exists());
        assertThat(restarted.perform(get("/rest/quality/reports/" + id + ".html").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Not conformant", "ZONE_URBA.NO_OVERLAP", "AUC");
        assertThat(restarted.perform(get("/rest/quality/reports/" + id + ".csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).lines()).hasSize(25);
        restarted.perform(get("/rest/quality/reports/..%2F..%2Fetc%2Fpasswd")).andExpect(status().isNotFound());
    }

    @Test
    void latin1CsvDeclaredUtf8IsAFindingNotACrash() throws Exception {
        String header = Files.readAllLines(Path.of(getClass().getResource("/fixtures/arbre/arbre_valid.csv").toURI()))
                .get(0);
        byte[] latin1 = (header.replace(',', ';') + "\n1;-1.5;47.2;;;;;Platane;44109;44000;Cours Napoléon;;;;;;;;;;;;;;;\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        mvc().perform(multipart("/rest/quality/validate")
                .file(new MockMultipartFile("file", "arbres.csv", "text/csv", latin1)).param("standard", "schema-arbre"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.total").value(1))
                .andExpect(jsonPath("$.findings[0].code").value("FILE_ENCODING_INVALID"))
                .andExpect(jsonPath("$.findings[0].detail", containsString("windows-1252")));
    }

    @Test
    void readsWithTheDeclaredDelimiterAndEncodingAndReportsAnEncodingOtherThanTheStandards() throws Exception {
        Path p = Path.of(getClass().getResource("/fixtures/arbre/arbre_valid.csv").toURI());
        String text = Files.readString(p).replace(",", ";").replace("\"arbre d'alignement; à surveiller\"",
                "\"arbre d'alignement, à surveiller\"");
        assertThat(text).contains("à surveiller"); // a non-ASCII value, which only the declared encoding reads
        mvc().perform(multipart("/rest/quality/validate")
                .file(new MockMultipartFile("file", "arbres.csv", "text/csv",
                        text.getBytes(StandardCharsets.ISO_8859_1)))
                .param("standard", "schema-arbre").param("delimiter", ";").param("encoding", "ISO-8859-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.summary.total").value(1))
                .andExpect(jsonPath("$.findings[0].code").value("FILE_ENCODING_INVALID"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("arbre.encoding"))
                .andExpect(jsonPath("$.findings[0].detail", containsString("declared ISO-8859-1")));
    }

    @Test
    void unknownStandardIs404() throws Exception {
        mvc().perform(multipart("/rest/quality/validate").file(fixture("arbre/arbre_valid.csv"))
                .param("standard", "nope")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", containsString("nope")));
    }

    @Test
    void pathTraversalInAnArchiveIs400AndNothingIsExtractedOutside() throws Exception {
        byte[] zip = zip("../../evil.geojson", "{}".getBytes(StandardCharsets.UTF_8));
        mvc().perform(multipart("/rest/quality/validate")
                .file(new MockMultipartFile("file", "delivery.zip", "application/zip", zip))
                .param("standard", "cnig-plu-2024")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("outside")));
        assertThat(tmp.resolve("evil.geojson")).doesNotExist();
    }

    @Test
    void zipBombIs413() throws Exception {
        byte[] zip = zip("44109_ZONE_URBA_20230615.geojson", new byte[2_000_000]);
        mvc(new QualitySettings(100L << 20, 5L << 20, new ArchiveLimits(10, 1_000_000), new ReportRetention(10, null)))
                .perform(multipart("/rest/quality/validate")
                        .file(new MockMultipartFile("file", "delivery.zip", "application/zip", zip))
                        .param("standard", "cnig-plu-2024")).andExpect(status().isPayloadTooLarge());
    }

    @Test
    void unreadableArchiveIs400() throws Exception {
        mvc().perform(multipart("/rest/quality/validate")
                .file(new MockMultipartFile("file", "delivery.zip", "application/zip", "not a zip".getBytes()))
                .param("standard", "cnig-plu-2024")).andExpect(status().isBadRequest());
    }

    @Test
    void oversizeUploadIs413() throws Exception {
        mvc(new QualitySettings(10, 5, ArchiveLimits.defaults(), new ReportRetention(10, null)))
                .perform(multipart("/rest/quality/validate")
                .file(fixture("arbre/arbre_valid.csv")).param("standard", "schema-arbre"))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void largeUploadRunsAsAJobWithProgress() throws Exception {
        MockMvc mvc = mvc(new QualitySettings(100L << 20, 0, ArchiveLimits.defaults(),
                new ReportRetention(10, null)));
        String body = mvc.perform(multipart("/rest/quality/validate")
                .file(fixture("cnig-plu-zone-urba/44109_ZONE_URBA_20230615_valid.geojson"))
                .param("standard", "cnig-plu-2024").param("idurba", "44109_PLU_20230615"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String href = JsonPath.read(body, "$.href");
        String status = "RUNNING";
        String job = body;
        for (int i = 0; i < 100 && status.equals("RUNNING"); i++) {
            Thread.sleep(50);
            job = mvc.perform(get(href)).andReturn().getResponse().getContentAsString();
            status = JsonPath.read(job, "$.status");
        }
        assertThat(status).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(job, "$.rowsChecked")).isEqualTo(3);
        mvc.perform(get((String) JsonPath.read(job, "$.report"))).andExpect(jsonPath("$.summary.valid").value(true));
    }

    @Test
    void zippedGeoJsonIsChecked() throws Exception {
        Path p = Path.of(getClass().getResource(
                "/fixtures/cnig-plu-zone-urba/44109_ZONE_URBA_20230615_wrong_crs.geojson").toURI());
        mvc().perform(multipart("/rest/quality/validate")
                .file(new MockMultipartFile("file", "44109_PLU_20230615.zip", "application/zip",
                        zip("44109_PLU_20230615/Donnees_geographiques/44109_ZONE_URBA_20230615.geojson",
                                Files.readAllBytes(p))))
                .param("standard", "cnig-plu-2024")).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].code").value("CRS_UNEXPECTED"))
                .andExpect(jsonPath("$.findings[0].value").value("EPSG:4326"))
                .andExpect(content().string(containsString("ZONE_URBA.crs")));
    }

    @Test
    void zippedShapefileIsCheckedAndABareShpIsRefused() throws Exception {
        Path folder = Path.of(getClass().getResource("/fixtures/shapefile/invalid").toURI());
        Zips archive = Zips.archive();
        try (var files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                archive.add("44109_PLU_20230615/" + f.getFileName(), Files.readAllBytes(f));
            }
        }
        byte[] bytes = archive.bytes();
        MockMvc mvc = mvc();
        mvc.perform(multipart("/rest/quality/validate")
                .file(new MockMultipartFile("file", "44109_PLU_20230615.zip", "application/zip", bytes))
                .param("standard", "cnig-plu-2024").param("idurba", "44109_PLU_20230615").param("datappro", "20230615"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(25))
                .andExpect(jsonPath("$.file").value("44109_PLU_20230615.zip!/44109_PLU_20230615/"
                        + "44109_ZONE_URBA_20230615.shp"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='ZONE_URBA.TYPEZONE.enum')].value", hasItem("AUC")));
        mvc.perform(multipart("/rest/quality/validate")
                .file(new MockMultipartFile("file", "zone.shp", "application/octet-stream",
                        Files.readAllBytes(folder.resolve("44109_ZONE_URBA_20230615.shp"))))
                .param("standard", "cnig-plu-2024")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("zip")));
    }

    @Test
    void aGeoPackageUploadGivesTheFixturesFindings() throws Exception {
        JsonNode expectation = ExpectedFindings.fixtures()
                .filter(f -> f.get("file").asText().endsWith("_invalid_values.geojson")).findFirst().orElseThrow();
        Path gpkg = Files.createDirectories(tmp.resolve("upload")).resolve("44109_ZONE_URBA_20230615.gpkg");
        FixtureGeoPackage.write(ExpectedFindings.file(expectation), gpkg, "44109_ZONE_URBA_20230615");

        String body = mvc().perform(multipart("/rest/quality/validate")
                        .file(new MockMultipartFile("file", gpkg.getFileName().toString(),
                                "application/geopackage+sqlite3", Files.readAllBytes(gpkg)))
                        .param("standard", "cnig-plu-2024").param("idurba", "44109_PLU_20230615")
                        .param("datappro", "20230615"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(26))
                .andExpect(jsonPath("$.file").value("44109_ZONE_URBA_20230615.gpkg!44109_ZONE_URBA_20230615"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        ExpectedFindings.assertExactly(expectation, new ObjectMapper().readTree(body).get("findings"));
    }

    @Test
    void aGeoPackageWithoutTheStandardsTableIs400() throws Exception {
        Path valid = Path.of(getClass().getResource(
                "/fixtures/cnig-plu-zone-urba/44109_ZONE_URBA_20230615_valid.geojson").toURI());
        Path gpkg = Files.createDirectories(tmp.resolve("upload")).resolve("plu.gpkg");
        FixtureGeoPackage.write(valid, gpkg, "zonage");
        FixtureGeoPackage.write(valid, gpkg, "zonage_old");

        mvc().perform(multipart("/rest/quality/validate")
                        .file(new MockMultipartFile("file", "plu.gpkg", "application/geopackage+sqlite3",
                                Files.readAllBytes(gpkg)))
                        .param("standard", "cnig-plu-2024"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("no table named ZONE_URBA")));
    }

    private static byte[] zip(String name, byte[] content) {
        return Zips.archive().add(name, content).bytes();
    }
}
