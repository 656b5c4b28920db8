package fr.crige.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.crige.core.store.StoreContext;
import fr.crige.quality.model.StandardLoader;
import fr.crige.quality.model.StandardRepository;
import fr.crige.quality.report.ReportRepository;
import fr.crige.quality.web.QualityController;
import fr.crige.quality.web.QualityService;
import fr.crige.quality.web.QualitySettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The acceptance of the quality issue: every fixture of the shared standards folder, uploaded through
 * {@code POST /rest/quality/validate} with its standard, table and the context parameters of
 * expected-findings.yaml, gives exactly the expected findings (no extra, none missing), and the report's
 * summary gives the expected validity and counts.
 *
 * <p>The fixture's {@code declaredCrs} is not sent: it is what the file itself declares (the GeoJSON
 * {@code crs} member), and sending it would hide a reader that ignores that member.
 */
class FixtureFindingsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private QualityService service;

    static Stream<JsonNode> fixtures() {
        return ExpectedFindings.fixtures();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void uploadGivesExactlyTheExpectedFindings(JsonNode fixture) throws Exception {
        Path standards = ExpectedFindings.standardFile(fixture).getParent();
        service = new QualityService(new StandardRepository(standards),
                ReportRepository.inDataDirectory(dataDir, QualitySettings.defaults().reports()), null, null,
                new StoreContext(dataDir, null), QualitySettings.defaults());
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new QualityController(service)).build();
        Path file = ExpectedFindings.file(fixture);
        MockMultipartHttpServletRequestBuilder request = multipart("/rest/quality/validate");
        request.file(new MockMultipartFile("file", file.getFileName().toString(), "application/octet-stream",
                Files.readAllBytes(file)));
        request.param("standard", new StandardLoader().load(ExpectedFindings.standardFile(fixture)).id())
                .param("table", fixture.get("table").asText());
        ExpectedFindings.context(fixture).forEach(request::param);

        JsonNode report = JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        ExpectedFindings.assertExactly(fixture, report.get("findings"));
        JsonNode counts = fixture.get("counts");
        JsonNode summary = report.get("summary");
        assertThat(summary.get("valid").asBoolean()).isEqualTo(fixture.get("valid").asBoolean());
        assertThat(summary.get("total").asInt()).isEqualTo(counts.get("total").asInt());
        assertThat(summary.path("levels").path("ERROR").asInt(0)).isEqualTo(counts.get("ERROR").asInt());
        assertThat(summary.path("levels").path("WARNING").asInt(0)).isEqualTo(counts.get("WARNING").asInt());
        assertThat(report.get("table").asText()).isEqualTo(fixture.get("table").asText());
    }
}
