package fr.crige.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.crige.core.io.Zips;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Loading ISO 19139 records through {@code /rest/csw/records} over HTTP: the administrator's guard, an archive
 * loaded record by record, a browser-style upload, and the records then found by CSW clients.
 */
class CswRecordsApiIT extends ServerTestSupport {

    private static final String RECORDS = "/rest/csw/records";

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("..", "data-dir", "csw", "records", name + ".xml"));
    }

    /** A sample record under another identifier, so that it is new to the catalogue. */
    private static byte[] renamed(String sample, String identifier) throws IOException {
        return sample(sample).replaceFirst("(?s)(<gmd:fileIdentifier>\\s*<gco:CharacterString>)[^<]*",
                "$1" + identifier).getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static byte[] zip(String[] names, byte[]... contents) {
        Zips zip = Zips.archive();
        for (int i = 0; i < names.length; i++) {
            zip.add(names[i], contents[i]);
        }
        return zip.bytes();
    }

    @Test
    void loadingRecordsNeedsTheAdministratorsCredentials() throws IOException {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri(RECORDS))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(renamed("trees", "it-api-anonymous"))).build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(get("/csw?service=CSW&version=2.0.2&request=GetRecordById&id=it-api-anonymous").body())
                .doesNotContain("it-api-anonymous");
    }

    @Test
    void anArchiveIsLoadedRecordByRecordAndTheRecordsAreSearchable() throws IOException {
        byte[] invalid = sample("roads").replaceFirst("(?s)<gmd:contact>.*?</gmd:contact>", "")
                .replaceFirst("(?s)(<gmd:fileIdentifier>\\s*<gco:CharacterString>)[^<]*", "$1it-api-invalid")
                .getBytes(StandardCharsets.UTF_8);
        byte[] archive = zip(new String[] {"export/arbres.xml", "export/routes.xml", "export/notice.txt"},
                renamed("trees", "it-api-trees"), invalid, "notice".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> loaded = postBytes(RECORDS, "application/zip", archive);

        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(loaded.body()).contains("\"summary\":{\"inserted\":1,\"replaced\":0,\"refused\":1,\"skipped\":1}")
                .contains("\"file\":\"export/routes.xml\",\"identifier\":\"it-api-invalid\",\"status\":\"refused\"")
                .contains("gmd:contact");
        assertThat(get("/csw?service=CSW&version=2.0.2&request=GetRecordById&id=it-api-trees&outputSchema="
                + "http://www.isotc211.org/2005/gmd").body()).contains("it-api-trees");
        assertThat(get(RECORDS + "/it-api-invalid").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> stored = sendBytes(RECORDS + "/it-api-trees");
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo(renamed("trees", "it-api-trees"));

        assertThat(delete(RECORDS + "/it-api-trees").statusCode()).isEqualTo(200);
        assertThat(get("/csw?service=CSW&version=2.0.2&request=GetRecordById&id=it-api-trees").body())
                .doesNotContain("it-api-trees");
    }

    @Test
    void aBrowserUploadOfOneRecordIsLoaded() throws IOException {
        String boundary = "crige-it-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"zones.xml\""
                + "\r\nContent-Type: text/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(renamed("heat_zones", "it-api-upload"));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> loaded = postBytes(RECORDS, "multipart/form-data; boundary=" + boundary,
                body.toByteArray());

        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(loaded.body()).contains("\"file\":\"zones.xml\",\"identifier\":\"it-api-upload\","
                + "\"status\":\"inserted\"");
    }

    @Test
    void aBodyThatIsNotARecordIsABadRequest() {
        HttpResponse<String> answer = post(RECORDS, "application/xml", "title;abstract");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("not well-formed XML");
    }
}
