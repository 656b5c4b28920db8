package fr.crige.csw.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.store.InvalidQueryException;
import fr.crige.csw.TestRecords;
import fr.crige.csw.record.InvalidRecordException;
import fr.crige.csw.record.MetadataRecord;
import fr.crige.csw.record.Queryable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The behaviour every {@link RecordStore} must have; each implementation's test extends this class and says
 * how to open an empty store.
 */
public abstract class RecordStoreContract {

    private static final List<String> LAYERS = List.of("communes", "departements", "heat_zones", "roads", "trees");

    protected RecordStore store;

    /** An empty store, closed after each test. */
    protected abstract RecordStore openEmptyStore();

    @BeforeEach
    void open() {
        store = openEmptyStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void loadSamples() {
        List<RecordChange> inserts = new ArrayList<>();
        for (String layer : LAYERS) {
            byte[] xml = TestRecords.sample(layer);
            String id = new fr.crige.csw.record.IsoQueryableExtractor().extract(xml).first(Queryable.IDENTIFIER)
                    .orElseThrow();
            inserts.add(new RecordChange.Insert(new MetadataRecord(id, xml)));
        }
        assertThat(store.apply(inserts).inserted()).isEqualTo(LAYERS.size());
    }

    private List<String> ids(Filter filter) {
        return store.query(new RecordQuery(filter, List.of(), 1, 100)).records().stream()
                .map(MetadataRecord::identifier).toList();
    }

    private static Filter anyTextLike(String pattern) {
        return new Filter.Like(new PropertyName("AnyText"), pattern, '%', '_', '\\', false);
    }

    @Test
    void keepsRecordsByteForByte() {
        loadSamples();
        assertThat(store.get(TestRecords.TREES_ID)).hasValueSatisfying(r ->
                assertThat(r.xml()).isEqualTo(TestRecords.sample("trees")));
        assertThat(store.get("unknown")).isEmpty();
        assertThat(store.get(List.of(TestRecords.TREES_ID, "unknown", TestRecords.HEAT_ZONES_ID)))
                .extracting(MetadataRecord::identifier).containsExactly(TestRecords.TREES_ID, TestRecords.HEAT_ZONES_ID);
        assertThat(store.size()).isEqualTo(5);
    }

    @Test
    void anyTextIsFrenchAware() {
        loadSamples();
        assertThat(ids(anyTextLike("%arbres%"))).containsExactly(TestRecords.TREES_ID);
        assertThat(ids(Filter.equal("AnyText", "ARBRE"))).containsExactly(TestRecords.TREES_ID);
        assertThat(ids(Filter.equal("csw:AnyText", "ilot de chaleur"))).containsExactly(TestRecords.HEAT_ZONES_ID);
        assertThat(ids(anyTextLike("%îlots de chaleur%"))).containsExactly(TestRecords.HEAT_ZONES_ID);
        assertThat(ids(anyTextLike("%chal%"))).containsExactly(TestRecords.HEAT_ZONES_ID);
        assertThat(ids(anyTextLike("%"))).hasSize(5);
        assertThat(ids(Filter.equal("AnyText", "volcan"))).isEmpty();
    }

    @Test
    void comparesQueryablesWithAnyValueMatching() {
        loadSamples();
        assertThat(ids(Filter.equal("Subject", "Réseaux de transport"))).hasSize(1);
        assertThat(ids(new Filter.Comparison(ComparisonOperator.EQUAL_TO, new PropertyName("dc:subject"),
                new Literal("RESEAUX DE TRANSPORT"), false))).hasSize(1);
        assertThat(ids(Filter.equal("Subject", "RESEAUX DE TRANSPORT"))).isEmpty();
        assertThat(ids(Filter.equal("apiso:Type", "dataset"))).hasSize(5);
        assertThat(ids(Filter.compare("Denominator", ComparisonOperator.GREATER_THAN, "20000"))).hasSize(3);
        assertThat(ids(Filter.compare("RevisionDate", ComparisonOperator.GREATER_THAN_OR_EQUAL_TO, "2025-02-01")))
                .containsExactlyInAnyOrder(TestRecords.TREES_ID, TestRecords.HEAT_ZONES_ID);
        assertThat(ids(Filter.between("Denominator", "1000", "5000"))).hasSize(2);
        assertThat(ids(Filter.like("Title", "Arbres*"))).containsExactly(TestRecords.TREES_ID);
        assertThat(ids(Filter.like("Title", "arbres*"))).isEmpty();
        assertThat(ids(Filter.not(Filter.equal("TopicCategory", "boundaries")))).hasSize(3);
        assertThat(ids(Filter.isNull("ParentIdentifier"))).hasSize(5);
        assertThat(ids(Filter.ids(TestRecords.TREES_ID))).containsExactly(TestRecords.TREES_ID);
    }

    @Test
    void spatialOperatorsUseTheExtents() {
        loadSamples();
        assertThat(ids(Filter.bbox(new Envelope(0, 4, 46, 49), 4326))).hasSize(5);
        assertThat(ids(Filter.bbox(new Envelope(5, 6, 43, 44), 4326))).isEmpty();
        // only the trees inventory lies inside this box
        var box = new GeometryFactory().toGeometry(new Envelope(0.1, 2.9, 46.6, 48.8));
        assertThat(ids(Filter.spatial(SpatialOperator.WITHIN, box, 4326))).containsExactly(TestRecords.TREES_ID);
        assertThat(ids(Filter.spatial(SpatialOperator.CONTAINS, new GeometryFactory().toGeometry(
                new Envelope(1, 1.1, 47, 47.1)), 4326))).hasSize(5);
        assertThat(ids(Filter.spatial(SpatialOperator.DISJOINT, box, 4326))).isEmpty();
    }

    /**
     * A store may search extents differently when words give the candidates, and walk the records in order
     * when most of them match: the answer must not change.
     */
    @Test
    void spatialOperatorsNextToAnAnyTextSearchSelectTheSameRecords() {
        loadSamples();
        var box = new GeometryFactory().toGeometry(new Envelope(0.1, 2.9, 46.6, 48.8));
        List<Filter> spatial = List.of(Filter.bbox(new Envelope(0, 4, 46, 49), 4326),
                Filter.bbox(new Envelope(5, 6, 43, 44), 4326), Filter.spatial(SpatialOperator.WITHIN, box, 4326),
                Filter.spatial(SpatialOperator.CONTAINS, new GeometryFactory().toGeometry(
                        new Envelope(1, 1.1, 47, 47.1)), 4326), Filter.spatial(SpatialOperator.DISJOINT, box, 4326));
        for (Filter words : List.of(anyTextLike("%arbre%"), anyTextLike("%donn%"),
                Filter.equal("AnyText", "chaleur"))) {
            for (Filter extent : spatial) {
                List<String> expected = new ArrayList<>(ids(words));
                expected.retainAll(ids(extent));
                Filter both = new Filter.And(List.of(words, extent));
                assertThat(ids(both)).as("%s and %s", words, extent).containsExactlyElementsOf(expected);
                // pages of one record: where most records match, a store may walk them in order instead
                List<String> paged = new ArrayList<>();
                for (int start = 1; start <= expected.size(); start++) {
                    paged.addAll(store.query(new RecordQuery(both, List.of(), start, 1)).records().stream()
                            .map(MetadataRecord::identifier).toList());
                }
                assertThat(paged).as("%s and %s, page by page", words, extent).containsExactlyElementsOf(expected);
            }
        }
        assertThat(ids(new Filter.And(List.of(anyTextLike("%arbre%"), Filter.bbox(new Envelope(0, 4, 46, 49),
                4326))))).containsExactly(TestRecords.TREES_ID);
    }

    @Test
    void refusesUnknownQueryablesAndUnsortableKeys() {
        assertThatThrownBy(() -> ids(Filter.equal("colour", "red"))).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> store.query(new RecordQuery(Filter.INCLUDE,
                List.of(new RecordSort(Queryable.SUBJECT, true)), 1, 10))).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void domainsCountRecordsPerValue() {
        loadSamples();
        assertThat(store.domain(Queryable.TOPIC_CATEGORY)).contains(new DomainValue("boundaries", 2),
                new DomainValue("transportation", 1));
        assertThatThrownBy(() -> store.domain(Queryable.ANY_TEXT)).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void pagingWithAnyPageSizeReturnsEveryRecordExactlyOnce() {
        List<RecordChange> inserts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // few distinct titles and types, so that sort keys tie a lot and the identifier must break ties
            inserts.add(new RecordChange.Insert(TestRecords.record("rec-" + (i * 7919 % 1000), "Titre " + (i % 7),
                    i % 3 == 0 ? "series" : "dataset", i % 10, 45 + i % 5)));
        }
        store.apply(inserts);
        Filter filter = Filter.or(Filter.equal("Type", "dataset"), Filter.equal("Type", "series"));
        for (List<RecordSort> sort : List.of(List.<RecordSort>of(), List.of(new RecordSort(Queryable.TITLE, false)),
                List.of(new RecordSort(Queryable.TYPE, true), new RecordSort(Queryable.MODIFIED, true)),
                List.of(new RecordSort(Queryable.IDENTIFIER, true)), List.of(new RecordSort(Queryable.IDENTIFIER,
                        false)))) {
            for (int pageSize : new int[] {7, 20, 25, 333, 1000}) {
                Set<String> seen = new HashSet<>();
                long start = 1;
                while (true) {
                    RecordPage page = store.query(new RecordQuery(filter, sort, start, pageSize));
                    assertThat(page.matched()).isEqualTo(1000);
                    page.records().forEach(r -> assertThat(seen.add(r.identifier())).isTrue());
                    if (page.records().size() < pageSize || start + pageSize > page.matched()) {
                        break;
                    }
                    start += pageSize;
                }
                assertThat(seen).as("sort %s, page size %d", sort, pageSize).hasSize(1000);
            }
        }
        List<String> byId = store.query(new RecordQuery(filter, List.of(), 1, 1000)).records().stream()
                .map(MetadataRecord::identifier).toList();
        assertThat(byId).isSortedAccordingTo(String::compareTo);
        assertThat(store.query(new RecordQuery(filter, List.of(), 1001, 10)).records()).isEmpty();
        assertThat(store.query(new RecordQuery(filter, List.of(), 1, 0)).matched()).isEqualTo(1000);
    }

    /**
     * A harvest in progress while the catalogue changes: each page is the slice of the current state at its
     * startPosition, as if computed from scratch, whatever the store remembered from the previous pages.
     */
    @Test
    void pagesAfterAWriteDescribeTheNewState() {
        List<String> ids = new ArrayList<>();
        List<RecordChange> inserts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add("rec-%03d".formatted(i));
            inserts.add(new RecordChange.Insert(TestRecords.record(ids.get(i), "Titre", "dataset", 1, 45)));
        }
        store.apply(inserts);
        for (boolean ascending : new boolean[] {true, false}) {
            List<RecordSort> sort = List.of(new RecordSort(Queryable.IDENTIFIER, ascending));
            List<String> expected = new ArrayList<>(ids);
            expected.sort(ascending ? Comparator.naturalOrder() : Comparator.reverseOrder());
            assertThat(page(sort, 1)).isEqualTo(expected.subList(0, 10));
            assertThat(page(sort, 11)).isEqualTo(expected.subList(10, 20));
            String added = ascending ? "rec-0005" : "rec-0985";
            store.apply(List.of(new RecordChange.Insert(TestRecords.record(added, "Titre", "dataset", 1, 45))));
            ids.add(added);
            expected.add(1, added); // before the pages already read
            assertThat(store.query(new RecordQuery(Filter.INCLUDE, sort, 21, 10)).matched()).isEqualTo(ids.size());
            assertThat(page(sort, 21)).isEqualTo(expected.subList(20, 30));
            String removed = expected.get(25);
            store.apply(List.of(new RecordChange.Delete(Filter.ids(removed))));
            ids.remove(removed);
            expected.remove(removed);
            assertThat(page(sort, 31)).isEqualTo(expected.subList(30, 40));
            assertThat(page(sort, 41)).isEqualTo(expected.subList(40, 50));
        }
    }

    private List<String> page(List<RecordSort> sort, long start) {
        return store.query(new RecordQuery(Filter.INCLUDE, sort, start, 10)).records().stream()
                .map(MetadataRecord::identifier).toList();
    }

    @Test
    void aFailedTransactionLeavesThePreviousRecordsIntact() {
        loadSamples();
        MetadataRecord original = store.get(TestRecords.TREES_ID).orElseThrow();
        MetadataRecord changed = TestRecords.record(TestRecords.TREES_ID, "Titre changé", "dataset", 1, 47);
        MetadataRecord duplicate = TestRecords.record(TestRecords.HEAT_ZONES_ID, "Doublon", "dataset", 1, 47);
        assertThatThrownBy(() -> store.apply(List.of(new RecordChange.Update(changed),
                new RecordChange.Insert(TestRecords.record("new-1", "Nouveau", "dataset", 1, 47)),
                new RecordChange.Insert(duplicate)))).isInstanceOf(RecordConflictException.class);
        assertThat(store.get(TestRecords.TREES_ID)).contains(original);
        assertThat(store.get("new-1")).isEmpty();
        assertThat(ids(Filter.equal("Title", "Titre changé"))).isEmpty();

        MetadataRecord broken = new MetadataRecord(TestRecords.TREES_ID,
                "<gmd:MD_Metadata xmlns:gmd='http://www.isotc211.org/2005/gmd'>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.apply(List.of(new RecordChange.Update(broken))))
                .isInstanceOf(InvalidRecordException.class);
        assertThat(store.get(TestRecords.TREES_ID)).contains(original);
        assertThat(ids(anyTextLike("arbre"))).containsExactly(TestRecords.TREES_ID);
    }

    @Test
    void updatesReplaceTheIndexAndDeletesRemove() {
        loadSamples();
        MetadataRecord changed = TestRecords.record(TestRecords.TREES_ID, "Vergers conservatoires", "series", 1, 47);
        TransactionSummary summary = store.apply(List.of(new RecordChange.Update(changed),
                new RecordChange.Update(TestRecords.record("absent", "Absent", "dataset", 1, 47)),
                new RecordChange.Delete(Filter.equal("TopicCategory", "boundaries"))));
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.deleted()).isEqualTo(2);
        assertThat(ids(Filter.equal("AnyText", "verger"))).containsExactly(TestRecords.TREES_ID);
        assertThat(ids(anyTextLike("%arbres%"))).isEmpty();
        assertThat(ids(Filter.equal("Type", "series"))).containsExactly(TestRecords.TREES_ID);
        assertThat(store.size()).isEqualTo(3);
    }
}
