package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.crige.core.io.Zips;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Zipped CNIG PLU deliveries through POST /rest/quality/validate against the standards shipped in the data
 * directory: folder rules and NOMFIC existence (document mode), and unsafe archives refused with nothing kept.
 */
class DocumentDeliveryApiTest {

    private static final String TABLE = "Donnees_geographiques/44109_ZONE_URBA_20230615.geojson";

    @TempDir
    Path dataDir;

    private QualityService service;

    private MockMvc mvc(ArchiveLimits limits) {
        service = new QualityService(new StandardRepository(Path.of("..", "data-dir", "quality", "standards")),
                ReportRepository.inDataDirectory(dataDir, new ReportRetention(10, null)), null, null,
                new StoreContext(dataDir, null), new QualitySettings(100L << 20, 5L << 20, limits,
                        new ReportRetention(10, null)));
        return MockMvcBuilders.standaloneSetup(new QualityController(service)).build();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private static byte[] zoneUrba() throws Exception {
        return Files.readAllBytes(Path.of(DocumentDeliveryApiTest.class.getResource(
                "/fixtures/cnig-plu-zone-urba/44109_ZONE_URBA_20230615_valid.geojson").toURI()));
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        Zips zip = Zips.archive();
        entries.forEach(zip::add);
        return zip.bytes();
    }

    private String validate(MockMvc mvc, String archiveName, byte[] zip, int status) throws Exception {
        return mvc.perform(multipart("/rest/quality/validate")
                .file(new MockMultipartFile("file", archiveName, "application/zip", zip))
                .param("standard", "cnig-plu-2024").param("idurba", "44109_PLU_20230615")
                .param("datappro", "20230615"))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCompleteDeliveryIsConformant() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("44109_PLU_20230615/" + TABLE, zoneUrba());
        entries.put("44109_PLU_20230615/Pieces_ecrites/3_Reglement/44109_reglement_20230615.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        String body = validate(mvc(ArchiveLimits.defaults()), "44109_PLU_20230615.zip", zip(entries), 200);

        assertThat((Boolean) JsonPath.read(body, "$.summary.valid")).isTrue();
        assertThat((Integer) JsonPath.read(body, "$.summary.total")).isZero();
        assertThat((Integer) JsonPath.read(body, "$.rows")).isEqualTo(3);
    }

    @Test
    void folderRulesAndMissingWrittenPartsAreReportedEndToEnd() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("PLU_Nantes_final/" + TABLE, zoneUrba());
        // the written part is delivered, but outside Pieces_ecrites and with an upper-case extension
        entries.put("PLU_Nantes_final/Reglement/44109_reglement_20230615.PDF",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        MockMvc mvc = mvc(ArchiveLimits.defaults());

        String body = validate(mvc, "envoi.zip", zip(entries), 200);

        List<Map<String, Object>> findings = JsonPath.read(body, "$.findings");
        assertThat(findings).extracting(f -> f.get("code"), f -> f.get("level"), f -> f.get("ruleId"),
                f -> f.get("row"), f -> f.get("value"), f -> f.get("attribute")).containsExactly(
                        tuple("DIRECTORY_UNEXPECTED_NAME", "ERROR", "document.folderName", null, "PLU_Nantes_final",
                                null),
                        tuple("FILE_MISSING_MANDATORY_DIRECTORY", "ERROR", "document.files.Pieces_ecrites", null, null,
                                "Pieces_ecrites"),
                        tuple("ATTRIBUTE_FILE_NOT_FOUND", "ERROR", "ZONE_URBA.NOMFIC.file", 1,
                                "44109_reglement_20230615.pdf#page=12", "NOMFIC"),
                        tuple("ATTRIBUTE_FILE_NOT_FOUND", "ERROR", "ZONE_URBA.NOMFIC.file", 2,
                                "44109_reglement_20230615.pdf#nameddest=1AUh", "NOMFIC"),
                        tuple("ATTRIBUTE_FILE_NOT_FOUND", "ERROR", "ZONE_URBA.NOMFIC.file", 3,
                                "44109_reglement_20230615.pdf", "NOMFIC"));
        assertThat((String) JsonPath.read(body, "$.findings[2].message")).isEqualTo("Le fichier désigné par NOMFIC"
                + " (44109_reglement_20230615.pdf#page=12) est absent du dossier livré PLU_Nantes_final.");
        assertThat((String) JsonPath.read(body, "$.file"))
                .isEqualTo("envoi.zip!/PLU_Nantes_final/" + TABLE);

        String html = mvc.perform(get("/rest/quality/reports/" + JsonPath.read(body, "$.id") + ".html"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("ZONE_URBA.NOMFIC.file", "Pieces_ecrites", "Non conforme");
    }

    @Test
    void idurbaAndDatapproAreDerivedFromTheDeliveredFolderName() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("44109_PLU_20230615/Donnees_geographiques/44109_ZONE_URBA_20230615.geojson",
                Files.readAllBytes(Path.of(getClass().getResource(
                        "/fixtures/cnig-plu-zone-urba/44109_ZONE_URBA_20230615_invalid_values.geojson").toURI())));
        entries.put("44109_PLU_20230615/Pieces_ecrites/44109_reglement_20230615.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        MockMvc mvc = mvc(ArchiveLimits.defaults());
        String standards = mvc.perform(get("/rest/quality/standards")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Boolean> derivable = JsonPath.read(standards, "$[?(@.id=='cnig-plu-2024')].context[*].derivedFromFolderName");
        assertThat(derivable).containsExactly(true, true);

        // no idurba nor datappro in the request: the conditions on them still run, with the folder's values
        String derived = mvc.perform(multipart("/rest/quality/validate")
                        .file(new MockMultipartFile("file", "44109_PLU_20230615.zip", "application/zip", zip(entries)))
                        .param("standard", "cnig-plu-2024"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(conditionFindings(derived)).containsExactlyInAnyOrder(
                tuple("ZONE_URBA.IDURBA_MATCHES_DOCUMENT", 12), tuple("ZONE_URBA.DATVALID_LE_DATAPPRO", 15),
                tuple("ZONE_URBA.SYMBOLE_MATCHES_TYPEZONE", 16));

        // the same delivery under a name that says nothing: only the condition without context runs
        Map<String, byte[]> renamed = new LinkedHashMap<>();
        entries.forEach((path, bytes) -> renamed.put(path.replace("44109_PLU_20230615/", "livraison/"), bytes));
        String unnamed = mvc.perform(multipart("/rest/quality/validate")
                        .file(new MockMultipartFile("file", "livraison.zip", "application/zip", zip(renamed)))
                        .param("standard", "cnig-plu-2024"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(conditionFindings(unnamed)).containsExactly(tuple("ZONE_URBA.SYMBOLE_MATCHES_TYPEZONE", 16));
    }

    @Test
    void requestParametersWinOverTheFolderName() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("44109_PLU_20230615/" + TABLE, zoneUrba());
        entries.put("44109_PLU_20230615/Pieces_ecrites/44109_reglement_20230615.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        MockMvc mvc = mvc(ArchiveLimits.defaults());

        String body = mvc.perform(multipart("/rest/quality/validate")
                        .file(new MockMultipartFile("file", "44109_PLU_20230615.zip", "application/zip", zip(entries)))
                        .param("standard", "cnig-plu-2024").param("idurba", "44109_PLU_20240101")
                        .param("datappro", "20100101"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // conformant with the folder's values (aCompleteDeliveryIsConformant); not with the ones asked for
        List<Map<String, Object>> findings = JsonPath.read(body, "$.findings");
        assertThat(findings).extracting(f -> f.get("ruleId")).containsOnly("ZONE_URBA.IDURBA_MATCHES_DOCUMENT",
                "ZONE_URBA.DATVALID_LE_DATAPPRO");
        assertThat(findings).filteredOn(f -> f.get("ruleId").equals("ZONE_URBA.IDURBA_MATCHES_DOCUMENT")).hasSize(3);
    }

    /** The findings of conditions (cross-field and context rules) of a report, as (ruleId, row). */
    private static List<org.assertj.core.groups.Tuple> conditionFindings(String body) {
        List<Map<String, Object>> findings = JsonPath.read(body, "$.findings");
        return findings.stream().filter(f -> Set.of("CNIG_IDURBA_UNEXPECTED", "DATABASE_CONSTRAINT_MISMATCH")
                .contains(f.get("code"))).map(f -> tuple(f.get("ruleId"), f.get("row"))).toList();
    }

    @Test
    void pathTraversalIsRefusedWithNothingKept() throws Exception {
        Set<Path> before = workFolders();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("44109_PLU_20230615/" + TABLE, zoneUrba());
        entries.put("44109_PLU_20230615/../../../evil.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));

        String body = validate(mvc(ArchiveLimits.defaults()), "44109_PLU_20230615.zip", zip(entries), 400);

        assertThat((String) JsonPath.read(body, "$.message")).contains("outside");
        assertNothingKept(before);
    }

    @Test
    void zipBombIsRefusedWithNothingKept() throws Exception {
        Set<Path> before = workFolders();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("44109_PLU_20230615/" + TABLE, zoneUrba());
        entries.put("44109_PLU_20230615/Pieces_ecrites/bomb.pdf", new byte[4_000_000]); // ~4 kB compressed

        byte[] zip = zip(entries);
        assertThat(zip.length).isLessThan(40_000);
        validate(mvc(new ArchiveLimits(100, 1_000_000)), "44109_PLU_20230615.zip", zip, 413);

        assertNothingKept(before);
    }

    /** The upload working folders of the controller (crige-quality-* in the temporary directory). */
    private static Set<Path> workFolders() throws Exception {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("crige-quality-")).collect(Collectors.toSet());
        }
    }

    private void assertNothingKept(Set<Path> before) throws Exception {
        assertThat(workFolders()).isSubsetOf(before);
        try (Stream<Path> reports = Files.list(dataDir.resolve("quality").resolve("reports"))) {
            assertThat(reports).isEmpty();
        }
        assertThat(dataDir.getParent().resolve("evil.pdf")).doesNotExist();
    }
}
