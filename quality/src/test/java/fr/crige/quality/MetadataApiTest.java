package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.store.StoreContext;
import fr.crige.csw.publish.OwsEndpoints;
import fr.crige.csw.publish.PublicationRecords;
import fr.crige.csw.publish.RecordContact;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import fr.crige.quality.catalogue.MetadataCatalogue;
import fr.crige.quality.model.StandardRepository;
import fr.crige.quality.report.ReportRepository;
import fr.crige.quality.report.ReportRetention;
import fr.crige.quality.web.QualityController;
import fr.crige.quality.web.QualityService;
import fr.crige.quality.web.QualitySettings;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The metadata endpoints: an uploaded ISO 19139 record, and a record of the catalogue by identifier. */
class MetadataApiTest {

    @TempDir
    Path tmp;

    private QualityService service;
    private RecordStore store;

    @AfterEach
    void stop() {
        service.close();
        if (store != null) {
            store.close();
        }
    }

    private MockMvc mvc(MetadataCatalogue catalogue) throws Exception {
        Path standards = Path.of(getClass().getResource("/standards").toURI());
        service = new QualityService(new StandardRepository(standards),
                ReportRepository.inDataDirectory(tmp, ReportRetention.defaults()), null, null, new StoreContext(tmp, null),
                QualitySettings.defaults(), catalogue);
        return MockMvcBuilders.standaloneSetup(new QualityController(service)).build();
    }

    private static byte[] record(String name) throws Exception {
        try (InputStream in = MetadataApiTest.class.getResourceAsStream("/metadata/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anUploadedRecordIsReportedInTheSameFormatsAsData() throws Exception {
        MockMvc mvc = mvc(null);
        String body = mvc.perform(multipart("/rest/quality/metadata")
                .file(new MockMultipartFile("file", "fiche.xml", "application/xml", record("bad-dataset.xml"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standard.id").value("inspire-metadata"))
                .andExpect(jsonPath("$.file").value("fiche.xml"))
                .andExpect(jsonPath("$.summary.valid").value(false))
                .andExpect(jsonPath("$.summary.levels.ERROR").value(20))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='MD-GEN-4')].message").value(
                        "La langue de la fiche (français) est saisie en texte libre au lieu d'un code gmd:LanguageCode."))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(body, "$.id");
        String html = mvc.perform(get("/rest/quality/reports/" + id + ".html").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Not conformant", "MD-KW-1", "GEMET - INSPIRE themes, version 1.0");
        mvc.perform(get("/rest/quality/reports/" + id + ".csv")).andExpect(status().isOk());
    }

    @Test
    void aCatalogueRecordIsCheckedByItsIdentifier() throws Exception {
        store = SqliteRecordStore.open(tmp.resolve("records.sqlite"));
        store.apply(List.of(new RecordChange.Insert(new MetadataRecord("5d1a2b3c-0000-4000-8000-44109plu2023",
                record("good-dataset.xml")))));
        PublicationRecords publications = new PublicationRecords(new DefaultCatalog(), store, List.of(),
                new RecordContact("CRIGE", "contact@crige.example"), new OwsEndpoints("https://geo.example.fr/"),
                Clock.systemUTC());
        MockMvc mvc = mvc(new MetadataCatalogue(store, publications, Clock.systemUTC()));
        mvc.perform(post("/rest/quality/metadata/records/5d1a2b3c-0000-4000-8000-44109plu2023"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.valid").value(true))
                .andExpect(jsonPath("$.file").value("5d1a2b3c-0000-4000-8000-44109plu2023"));
        mvc.perform(post("/rest/quality/metadata/records/unknown")).andExpect(status().isNotFound());
    }

    @Test
    void withoutACatalogueRecordsByIdentifierAreNotFound() throws Exception {
        mvc(null).perform(post("/rest/quality/metadata/records/any")).andExpect(status().isNotFound());
    }
}
