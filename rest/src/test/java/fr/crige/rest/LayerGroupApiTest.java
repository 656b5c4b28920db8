package fr.crige.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.LayerGroupInfo;
import fr.crige.core.datadir.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class LayerGroupApiTest extends RestTestSupport {

    @BeforeEach
    void publish() throws Exception {
        createCvlStore();
        for (String type : new String[] {"communes", "roads", "trees"}) {
            postJson("/rest/workspaces/cvl/datastores/cvl/featuretypes",
                    "{\"featureType\":{\"name\":\"" + type + "\"}}");
        }
    }

    @Test
    void createsAGroupInGeoServersShapeAndPersistsIt() throws Exception {
        mvc.perform(post("/rest/workspaces/cvl/layergroups").contentType(MediaType.APPLICATION_JSON).content("""
                {"layerGroup": {"name": "fond", "mode": "single", "title": "Fond de plan",
                  "abstractTxt": "Communes et routes",
                  "publishables": {"published": [{"@type": "layer", "name": "cvl:communes"},
                                                 {"@type": "layer", "name": "cvl:roads"}]},
                  "styles": {"style": ["", {"name": "line"}]}}}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/rest/workspaces/cvl/layergroups/fond"));

        mvc.perform(get("/rest/workspaces/cvl/layergroups/fond"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.layerGroup.mode").value("SINGLE"))
                .andExpect(jsonPath("$.layerGroup.title").value("Fond de plan"))
                .andExpect(jsonPath("$.layerGroup.publishables.published[*].name",
                        contains("cvl:communes", "cvl:roads")))
                .andExpect(jsonPath("$.layerGroup.publishables.published[0].@type").value("layer"))
                .andExpect(jsonPath("$.layerGroup.styles.style[0]").value(""))
                .andExpect(jsonPath("$.layerGroup.styles.style[1].name").value("line"));
        mvc.perform(get("/rest/workspaces/cvl/layergroups"))
                .andExpect(jsonPath("$.layerGroups.layerGroup[*].name", contains("fond")));

        DefaultCatalog reloaded = new DefaultCatalog();
        assertThat(DataDirectory.load(dir, reloaded)).isEmpty();
        assertThat(reloaded.layerGroup("cvl", "fond")).isEqualTo(catalog.layerGroup("cvl", "fond"));
    }

    @Test
    void globalGroupsNestGroupsAndAcceptPlainLists() throws Exception {
        postJson("/rest/workspaces/cvl/layergroups",
                "{\"layerGroup\": {\"name\": \"fond\", \"layers\": [\"cvl:communes\", \"cvl:roads\"]}}");
        postJson("/rest/layergroups",
                "{\"layerGroup\": {\"name\": \"region\", \"layers\": [\"cvl:fond\", \"cvl:trees\"]}}");

        mvc.perform(get("/rest/layergroups/region"))
                .andExpect(jsonPath("$.layerGroup.mode").value("NAMED"))
                .andExpect(jsonPath("$.layerGroup.publishables.published[0].@type").value("layerGroup"))
                .andExpect(jsonPath("$.layerGroup.publishables.published[0].href")
                        .value("http://localhost/rest/workspaces/cvl/layergroups/fond"));

        mvc.perform(put("/rest/layergroups/region").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"layerGroup\": {\"title\": \"Région\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.layerGroup.title").value("Région"))
                .andExpect(jsonPath("$.layerGroup.publishables.published[*].name", contains("cvl:fond", "cvl:trees")));
        assertThat(catalog.layerGroup(null, "region")).get().extracting(LayerGroupInfo::title).isEqualTo("Région");
    }

    @Test
    void badGroupsAreClearClientErrors() throws Exception {
        mvc.perform(post("/rest/workspaces/cvl/layergroups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"layerGroup\": {\"name\": \"g\", \"layers\": [\"cvl:nothing\"]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("cvl:nothing")));
        mvc.perform(post("/rest/workspaces/cvl/layergroups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"layerGroup\": {\"name\": \"roads\", \"layers\": [\"cvl:trees\"]}}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/rest/workspaces/cvl/layergroups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"layerGroup\": {\"name\": \"g\", \"mode\": \"EO\", \"layers\": [\"cvl:trees\"]}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/rest/workspaces/cvl/layergroups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"layerGroup\": {\"name\": \"g\"}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/rest/workspaces/nowhere/layergroups")).andExpect(status().isNotFound());
        mvc.perform(get("/rest/layergroups/none")).andExpect(status().isNotFound());
        assertThat(catalog.allLayerGroups()).isEmpty();
    }

    @Test
    void aLayerInAGroupIsKeptUntilTheGroupLetsGoOfIt() throws Exception {
        postJson("/rest/workspaces/cvl/layergroups",
                "{\"layerGroup\": {\"name\": \"fond\", \"layers\": [\"cvl:roads\"]}}");

        mvc.perform(delete("/rest/layers/cvl:roads")).andExpect(status().isConflict());
        mvc.perform(delete("/rest/workspaces/cvl/layergroups/fond")).andExpect(status().isOk());
        mvc.perform(delete("/rest/layers/cvl:roads")).andExpect(status().isOk());
        assertThat(dir.resolve("workspaces/cvl/layergroups/fond.json")).doesNotExist();
    }
}
