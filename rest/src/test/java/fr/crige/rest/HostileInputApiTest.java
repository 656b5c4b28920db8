package fr.crige.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Requests written to break the API: names that are paths or collide with the data directory's own files,
 * wrong JSON types, deep or huge bodies, renames and removals of objects in use. Each must answer a 4xx with
 * a message and leave the catalog and the data directory as they were.
 */
class HostileInputApiTest extends RestTestSupport {

    private static final MediaType SLD = MediaType.parseMediaType(StyleController.SLD);

    @Test
    void refusesStyleFileNamesOutsideTheStylesFolder() throws Exception {
        for (String filename : new String[] {"../../etc/passwd", "/etc/passwd", "..", ".", "",
                "../styles/point.sld", "..\\point.sld", "sub/point.sld"}) {
            mvc.perform(post("/rest/styles").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"style\":{\"name\":\"evil\",\"filename\":\"" + filename.replace("\\", "\\\\")
                                    + "\"}}"))
                    .andExpect(status().is4xxClientError());
        }
        assertThat(catalog.style(null, "evil")).isEmpty();
        assertThat(dir.resolve("styles/evil.json")).doesNotExist();
    }

    @Test
    void refusesAStyleThatWouldShareTheBodyFileOfAnother() throws Exception {
        mvc.perform(post("/rest/styles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"style\":{\"name\":\"alias\",\"filename\":\"point.sld\"}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("point")));
        Files.writeString(dir.resolve("styles/shared.sld"), sld("shared"));
        mvc.perform(post("/rest/styles").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"style\":{\"name\":\"owner\",\"filename\":\"shared.sld\"}}"))
                .andExpect(status().isCreated());
        // an upload named "shared" would write shared.sld, the body of "owner"
        mvc.perform(post("/rest/styles?name=shared").contentType(SLD).content(sld("other")))
                .andExpect(status().isConflict());
        assertThat(dir.resolve("styles/shared.sld")).content().contains("<Name>shared</Name>");
        mvc.perform(delete("/rest/styles/alias?purge=true")).andExpect(status().isNotFound());
        assertThat(dir.resolve("styles/point.sld")).exists();
    }

    @Test
    void refusesNamesThatCollideWithTheDataDirectoryFiles() throws Exception {
        createCvlStore();
        mvc.perform(post("/rest/workspaces/cvl/datastores").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataStore":{"name":"workspace.json","type":"GeoPackage",
                                  "connectionParameters":{"database":"data/cvl.gpkg"}}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("workspace.json")));
        mvc.perform(post("/rest/workspaces/cvl/datastores/cvl/featuretypes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"featureType\":{\"name\":\"datastore.json\",\"nativeName\":\"trees\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("datastore.json")));
        assertThat(catalog.stores("cvl")).hasSize(1);
        assertThat(catalog.featureTypes("cvl", "cvl")).isEmpty();
        assertThat(dir.resolve("workspaces/cvl/workspace.json")).isRegularFile();
        assertThat(dir.resolve("workspaces/cvl/cvl/datastore.json")).isRegularFile();
    }

    @Test
    void refusesPathLikeAndOddNamesInEveryObject() throws Exception {
        createCvlStore();
        for (String name : new String[] {"..", "../x", "a/b", "a\\\\b", " cvl", "é", "a:b", "x%2F..", "<x>"}) {
            mvc.perform(post("/rest/workspaces").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"workspace\":{\"name\":\"" + name + "\"}}")).andExpect(status().isBadRequest());
            mvc.perform(post("/rest/workspaces/cvl/datastores").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"dataStore\":{\"name\":\"" + name + "\",\"type\":\"GeoPackage\","
                            + "\"connectionParameters\":{\"database\":\"data/cvl.gpkg\"}}}"))
                    .andExpect(status().isBadRequest());
            mvc.perform(post("/rest/workspaces/cvl/datastores/cvl/featuretypes")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"featureType\":{\"name\":\"" + name + "\",\"nativeName\":\"trees\"}}"))
                    .andExpect(status().isBadRequest());
            mvc.perform(post("/rest/styles?name=" + java.net.URLEncoder.encode(name.replace("\\\\", "\\"),
                            java.nio.charset.StandardCharsets.UTF_8)).contentType(SLD).content(sld("x")))
                    .andExpect(status().isBadRequest());
        }
        assertThat(catalog.workspaces()).hasSize(1);
        assertThat(catalog.stores("cvl")).hasSize(1);
        assertThat(catalog.featureTypes("cvl", "cvl")).isEmpty();
        assertThat(catalog.styles(null)).hasSize(4);
        try (var files = Files.walk(dir)) {
            assertThat(files.map(p -> dir.relativize(p).toString()))
                    .allSatisfy(p -> assertThat(p).doesNotContain("..").doesNotContain("é"));
        }
    }

    @Test
    void wrongJsonTypesAreBadRequests() throws Exception {
        createCvlStore();
        String[] bodies = {
            "{\"dataStore\":{\"name\":\"x\",\"type\":\"GeoPackage\",\"connectionParameters\":[\"database\"]}}",
            "{\"dataStore\":{\"name\":\"x\",\"type\":\"GeoPackage\",\"connectionParameters\":\"data/cvl.gpkg\"}}",
            "{\"dataStore\":{\"name\":\"x\",\"type\":\"GeoPackage\",\"connectionParameters\":{\"database\":[1]}}}",
            "{\"dataStore\":{\"name\":{\"a\":1},\"type\":\"GeoPackage\"}}",
            "{\"dataStore\":{\"name\":\"x\",\"type\":[\"GeoPackage\"]}}",
            "{\"dataStore\":{\"name\":\"x\",\"type\":\"GeoPackage\",\"enabled\":\"yes\"}}",
            "{\"dataStore\":[]}",
            "[]",
            "null",
            "42",
        };
        for (String body : bodies) {
            mvc.perform(post("/rest/workspaces/cvl/datastores").contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andExpect(status().isBadRequest());
        }
        mvc.perform(post("/rest/workspaces/cvl/datastores/cvl/featuretypes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"featureType\":{\"name\":\"trees\",\"keywords\":{\"string\":{\"a\":1}}}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/rest/layers/cvl:trees").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"layer\":{\"defaultStyle\":42}}"))
                .andExpect(status().is4xxClientError());
        assertThat(catalog.stores("cvl")).hasSize(1);
        assertThat(catalog.featureTypes("cvl", "cvl")).isEmpty();
    }

    @Test
    void deeplyNestedAndHugeBodiesAreBadRequests() throws Exception {
        String deep = "{\"workspace\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        mvc.perform(post("/rest/workspaces").contentType(MediaType.APPLICATION_JSON).content(deep))
                .andExpect(status().isBadRequest());
        String huge = "{\"workspace\":{\"name\":\"" + "a".repeat(100_000) + "\"}}";
        mvc.perform(post("/rest/workspaces").contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isBadRequest());
        assertThat(catalog.workspaces()).isEmpty();
    }

    @Test
    void renamesAndRemovalsOfObjectsInUseAreRefused() throws Exception {
        createCvlStore();
        postJson("/rest/workspaces/cvl/datastores/cvl/featuretypes", "{\"featureType\":{\"name\":\"trees\"}}");
        mvc.perform(put("/rest/workspaces/cvl").contentType(MediaType.APPLICATION_JSON)
                .content("{\"workspace\":{\"name\":\"other\"}}")).andExpect(status().isBadRequest());
        mvc.perform(put("/rest/workspaces/cvl/datastores/cvl").contentType(MediaType.APPLICATION_JSON)
                .content("{\"dataStore\":{\"name\":\"other\"}}")).andExpect(status().isBadRequest());
        mvc.perform(put("/rest/workspaces/cvl/datastores/cvl/featuretypes/trees")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"featureType\":{\"name\":\"../other\"}}")).andExpect(status().isBadRequest());
        mvc.perform(delete("/rest/workspaces/cvl")).andExpect(status().isConflict());
        mvc.perform(delete("/rest/workspaces/cvl/datastores/cvl")).andExpect(status().isConflict());
        mvc.perform(delete("/rest/styles/point")).andExpect(status().isConflict());
        mvc.perform(get("/rest/workspaces/cvl/datastores/cvl/featuretypes/trees")).andExpect(status().isOk());
        assertThat(dir.resolve("workspaces/cvl/cvl/trees/layer.json")).isRegularFile();
    }
}
