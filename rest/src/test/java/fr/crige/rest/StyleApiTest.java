package fr.crige.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class StyleApiTest extends RestTestSupport {

    private static final MediaType SLD = MediaType.parseMediaType(StyleController.SLD);

    @Test
    void uploadsReadsReplacesAndDeletesGlobalStyles() throws Exception {
        mvc.perform(post("/rest/styles").contentType(SLD).content(sld("communes")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.style.name").value("communes"))
                .andExpect(jsonPath("$.style.languageVersion.version").value("1.0.0"));
        mvc.perform(post("/rest/styles?name=other").contentType(SLD).content(sld("ignored")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.style.name").value("other"));
        assertThat(dir.resolve("styles/communes.sld")).content().contains("<Name>communes</Name>");

        mvc.perform(get("/rest/styles")).andExpect(jsonPath("$.styles.style[0].name").value("communes"));
        mvc.perform(get("/rest/styles/communes")).andExpect(jsonPath("$.style.filename").value("communes.sld"));
        mvc.perform(get("/rest/styles/communes.sld"))
                .andExpect(content().contentType(StyleController.SLD))
                .andExpect(content().string(containsString("<Name>communes</Name>")));

        mvc.perform(put("/rest/styles/communes").contentType(SLD).content(sld("v2")))
                .andExpect(status().isOk());
        assertThat(new String(catalog.styleBody(null, "communes").orElseThrow())).contains("v2");

        mvc.perform(delete("/rest/styles/communes")).andExpect(status().isOk());
        assertThat(dir.resolve("styles/communes.sld")).exists();
        mvc.perform(delete("/rest/styles/other?purge=true")).andExpect(status().isOk());
        assertThat(dir.resolve("styles/other.sld")).doesNotExist();
        assertThat(dir.resolve("styles/other.json")).doesNotExist();
    }

    @Test
    void registersABodyFileAlreadyInTheStylesFolder() throws Exception {
        Files.writeString(dir.resolve("styles/dropped.sld"), sld("dropped"));
        mvc.perform(post("/rest/styles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"style\":{\"name\":\"dropped\",\"filename\":\"dropped.sld\"}}"))
                .andExpect(status().isCreated());
        assertThat(catalog.styleBody(null, "dropped")).isPresent();
        mvc.perform(post("/rest/styles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"style\":{\"name\":\"evil\",\"filename\":\"../security/secrets.properties\"}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/rest/styles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"style\":{\"name\":\"absent\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("No file absent.sld")));
    }

    @Test
    void rejectsBodiesThatAreNotSafeStyleDocuments() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>&xxe;</Name></NamedLayer></StyledLayerDescriptor>""";
        mvc.perform(post("/rest/styles?name=x").contentType(SLD).content(xxe)).andExpect(status().isBadRequest());
        mvc.perform(post("/rest/styles?name=x").contentType(SLD).content("<html/>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("sld:StyledLayerDescriptor")));
        mvc.perform(post("/rest/styles?name=x").contentType(SLD).content("<StyledLayerDescriptor"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/rest/styles?name=x").contentType(MediaType.TEXT_PLAIN).content(sld("x")))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(catalog.style(null, "x")).isEmpty();
        assertThat(dir.resolve("styles/x.sld")).doesNotExist();
    }

    @Test
    void workspaceStylesAndStylesInUse() throws Exception {
        createCvlStore();
        mvc.perform(post("/rest/workspaces/cvl/styles").contentType(SLD).content(sld("local")))
                .andExpect(status().isCreated());
        assertThat(dir.resolve("workspaces/cvl/styles/local.sld")).exists();
        mvc.perform(get("/rest/workspaces/cvl/styles/local.sld")).andExpect(status().isOk());
        mvc.perform(get("/rest/styles/local")).andExpect(status().isNotFound());
        postJson("/rest/workspaces/cvl/datastores/cvl/featuretypes", "{\"featureType\":{\"name\":\"trees\"}}");
        mvc.perform(delete("/rest/styles/point")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("cvl:trees")));
    }
}
