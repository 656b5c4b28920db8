package fr.crige.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.TransformerException;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

class SecureXmlTest {

    private static final String SECRET = "TOP-SECRET-CONTENT";

    /** Classic "billion laughs": ten levels of ten-fold expansion, 10^9 copies of "lol". */
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <lolz>&lol9;</lolz>
            """;

    @TempDir
    Path dir;

    private String xxe() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<r>&xxe;</r>";
    }

    private static String readAllTextWithStax(String xml) throws XMLStreamException {
        XMLStreamReader reader = SecureXml.newXMLInputFactory()
                .createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.CHARACTERS) {
                text.append(reader.getText());
            }
        }
        return text.toString();
    }

    @Test
    void staxReadsOrdinaryNamespacedXml() throws Exception {
        assertThat(readAllTextWithStax("<a xmlns='urn:x'><b>hello &amp; bye</b></a>")).isEqualTo("hello & bye");
    }

    @Test
    void staxRefusesExternalEntity() throws Exception {
        String payload = xxe();
        assertThatThrownBy(() -> readAllTextWithStax(payload))
                .isInstanceOf(XMLStreamException.class)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void staxRefusesEntityExpansion() {
        assertThatThrownBy(() -> readAllTextWithStax(BILLION_LAUGHS)).isInstanceOf(XMLStreamException.class);
    }

    @Test
    void domParsesOrdinaryXml() throws Exception {
        Document doc = SecureXml.newDocumentBuilderFactory().newDocumentBuilder()
                .parse(new ByteArrayInputStream("<a xmlns='urn:x'>v</a>".getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:x");
        assertThat(doc.getDocumentElement().getTextContent()).isEqualTo("v");
    }

    @Test
    void domRefusesExternalEntity() throws Exception {
        String payload = xxe();
        assertThatThrownBy(() -> SecureXml.newDocumentBuilderFactory().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void domRefusesEntityExpansion() {
        assertThatThrownBy(() -> SecureXml.newDocumentBuilderFactory().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void transformerDoesNotFetchExternalEntity() throws Exception {
        String payload = xxe();
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> SecureXml.newTransformerFactory().newTransformer()
                        .transform(new StreamSource(new StringReader(payload)), new StreamResult(out)))
                .isInstanceOf(TransformerException.class);
        assertThat(out.toString()).doesNotContain(SECRET);
    }

    @Test
    void transformerStopsEntityExpansion() {
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> SecureXml.newTransformerFactory().newTransformer()
                        .transform(new StreamSource(new StringReader(BILLION_LAUGHS)), new StreamResult(out)))
                .isInstanceOf(TransformerException.class);
    }

    @Test
    void schemaFactoryDoesNotFetchImportedSchemas() throws Exception {
        Path imported = Files.writeString(dir.resolve("imported.xsd"),
                "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:i'>"
                        + "<xs:element name='e' type='xs:string'/></xs:schema>");
        String schema = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:i='urn:i'>"
                + "<xs:import namespace='urn:i' schemaLocation='" + imported.toUri() + "'/>"
                + "<xs:element name='root'><xs:complexType><xs:sequence><xs:element ref='i:e'/>"
                + "</xs:sequence></xs:complexType></xs:element></xs:schema>";
        assertThatThrownBy(() -> SecureXml.newSchemaFactory().newSchema(new StreamSource(new StringReader(schema))))
                .isInstanceOf(SAXException.class);
    }
}
