package fr.crige.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class WorkspaceAndStoreApiTest extends RestTestSupport {

    @Test
    void workspaceLifecycle() throws Exception {
        mvc.perform(post("/rest/workspaces").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workspace\":{\"name\":\"cvl\"}}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/rest/workspaces/cvl"))
                .andExpect(jsonPath("$.workspace.namespace").value("urn:crige:workspace:cvl"));
        mvc.perform(get("/rest/workspaces"))
                .andExpect(jsonPath("$.workspaces.workspace[0].name").value("cvl"))
                .andExpect(jsonPath("$.workspaces.workspace[0].href").value("http://localhost/rest/workspaces/cvl"));
        mvc.perform(put("/rest/workspaces/cvl").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workspace\":{\"namespace\":{\"uri\":\"https://data.example.org/cvl\"}}}"))
                .andExpect(status().isOk());
        mvc.perform(get("/rest/workspaces/cvl"))
                .andExpect(jsonPath("$.workspace.namespace").value("https://data.example.org/cvl"));
        assertThat(dir.resolve("workspaces/cvl/workspace.json")).content().contains("https://data.example.org/cvl");

        mvc.perform(post("/rest/workspaces").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workspace\":{\"name\":\"cvl\"}}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("DUPLICATE"));
        mvc.perform(post("/rest/workspaces").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workspace\":{\"name\":\"9 bad\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("INVALID"));
        mvc.perform(delete("/rest/workspaces/cvl")).andExpect(status().isOk());
        mvc.perform(get("/rest/workspaces/cvl")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("No workspace cvl"));
    }

    @Test
    void badRequestsAnswerJsonErrorsWithoutStackTraces() throws Exception {
        mvc.perform(post("/rest/workspaces").contentType(MediaType.APPLICATION_JSON).content("{\"workspace\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("MALFORMED"))
                .andExpect(content().string(not(containsString("at com."))));
        mvc.perform(post("/rest/workspaces").contentType(MediaType.APPLICATION_JSON).content("{\"workspace\":{}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Field 'name' of workspace is required"));
        mvc.perform(post("/rest/workspaces").contentType(MediaType.TEXT_PLAIN).content("cvl"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("UNSUPPORTED_MEDIA_TYPE"));
        mvc.perform(delete("/rest/workspaces")).andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.error").value("METHOD_NOT_ALLOWED"));
    }

    @Test
    void dataStoreIsOpenedBeforeBeingSaved() throws Exception {
        createCvlStore();
        mvc.perform(get("/rest/workspaces/cvl/datastores/cvl"))
                .andExpect(jsonPath("$.dataStore.type").value("geopackage"))
                .andExpect(jsonPath("$.dataStore.connectionParameters.entry[0]['@key']").value("database"))
                .andExpect(jsonPath("$.dataStore.connectionParameters.entry[0]['$']").value("data/cvl.gpkg"));
        mvc.perform(get("/rest/workspaces/cvl/datastores"))
                .andExpect(jsonPath("$.dataStores.dataStore[0].name").value("cvl"));
        assertThat(dir.resolve("workspaces/cvl/cvl/datastore.json")).exists();

        mvc.perform(post("/rest/workspaces/cvl/datastores").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataStore\":{\"name\":\"missing\",\"type\":\"geopackage\","
                                + "\"connectionParameters\":{\"database\":\"data/nothing-here.gpkg\"}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("cannot be reached")));
        assertThat(catalog.store("cvl", "missing")).isEmpty();
        assertThat(dir.resolve("workspaces/cvl/missing")).doesNotExist();

        mvc.perform(post("/rest/workspaces/cvl/datastores").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataStore\":{\"name\":\"x\",\"type\":\"Oracle\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Unknown store type 'Oracle'")));
        mvc.perform(post("/rest/workspaces/nope/datastores").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataStore\":{\"name\":\"x\",\"type\":\"geopackage\"}}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void clearTextSecretsAreMovedToTheSecretFile() throws Exception {
        postJson("/rest/workspaces", "{\"workspace\":{\"name\":\"cvl\"}}");
        mvc.perform(post("/rest/workspaces/cvl/datastores").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataStore\":{\"name\":\"pg\",\"type\":\"fake\","
                                + "\"connectionParameters\":{\"user\":\"crige\",\"passwd\":\"wrong\"}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("authentication failed for user crige")));
        assertThat(dir.resolve("security/secrets.properties")).doesNotExist();

        postJson("/rest/workspaces/cvl/datastores", "{\"dataStore\":{\"name\":\"pg\",\"type\":\"fake\","
                + "\"connectionParameters\":{\"user\":\"crige\",\"passwd\":\"hunter2\"}}}");
        mvc.perform(get("/rest/workspaces/cvl/datastores/pg"))
                .andExpect(content().string(containsString("${secret:cvl.pg.passwd.")))
                .andExpect(content().string(not(containsString("hunter2"))));
        assertThat(Files.readString(dir.resolve("workspaces/cvl/pg/datastore.json"))).doesNotContain("hunter2");
        assertThat(Files.readString(dir.resolve("security/secrets.properties"))).containsPattern("cvl\\.pg\\.passwd\\.[0-9a-f]+=hunter2");
        assertThat(stores.health()).singleElement().satisfies(h -> assertThat(h.reachable()).isTrue());

        // a PUT that keeps the reference changes only what it names
        mvc.perform(put("/rest/workspaces/cvl/datastores/pg").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataStore\":{\"description\":\"Base PostGIS\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataStore.description").value("Base PostGIS"));

        // a password change the backend refuses leaves the working secret in place
        mvc.perform(put("/rest/workspaces/cvl/datastores/pg").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataStore\":{\"connectionParameters\":{\"passwd\":\"wrong\"}}}"))
                .andExpect(status().isBadRequest());
        assertThat(Files.readString(dir.resolve("security/secrets.properties"))).contains("=hunter2")
                .doesNotContain("wrong");
        assertThat(stores.health()).singleElement().satisfies(h -> assertThat(h.reachable()).isTrue());

        mvc.perform(delete("/rest/workspaces/cvl?recurse=true")).andExpect(status().isOk());
        assertThat(Files.readString(dir.resolve("security/secrets.properties"))).doesNotContain("hunter2");
    }

    @Test
    void nonEmptyRemovalsNeedRecurse() throws Exception {
        createCvlStore();
        postJson("/rest/workspaces/cvl/datastores/cvl/featuretypes", "{\"featureType\":{\"name\":\"trees\"}}");
        mvc.perform(delete("/rest/workspaces/cvl/datastores/cvl")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("NOT_EMPTY"));
        mvc.perform(delete("/rest/workspaces/cvl")).andExpect(status().isConflict());
        mvc.perform(delete("/rest/workspaces/cvl/datastores/cvl?recurse=true")).andExpect(status().isOk());
        assertThat(catalog.layers(null)).isEmpty();
        assertThat(dir.resolve("workspaces/cvl/cvl")).doesNotExist();
        mvc.perform(delete("/rest/workspaces/cvl")).andExpect(status().isOk());
        assertThat(dir.resolve("workspaces/cvl")).doesNotExist();
    }
}
