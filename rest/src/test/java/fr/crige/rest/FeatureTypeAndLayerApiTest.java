package fr.crige.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.datadir.DataDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class FeatureTypeAndLayerApiTest extends RestTestSupport {

    @Test
    void publishesATableWithItsLayer() throws Exception {
        createCvlStore();
        mvc.perform(get("/rest/workspaces/cvl/datastores/cvl/featuretypes?list=available"))
                .andExpect(jsonPath("$.list.string", containsInAnyOrder(
                        "communes", "departements", "heat_zones", "roads", "trees")));

        postJson("/rest/workspaces/cvl/datastores/cvl/featuretypes", """
                {"featureType":{"name":"communes","title":"Communes","abstract":"Les communes",
                  "keywords":{"string":["commune","INSEE"]},"srs":"EPSG:2154"}}""");

        mvc.perform(get("/rest/workspaces/cvl/datastores/cvl/featuretypes/communes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.featureType.nativeName").value("communes"))
                .andExpect(jsonPath("$.featureType.title").value("Communes"))
                .andExpect(jsonPath("$.featureType.keywords.string", containsInAnyOrder("commune", "INSEE")))
                .andExpect(jsonPath("$.featureType.nativeCRS").value("EPSG:2154"))
                .andExpect(jsonPath("$.featureType.nativeBoundingBox.minx", closeTo(477798.6, 1)))
                .andExpect(jsonPath("$.featureType.latLonBoundingBox.miny", closeTo(46.35, 0.1)))
                .andExpect(jsonPath("$.featureType.attributes.attribute[0].binding")
                        .value("org.locationtech.jts.geom.MultiPolygon"));
        mvc.perform(get("/rest/workspaces/cvl/datastores/cvl/featuretypes?list=available"))
                .andExpect(jsonPath("$.list.string", hasSize(4)));
        mvc.perform(get("/rest/workspaces/cvl/featuretypes"))
                .andExpect(jsonPath("$.featureTypes.featureType[0].name").value("communes"));
        mvc.perform(get("/rest/layers/cvl:communes"))
                .andExpect(jsonPath("$.layer.defaultStyle.name").value("polygon"))
                .andExpect(jsonPath("$.layer.resource.name").value("cvl:communes"));

        postJson("/rest/workspaces/cvl/datastores/cvl/featuretypes", "{\"featureType\":{\"name\":\"trees\"}}");
        postJson("/rest/workspaces/cvl/datastores/cvl/featuretypes", "{\"featureType\":{\"name\":\"roads\"}}");
        mvc.perform(get("/rest/workspaces/cvl/layers/trees")).andExpect(jsonPath("$.layer.defaultStyle.name")
                .value("point"));
        mvc.perform(get("/rest/layers/roads")).andExpect(jsonPath("$.layer.defaultStyle.name").value("line"));
        mvc.perform(get("/rest/layers")).andExpect(jsonPath("$.layers.layer", hasSize(3)));

        // the data directory holds what the API answered
        DefaultCatalog reloaded = new DefaultCatalog();
        assertThat(DataDirectory.load(dir, reloaded)).isEmpty();
        assertThat(reloaded.featureTypes(null)).isEqualTo(catalog.featureTypes(null));
    }

    @Test
    void rejectsUnknownTablesAndDuplicates() throws Exception {
        createCvlStore();
        mvc.perform(post("/rest/workspaces/cvl/datastores/cvl/featuretypes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"featureType\":{\"name\":\"rivers\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Store cvl:cvl has no type 'rivers'; see ?list=available"));
        postJson("/rest/workspaces/cvl/datastores/cvl/featuretypes", "{\"featureType\":{\"name\":\"trees\"}}");
        mvc.perform(post("/rest/workspaces/cvl/datastores/cvl/featuretypes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"featureType\":{\"name\":\"trees\"}}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/rest/workspaces/cvl/datastores/cvl/featuretypes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"featureType\":{\"name\":\"t2\",\"nativeName\":\"trees\",\"srs\":\"EPSG:99999\"}}"))
                .andExpect(status().isBadRequest());
        assertThat(catalog.featureTypes(null)).hasSize(1);
    }

    @Test
    void updatesFeatureTypesAndLayers() throws Exception {
        createCvlStore();
        postJson("/rest/workspaces/cvl/datastores/cvl/featuretypes", "{\"featureType\":{\"name\":\"trees\"}}");
        mvc.perform(put("/rest/workspaces/cvl/datastores/cvl/featuretypes/trees")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"featureType\":{\"title\":\"Arbres urbains\",\"keywords\":[\"arbre\"]}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.featureType.title").value("Arbres urbains"))
                .andExpect(jsonPath("$.featureType.keywords.string[0]").value("arbre"));

        mvc.perform(put("/rest/layers/cvl:trees").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"layer\":{\"defaultStyle\":{\"name\":\"generic\"},"
                                + "\"styles\":{\"style\":[{\"name\":\"point\"}]},\"queryable\":false}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.layer.defaultStyle.name").value("generic"))
                .andExpect(jsonPath("$.layer.styles.style[0].name").value("point"))
                .andExpect(jsonPath("$.layer.queryable").value(false));
        mvc.perform(put("/rest/layers/cvl:trees").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"layer\":{\"defaultStyle\":{\"name\":\"nope\"}}}"))
                .andExpect(status().isBadRequest());
        assertThat(catalog.layer("cvl", "trees").orElseThrow().defaultStyle()).isEqualTo("generic");

        mvc.perform(delete("/rest/layers/cvl:trees")).andExpect(status().isOk());
        assertThat(catalog.featureType("cvl", "trees")).isEmpty();
        assertThat(dir.resolve("workspaces/cvl/cvl/trees")).doesNotExist();
        mvc.perform(get("/rest/layers/cvl:trees")).andExpect(status().isNotFound());
    }
}
