package fr.crige.csw.publish;

import static fr.crige.core.catalog.CatalogFixtures.featureType;
import static fr.crige.core.catalog.CatalogFixtures.layer;
import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.catalog.CatalogFixtures;
import fr.crige.core.catalog.DefaultCatalog;
import fr.crige.core.catalog.FeatureTypeInfo;
import fr.crige.core.catalog.LayerInfo;
import fr.crige.core.catalog.StoreInfo;
import fr.crige.csw.TestRecords;
import fr.crige.csw.record.IsoQueryableExtractor;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import fr.crige.csw.record.QueryableValues;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class PublicationRecordsTest {

    private static final String BASE = "https://geo.example.fr";
    private static final String FT_RECORD = PublicationIdentifiers.datasetRecord("ws:ft");
    private static final String WMS_RECORD = PublicationIdentifiers.serviceRecord(PublishedService.WMS);
    private static final String WFS_RECORD = PublicationIdentifiers.serviceRecord(PublishedService.WFS);

    @TempDir
    Path dir;
    private RecordStore store;
    private DefaultCatalog catalog;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:15:30Z"));
    private final IsoQueryableExtractor extractor = new IsoQueryableExtractor();

    @BeforeEach
    void open() {
        store = SqliteRecordStore.open(dir.resolve("records.sqlite"));
        catalog = CatalogFixtures.populated();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PublicationRecords start(List<PublishedService> services) {
        PublicationRecords records = new PublicationRecords(catalog, store, services,
                new RecordContact("CRIGE Centre-Val de Loire", "contact@crige.example"), new OwsEndpoints(BASE + "/"),
                clock);
        records.start();
        return records;
    }

    @Test
    void aPublishedLayerGetsADatasetRecordWithItsOnlineResources() throws Exception {
        start(List.of(PublishedService.WMS, PublishedService.WFS));
        MetadataRecord record = store.get(FT_RECORD).orElseThrow();
        QueryableValues values = extractor.extract(record.xml());
        assertThat(values.first(Queryable.TITLE)).contains("Title ft");
        assertThat(values.first(Queryable.ABSTRACT)).contains("About ft");
        assertThat(values.values(Queryable.SUBJECT)).containsExactly("k1", "k2", "location");
        assertThat(values.first(Queryable.CRS)).contains("EPSG:2154");
        assertThat(values.first(Queryable.RESOURCE_IDENTIFIER)).contains("ws:ft");
        assertThat(values.first(Queryable.TYPE)).contains("dataset");
        assertThat(values.first(Queryable.PUBLICATION_DATE)).contains("2025-03-01");
        assertThat(values.first(Queryable.REVISION_DATE)).contains("2025-03-01");
        assertThat(values.first(Queryable.MODIFIED)).contains("2025-03-01T10:15:30Z");
        assertThat(values.unionExtent()).contains(new Envelope(0.5, 2.5, 46.1, 48.9));

        RecordXPath doc = new RecordXPath(record);
        String online = "//gmd:transferOptions//gmd:CI_OnlineResource";
        assertThat(doc.eval("count(" + online + ")")).isEqualTo("2");
        assertThat(doc.eval(online + "[gmd:protocol/gco:CharacterString='OGC:WMS']/gmd:linkage/gmd:URL"))
                .isEqualTo(BASE + "/wms?SERVICE=WMS&REQUEST=GetCapabilities");
        assertThat(doc.eval(online + "[gmd:protocol/gco:CharacterString='OGC:WMS']/gmd:name/gco:CharacterString"))
                .isEqualTo("ws:ft");
        assertThat(doc.eval(online + "[gmd:protocol/gco:CharacterString='OGC:WMS']/gmd:function/*/@codeListValue"))
                .isEqualTo("information");
        assertThat(doc.eval(online + "[gmd:protocol/gco:CharacterString='OGC:WFS']/gmd:linkage/gmd:URL"))
                .isEqualTo(BASE + "/wfs?SERVICE=WFS&REQUEST=GetCapabilities");
        assertThat(doc.eval(online + "[gmd:protocol/gco:CharacterString='OGC:WFS']/gmd:function/*/@codeListValue"))
                .isEqualTo("download");
        assertThat(doc.eval("//gmd:referenceSystemInfo//gmx:Anchor/@xlink:href"))
                .isEqualTo("http://www.opengis.net/def/crs/EPSG/0/2154");
    }

    @Test
    void eachServiceGetsARecordCoupledWithThePublishedDatasets() throws Exception {
        start(List.of(PublishedService.WMS, PublishedService.WFS));
        QueryableValues wms = extractor.extract(store.get(WMS_RECORD).orElseThrow().xml());
        assertThat(wms.first(Queryable.TYPE)).contains("service");
        assertThat(wms.first(Queryable.SERVICE_TYPE)).contains("view");
        assertThat(wms.first(Queryable.SERVICE_TYPE_VERSION)).contains("1.3.0");
        assertThat(wms.first(Queryable.COUPLING_TYPE)).contains("tight");
        assertThat(wms.values(Queryable.RESOURCE_IDENTIFIER)).as("MD-ID-4").containsExactly("wms");
        assertThat(new RecordXPath(store.get(WMS_RECORD).orElseThrow()).eval("//srv:SV_ServiceIdentification"
                + "/gmd:citation//gmd:RS_Identifier/gmd:codeSpace/gco:CharacterString")).isEqualTo("urn:crige:service");
        assertThat(wms.values(Queryable.OPERATES_ON)).containsExactly(FT_RECORD);
        assertThat(wms.values(Queryable.OPERATES_ON_IDENTIFIER)).containsExactly("ws:ft");
        assertThat(wms.values(Queryable.OPERATES_ON_NAME)).containsExactly("GetMap");
        assertThat(wms.values(Queryable.OPERATION)).containsExactly("GetCapabilities");
        QueryableValues wfs = extractor.extract(store.get(WFS_RECORD).orElseThrow().xml());
        assertThat(wfs.first(Queryable.SERVICE_TYPE)).contains("download");
        assertThat(wfs.values(Queryable.OPERATES_ON_NAME)).containsExactly("GetFeature");
        RecordXPath doc = new RecordXPath(store.get(WMS_RECORD).orElseThrow());
        assertThat(doc.eval("//srv:operatesOn/@xlink:href")).startsWith(BASE + "/csw?SERVICE=CSW")
                .endsWith("&ID=" + FT_RECORD);
        assertThat(doc.eval("//srv:containsOperations//srv:connectPoint//gmd:URL"))
                .isEqualTo(BASE + "/wms?SERVICE=WMS&REQUEST=GetCapabilities");
    }

    @Test
    void recordsFollowLayerChangesAndRemovals() {
        start(List.of(PublishedService.WMS));
        assertThat(store.get(WFS_RECORD)).isEmpty();
        clock.set(Instant.parse("2025-04-02T08:00:00Z"));
        FeatureTypeInfo ft = featureType("ws", "st", "ft");
        catalog.save(new FeatureTypeInfo(ft.workspace(), ft.store(), ft.name(), ft.nativeName(), "Haies bocagères",
                ft.abstractText(), ft.keywords(), ft.nativeCrs(), ft.srs(), ft.nativeBoundingBox(),
                ft.latLonBoundingBox(), ft.attributes(), true));
        QueryableValues changed = extractor.extract(store.get(FT_RECORD).orElseThrow().xml());
        assertThat(changed.first(Queryable.TITLE)).contains("Haies bocagères");
        assertThat(changed.first(Queryable.PUBLICATION_DATE)).contains("2025-03-01");
        assertThat(changed.first(Queryable.REVISION_DATE)).contains("2025-04-02");

        catalog.add(featureType("ws", "st", "ft2"), layer("ws", "ft2", "polygon"));
        String ft2Record = PublicationIdentifiers.datasetRecord("ws:ft2");
        assertThat(store.get(ft2Record)).isPresent();
        assertThat(extractor.extract(store.get(WMS_RECORD).orElseThrow().xml()).values(Queryable.OPERATES_ON))
                .containsExactly(FT_RECORD, ft2Record);

        catalog.save(new LayerInfo("ws", "ft2", "polygon", List.of(), false, true));
        assertThat(store.get(ft2Record)).isEmpty();
        catalog.save(layer("ws", "ft2", "polygon"));
        assertThat(store.get(ft2Record)).isPresent();

        StoreInfo st = catalog.store("ws", "st").orElseThrow();
        catalog.save(new StoreInfo(st.workspace(), st.name(), st.type(), st.description(), false,
                st.connectionParameters()));
        assertThat(store.get(FT_RECORD)).isEmpty();
        assertThat(store.get(ft2Record)).isEmpty();
        assertThat(extractor.extract(store.get(WMS_RECORD).orElseThrow().xml()).values(Queryable.OPERATES_ON))
                .isEmpty();
        catalog.save(st);
        assertThat(store.get(FT_RECORD)).isPresent();

        catalog.removeFeatureType("ws", "ft");
        assertThat(store.get(FT_RECORD)).isEmpty();
        assertThat(extractor.extract(store.get(WMS_RECORD).orElseThrow().xml()).values(Queryable.OPERATES_ON))
                .containsExactly(ft2Record);
    }

    @Test
    void restartsChangeNothingAndRemoveRecordsOfLayersGoneMeanwhile() {
        start(List.of(PublishedService.WMS));
        MetadataRecord first = store.get(FT_RECORD).orElseThrow();
        MetadataRecord service = store.get(WMS_RECORD).orElseThrow();

        clock.set(Instant.parse("2025-05-01T00:00:00Z"));
        catalog = CatalogFixtures.populated();
        start(List.of(PublishedService.WMS));
        assertThat(store.get(FT_RECORD)).contains(first);
        assertThat(store.get(WMS_RECORD)).contains(service);

        // the layer disappeared while the server was stopped
        catalog = new DefaultCatalog();
        catalog.add(CatalogFixtures.workspace("ws"));
        start(List.of(PublishedService.WMS));
        assertThat(store.get(FT_RECORD)).isEmpty();
        assertThat(extractor.extract(store.get(WMS_RECORD).orElseThrow().xml()).first(Queryable.REVISION_DATE))
                .contains("2025-05-01");
    }

    @Test
    void aCuratedRecordOfTheLayerTakesThePlaceOfTheGeneratedOne() {
        PublicationRecords records = start(List.of(PublishedService.WMS));
        assertThat(store.get(FT_RECORD)).isPresent();
        assertThat(records.recordOf("ws:ft")).contains(FT_RECORD);
        String curated = new String(TestRecords.sample("trees"), StandardCharsets.UTF_8)
                .replace("<gco:CharacterString>cvl:trees</gco:CharacterString>",
                        "<gco:CharacterString>ws:ft</gco:CharacterString>");
        store.apply(List.of(new RecordChange.Insert(new MetadataRecord(TestRecords.TREES_ID,
                curated.getBytes(StandardCharsets.UTF_8)))));

        catalog.save(layer("ws", "ft", "polygon"));
        catalog.save(new LayerInfo("ws", "ft", "polygon", List.of(), true, false));
        assertThat(store.get(FT_RECORD)).isEmpty();
        assertThat(records.recordOf("ws:ft")).contains(TestRecords.TREES_ID);
        assertThat(extractor.extract(store.get(WMS_RECORD).orElseThrow().xml()).values(Queryable.OPERATES_ON))
                .containsExactly(TestRecords.TREES_ID);

        catalog.removeFeatureType("ws", "ft");
        assertThat(records.recordOf("ws:ft")).isEmpty();
        assertThat(store.get(TestRecords.TREES_ID)).as("curated records are never deleted").isPresent();
    }

    @Test
    void aRebuiltRecordKeepsTheConformityResultsOfTheQualityModule() throws Exception {
        start(List.of(PublishedService.WMS));
        // what the quality module writes after evaluating the layer against a national standard, with the
        // prefixes it likes, plus a verdict on Regulation 1089/2010 that the generated record states itself
        String cnig = "<gmd:report xmlns:q=\"http://www.isotc211.org/2005/gco\"><gmd:DQ_DomainConsistency><gmd:result>"
                + "<gmd:DQ_ConformanceResult><gmd:specification><gmd:CI_Citation><gmd:title><q:CharacterString>"
                + "Standard CNIG PLU v2024</q:CharacterString></gmd:title><gmd:date><gmd:CI_Date><gmd:date>"
                + "<q:Date>2024-10-01</q:Date></gmd:date><gmd:dateType><gmd:CI_DateTypeCode codeList=\"x\" "
                + "codeListValue=\"publication\"/></gmd:dateType></gmd:CI_Date></gmd:date></gmd:CI_Citation>"
                + "</gmd:specification><gmd:explanation><q:CharacterString>12 contrôles réussis</q:CharacterString>"
                + "</gmd:explanation><gmd:pass><q:Boolean>true</q:Boolean></gmd:pass></gmd:DQ_ConformanceResult>"
                + "</gmd:result></gmd:DQ_DomainConsistency></gmd:report>";
        String regulation = "<gmd:report><gmd:DQ_DomainConsistency><gmd:result><gmd:DQ_ConformanceResult>"
                + "<gmd:specification><gmd:CI_Citation><gmd:title><gco:CharacterString>Commission Regulation (EU) "
                + "No 1089/2010</gco:CharacterString></gmd:title></gmd:CI_Citation></gmd:specification>"
                + "<gmd:pass><gco:Boolean>true</gco:Boolean></gmd:pass></gmd:DQ_ConformanceResult></gmd:result>"
                + "</gmd:DQ_DomainConsistency></gmd:report>";
        String xml = new String(store.get(FT_RECORD).orElseThrow().xml(), StandardCharsets.UTF_8)
                .replace("<gmd:lineage>", cnig + regulation + "<gmd:lineage>");
        store.apply(List.of(new RecordChange.Update(new MetadataRecord(FT_RECORD,
                xml.getBytes(StandardCharsets.UTF_8)))));

        clock.set(Instant.parse("2025-04-02T08:00:00Z"));
        FeatureTypeInfo ft = featureType("ws", "st", "ft");
        catalog.save(new FeatureTypeInfo(ft.workspace(), ft.store(), ft.name(), ft.nativeName(), "Haies bocagères",
                ft.abstractText(), ft.keywords(), ft.nativeCrs(), ft.srs(), ft.nativeBoundingBox(),
                ft.latLonBoundingBox(), ft.attributes(), true));

        MetadataRecord rebuilt = store.get(FT_RECORD).orElseThrow();
        RecordXPath r = new RecordXPath(rebuilt);
        assertThat(r.eval("gmd:identificationInfo/*/gmd:citation/*/gmd:title/gco:CharacterString"))
                .isEqualTo("Haies bocagères");
        String results = "gmd:dataQualityInfo/*/gmd:report/gmd:DQ_DomainConsistency/gmd:result/gmd:DQ_ConformanceResult";
        assertThat(r.count(results)).isEqualTo(2);
        String national = results + "[gmd:specification/*/gmd:title/gco:CharacterString='Standard CNIG PLU v2024']";
        assertThat(r.eval(national + "/gmd:pass/gco:Boolean")).isEqualTo("true");
        assertThat(r.eval(national + "/gmd:specification/*/gmd:date/*/gmd:date/gco:Date")).isEqualTo("2024-10-01");
        assertThat(r.eval(national + "/gmd:explanation/gco:CharacterString")).isEqualTo("12 contrôles réussis");
        assertThat(r.eval(results + "[contains(gmd:specification/*/gmd:title, '1089/2010')]/gmd:pass/@gco:nilReason"))
                .as("the regulation's verdict is the writer's own: not evaluated").isEqualTo("unknown");

        // carried over results do not make the record change on every restart
        clock.set(Instant.parse("2025-05-01T00:00:00Z"));
        catalog = CatalogFixtures.populated();
        catalog.save(new FeatureTypeInfo(ft.workspace(), ft.store(), ft.name(), ft.nativeName(), "Haies bocagères",
                ft.abstractText(), ft.keywords(), ft.nativeCrs(), ft.srs(), ft.nativeBoundingBox(),
                ft.latLonBoundingBox(), ft.attributes(), true));
        start(List.of(PublishedService.WMS));
        assertThat(store.get(FT_RECORD)).contains(rebuilt);
    }

    /** A clock the test moves forward. */
    private static final class MutableClock extends Clock {
        private Instant instant;

        MutableClock(Instant instant) {
            this.instant = instant;
        }

        void set(Instant instant) {
            this.instant = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
