package fr.crige.csw.load;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.crige.core.io.Zips;
import fr.crige.csw.TestRecords;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The records API over a real embedded record store, through Spring MVC with its JSON conversion. */
class RecordsControllerTest {

    private static final String RECORDS = "/rest/csw/records";
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    @TempDir
    Path dir;

    private RecordStore store;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        store = SqliteRecordStore.open(dir.resolve("records.sqlite"));
        RecordLoader loader = new RecordLoader(store, new RecordLoadLimits(100, 50_000, 1_000_000));
        mvc = MockMvcBuilders.standaloneSetup(new RecordsController(loader, store)).build();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aRecordPostedAsXmlIsInsertedThenReplaced() throws Exception {
        mvc.perform(post(RECORDS).contentType(MediaType.APPLICATION_XML).content(RecordLoaderTest.TREES))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.summary.inserted").value(1))
                .andExpect(jsonPath("$.records[0].file").value("body"))
                .andExpect(jsonPath("$.records[0].identifier").value(TestRecords.TREES_ID))
                .andExpect(jsonPath("$.records[0].status").value("inserted"))
                .andExpect(jsonPath("$.records[0].problems", hasSize(0)))
                .andExpect(jsonPath("$.outcome").doesNotExist());

        mvc.perform(post(RECORDS).contentType(MediaType.TEXT_XML).content(RecordLoaderTest.TREES))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.replaced").value(1))
                .andExpect(jsonPath("$.records[0].status").value("replaced"));
    }

    @Test
    void aMixedArchiveIsProcessedRecordByRecord() throws Exception {
        byte[] zip = Zips.archive().add("a/trees.xml", RecordLoaderTest.TREES)
                .add("a/no-contact.xml", RecordLoaderTest.NO_CONTACT).add("a/photo.jpg", "jpeg").bytes();

        mvc.perform(post(RECORDS).contentType(ZIP).content(zip))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.inserted").value(1))
                .andExpect(jsonPath("$.summary.refused").value(1))
                .andExpect(jsonPath("$.summary.skipped").value(1))
                .andExpect(jsonPath("$.summary.replaced").value(0))
                .andExpect(jsonPath("$.records[1].file").value("a/no-contact.xml"))
                .andExpect(jsonPath("$.records[1].status").value("refused"))
                .andExpect(jsonPath("$.records[1].problems[0]", startsWith("5:")))
                .andExpect(jsonPath("$.records[2].status").value("skipped"));
    }

    @Test
    void validationCanBeTurnedOff() throws Exception {
        mvc.perform(post(RECORDS).param("validate", "false").contentType(MediaType.APPLICATION_XML)
                        .content(RecordLoaderTest.NO_CONTACT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records[0].status").value("inserted"));
    }

    @Test
    void aBrowserUploadMayBeARecordOrAnArchive() throws Exception {
        mvc.perform(multipart(RECORDS).file(new MockMultipartFile("file", "trees.xml", "text/xml",
                        RecordLoaderTest.TREES)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records[0].file").value("trees.xml"))
                .andExpect(jsonPath("$.records[0].status").value("inserted"));

        byte[] zip = Zips.archive().add("heat.xml", RecordLoaderTest.HEAT_ZONES).bytes();
        mvc.perform(multipart(RECORDS).file(new MockMultipartFile("file", "export.zip", "application/octet-stream",
                        zip)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records[0].file").value("heat.xml"))
                .andExpect(jsonPath("$.records[0].status").value("inserted"));
    }

    @Test
    void unreadableUploadsAre400AndOversizedOnes413() throws Exception {
        mvc.perform(post(RECORDS).contentType(MediaType.APPLICATION_XML).content("{\"not\": \"xml\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("The body is not well-formed XML")));
        mvc.perform(post(RECORDS).contentType(ZIP).content(RecordLoaderTest.TREES))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.summary.inserted").value(0));
        mvc.perform(post(RECORDS).contentType(MediaType.APPLICATION_XML).content(new byte[0]))
                .andExpect(status().isBadRequest());

        mvc.perform(post(RECORDS).contentType(MediaType.APPLICATION_XML).content(new byte[50_001]))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.message").value("The record is larger than 50000 bytes"));
    }

    @Test
    void aStoredRecordIsServedByteForByteAndCanBeDeleted() throws Exception {
        byte[] latin1 = new String(RecordLoaderTest.TREES, StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(post(RECORDS).contentType(MediaType.APPLICATION_XML).content(latin1))
                .andExpect(jsonPath("$.records[0].status").value("inserted"));

        mvc.perform(get(RECORDS + "/" + TestRecords.TREES_ID))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_XML))
                .andExpect(content().bytes(latin1));

        mvc.perform(delete(RECORDS + "/" + TestRecords.TREES_ID)).andExpect(status().isOk());
        mvc.perform(get(RECORDS + "/" + TestRecords.TREES_ID))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("NOT_FOUND"));
        mvc.perform(delete(RECORDS + "/" + TestRecords.TREES_ID)).andExpect(status().isNotFound());
    }
}
