package fr.crige.csw;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.security.AdminCredentials;
import fr.crige.core.xml.SecureXml;
import fr.crige.csw.generate.FrenchRecordGenerator;
import fr.crige.csw.operation.AdminAuthorizer;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partners delete what they do not see: the exact request sequences of GeoNetwork's CSW harvester and of
 * data.gouv.fr (the golden requests of {@code golden/}, paged by startPosition), run over a generated
 * catalogue ({@link FrenchRecordGenerator}) in the embedded SQLite store, must return every record exactly
 * once and end on nextRecord 0.
 * Subclasses choose the catalogue size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HarvestPagingScenario {

    /** Records of a type neither harvester asks for, so that data.gouv.fr's filter leaves them out. */
    private static final int OTHER_TYPES = 40;

    private RecordStore store;
    private CswService csw;

    /** How many records of the four harvested types the catalogue holds. */
    abstract int harvested();

    @BeforeAll
    void load(@TempDir Path dir) {
        store = SqliteRecordStore.open(dir.resolve("records.sqlite"));
        List<RecordChange> inserts = new ArrayList<>();
        // realistic records (random UUIDs, the four harvested types in a catalogue's proportions), then
        // records of a type data.gouv.fr does not ask for
        FrenchRecordGenerator generator = new FrenchRecordGenerator(2024);
        for (int i = 0; i < harvested() + OTHER_TYPES; i++) {
            inserts.add(new RecordChange.Insert(i < harvested() ? generator.record(i) : generator.record(i, "model")));
        }
        store.apply(inserts); // one transaction: the bulk load path of the store API
        csw = new CswService(store, new SisCrsService(), CswSettings.defaults(),
                new AdminAuthorizer(AdminCredentials.of("admin", null), Optional::empty));
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void geoNetworkHarvesterSeesEveryRecordOnce() throws Exception {
        List<String> ids = harvest(golden("geonetwork-getrecords.xml"), 20, harvested() + OTHER_TYPES);
        assertThat(ids).isSortedAccordingTo(String::compareTo);
        // then GetRecordById, full, for new records (a sample of them here)
        for (int i = 0; i < ids.size(); i += 1_000) {
            Page record = page(new OwsRequest("CSW", "2.0.2", "GetRecordById", KvpParameters.builder()
                    .add("service", "CSW").add("request", "GetRecordById").add("id", ids.get(i))
                    .add("outputSchema", CswNamespaces.GMD).add("ElementSetName", "full").build(), null, null,
                    "http://localhost"));
            assertThat(record.ids()).containsExactly(ids.get(i));
        }
    }

    @Test
    void dataGouvHarvesterSeesEveryRecordOfItsTypesOnce() throws Exception {
        assertThat(harvest(golden("datagouv-getrecords.xml"), 25, harvested()))
                .isSortedAccordingTo(String::compareTo);
    }

    /**
     * Follows nextRecord from 1 until 0, checking the counts of every page, and returns the identifiers seen.
     *
     * @param request a golden GetRecords with {@code startPosition="1"}
     */
    private List<String> harvest(String request, int pageSize, int expected) throws Exception {
        assertThat(request).contains("startPosition=\"1\"").contains("maxRecords=\"" + pageSize + "\"");
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long next = 1;
        while (next != 0) {
            String body = request.replace("startPosition=\"1\"", "startPosition=\"" + next + "\"");
            Page page = page(new OwsRequest("CSW", "2.0.2", "GetRecords", KvpParameters.empty(),
                    body.getBytes(StandardCharsets.UTF_8), null, "http://localhost"));
            assertThat(page.matched()).isEqualTo(expected);
            assertThat(page.ids()).hasSize(page.returned()).hasSize((int) Math.min(pageSize, expected - next + 1));
            for (String id : page.ids()) {
                assertThat(seen.add(id)).as("%s seen twice", id).isTrue();
            }
            ids.addAll(page.ids());
            assertThat(page.next()).isEqualTo(next + page.returned() > expected ? 0 : next + page.returned());
            next = page.next();
        }
        assertThat(ids).hasSize(expected);
        return ids;
    }

    private record Page(long matched, int returned, long next, List<String> ids) {
    }

    /** The counts and the fileIdentifiers of a response, read with StAX: DOM would dominate the run time. */
    private Page page(OwsRequest request) throws Exception {
        OwsResponse response = csw.operations().get(request.request()).execute(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.body().writeTo(out);
        assertThat(response.status()).isEqualTo(200);
        XMLStreamReader r = SecureXml.newXMLInputFactory().createXMLStreamReader(
                new ByteArrayInputStream(out.toByteArray()));
        long matched = -1;
        int returned = -1;
        long next = -1;
        List<String> ids = new ArrayList<>();
        boolean inIdentifier = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("SearchResults")) {
                    matched = Long.parseLong(r.getAttributeValue(null, "numberOfRecordsMatched"));
                    returned = Integer.parseInt(r.getAttributeValue(null, "numberOfRecordsReturned"));
                    next = Long.parseLong(r.getAttributeValue(null, "nextRecord"));
                } else if (r.getLocalName().equals("fileIdentifier")) {
                    inIdentifier = true;
                } else if (inIdentifier && r.getLocalName().equals("CharacterString")) {
                    ids.add(r.getElementText().trim());
                    inIdentifier = false;
                }
            }
        }
        return new Page(matched, returned, next, ids);
    }

    private static String golden(String name) {
        try (InputStream in = HarvestPagingScenario.class.getResourceAsStream("golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
