package fr.crige.csw;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.xml.SecureXml;
import fr.crige.core.security.AdminCredentials;
import fr.crige.csw.operation.AdminAuthorizer;
import fr.crige.csw.store.RecordChange;
import fr.crige.csw.store.RecordStore;
import fr.crige.csw.store.sqlite.SqliteRecordStore;
import fr.crige.ows.KvpParameters;
import fr.crige.ows.OwsRequest;
import fr.crige.ows.OwsResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Partners delete what they do not see: the exact request sequences of GeoNetwork's CSW harvester and of
 * data.gouv.fr, run over a catalogue of more than 10,000 records, must return every record exactly once.
 */
class HarvestPagingTest {

    private static final int HARVESTED = 10_500;
    private static final int OTHER_TYPES = 40;
    private static final String[] TYPES = {"dataset", "series", "service", "nonGeographicDataset"};

    @TempDir
    static Path dir;
    private static RecordStore store;
    private static CswService csw;

    @BeforeAll
    static void load() {
        store = SqliteRecordStore.open(dir.resolve("records.sqlite"));
        List<RecordChange> inserts = new ArrayList<>();
        for (int i = 0; i < HARVESTED + OTHER_TYPES; i++) {
            // identifiers in no particular order, titles repeating so that only the identifier orders ties
            String type = i < HARVESTED ? TYPES[i % TYPES.length] : "model";
            inserts.add(new RecordChange.Insert(TestRecords.record(String.format("%08x-rec", i * 2_654_435_761L
                    & 0xffffffffL), "Jeu " + (i % 13), type, i % 8, 43 + i % 7)));
        }
        store.apply(inserts);
        csw = new CswService(store, new SisCrsService(), CswSettings.defaults(),
                new AdminAuthorizer(AdminCredentials.of("admin", null), Optional::empty));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void geoNetworkHarvesterSeesEveryRecordOnce() throws Exception {
        String template = """
                <csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" service="CSW" version="2.0.2"
                    resultType="results" startPosition="%d" maxRecords="20"
                    outputSchema="http://www.isotc211.org/2005/gmd">
                  <csw:Query typeNames="gmd:MD_Metadata" xmlns:gmd="http://www.isotc211.org/2005/gmd">
                    <csw:ElementSetName>summary</csw:ElementSetName>
                  </csw:Query>
                </csw:GetRecords>""";
        List<String> ids = harvest(template, 20, HARVESTED + OTHER_TYPES);
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
        String template = """
                <csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:ogc="http://www.opengis.net/ogc"
                    xmlns:gmd="http://www.isotc211.org/2005/gmd" service="CSW" version="2.0.2"
                    resultType="results" startPosition="%d" maxRecords="25"
                    outputSchema="http://www.isotc211.org/2005/gmd">
                  <csw:Query typeNames="gmd:MD_Metadata">
                    <csw:ElementSetName>full</csw:ElementSetName>
                    <csw:Constraint version="1.1.0"><ogc:Filter><ogc:Or>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName>
                        <ogc:Literal>dataset</ogc:Literal></ogc:PropertyIsEqualTo>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName>
                        <ogc:Literal>nonGeographicDataset</ogc:Literal></ogc:PropertyIsEqualTo>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName>
                        <ogc:Literal>series</ogc:Literal></ogc:PropertyIsEqualTo>
                      <ogc:PropertyIsEqualTo><ogc:PropertyName>apiso:type</ogc:PropertyName>
                        <ogc:Literal>service</ogc:Literal></ogc:PropertyIsEqualTo>
                    </ogc:Or></ogc:Filter></csw:Constraint>
                    <ogc:SortBy><ogc:SortProperty><ogc:PropertyName>apiso:identifier</ogc:PropertyName>
                      <ogc:SortOrder>ASC</ogc:SortOrder></ogc:SortProperty></ogc:SortBy>
                  </csw:Query>
                </csw:GetRecords>""";
        assertThat(harvest(template, 25, HARVESTED)).isSortedAccordingTo(String::compareTo);
    }

    /** Follows nextRecord until 0, checking the counts of every page, and returns the identifiers seen. */
    private static List<String> harvest(String template, int pageSize, int expected) throws Exception {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long next = 1;
        while (next != 0) {
            Page page = page(new OwsRequest("CSW", "2.0.2", "GetRecords", KvpParameters.empty(),
                    template.formatted(next).getBytes(StandardCharsets.UTF_8), null, "http://localhost"));
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
    private static Page page(OwsRequest request) throws Exception {
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
}
